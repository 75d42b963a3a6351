/// Breadth-first search over a CSR adjacency (out-edges for a directed graph).
///
/// Reference: Moore (1959) / NetworkX `single_source_shortest_path_length(G, source, cutoff)`.
///
/// - Parameters:
///   - csr: the adjacency to follow.
///   - source: the start node.
///   - maxHops: nodes farther than this are not explored (NetworkX's `cutoff`).
/// - Returns: hop distance per node, `-1` when unreached, and the nodes in visit order.
/// - Complexity: O(nodes + edges reached).
func breadthFirst(_ csr: CSR, from source: Int, maxHops: Int) -> (distances: [Int32], order: [Int32]) {
    var distance = [Int32](repeating: -1, count: csr.nodeCount)
    var queue: [Int32] = [Int32(source)]
    distance[source] = 0
    var head = 0
    while head < queue.count {
        let v = Int(queue[head])
        head += 1
        let next = distance[v] + 1
        if Int(next) > maxHops { continue }
        for slot in csr.range(of: v) {
            let w = Int(csr.targets[slot])
            if distance[w] < 0 {
                distance[w] = next
                queue.append(Int32(w))
            }
        }
    }
    return (distance, queue)
}

/// Sorts BFS visit order into (distance, index) order and drops the source.
func neighborhoodList(distances: [Int32], order: [Int32], includeSource: Bool) -> [NodeIndex] {
    let visited = includeSource ? order : Array(order.dropFirst())
    return visited.sorted { a, b in
        let da = distances[Int(a)], db = distances[Int(b)]
        return da != db ? da < db : a < b
    }.map { NodeIndex(rawValue: $0) }
}

extension NodeIndexedGraph {
    /// Hop distances from `source` (along edge directions in a ``Graph``).
    ///
    /// Reference: NetworkX `single_source_shortest_path_length(G, source, cutoff=maxHops)`.
    /// - Parameters:
    ///   - source: the start node.
    ///   - maxHops: stop exploring beyond this many hops (default: unlimited).
    /// - Returns: one entry per node: its hop distance, or `nil` when not reached.
    /// - Complexity: O(nodes + edges).
    public func hopDistances(from source: NodeIndex, maxHops: Int = .max) -> [Int?] {
        precondition(contains(source), "source is not a node of this graph")
        return breadthFirst(core.walk, from: source.int, maxHops: maxHops).distances.map { $0 < 0 ? nil : Int($0) }
    }

    /// The nodes reachable from `source` in at most `hops` steps (along edge directions in a ``Graph``): the
    /// k-hop neighbourhood.
    ///
    /// Reference: the node set of NetworkX `ego_graph(G, source, radius=hops)`.
    /// - Parameters:
    ///   - source: the centre.
    ///   - hops: the radius `k`.
    ///   - includeSource: whether `source` itself is listed first.
    /// - Returns: the nodes sorted by hop distance, then by index.
    /// - Complexity: O(nodes + edges within the radius + r log r) for r nodes returned.
    ///
    /// Example: `graph.neighborhood(of: a, hops: 2)` lists suppliers and their suppliers.
    public func neighborhood(of source: NodeIndex, hops: Int, includeSource: Bool = false) -> [NodeIndex] {
        precondition(contains(source), "source is not a node of this graph")
        let (distances, order) = breadthFirst(core.walk, from: source.int, maxHops: hops)
        return neighborhoodList(distances: distances, order: order, includeSource: includeSource)
    }
}
