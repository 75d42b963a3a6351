/// A weighted path: its nodes and total length.
public struct WeightedPath: Hashable, Sendable {
    /// The nodes of the path including both ends.
    public var nodes: [NodeIndex]
    /// The sum of the edge weights along the path.
    public var length: Double
}

/// Dijkstra's single-source shortest paths over a CSR adjacency with non-negative weights.
///
/// Reference: Dijkstra (1959); NetworkX `single_source_dijkstra`. Parallel edges are handled
/// naturally (the lighter one wins). When two paths tie, the predecessor with the smaller
/// index is kept, so paths are deterministic.
///
/// - Parameters:
///   - csr: the adjacency, weights ≥ 0.
///   - source: the start node.
///   - target: stop as soon as this node is settled (or `-1` to settle everything).
/// - Returns: distance per node (`.infinity` when unreached) and predecessor (`-1` for none).
/// - Complexity: O((nodes + edges) log edges) with a binary heap and lazy deletion.
func dijkstra(_ csr: CSR, from source: Int, stoppingAt target: Int) -> (distances: [Double], parents: [Int32]) {
    let n = csr.nodeCount
    var distance = [Double](repeating: .infinity, count: n)
    var parent = [Int32](repeating: -1, count: n)
    var settled = [Bool](repeating: false, count: n)
    var heap = MinHeap<Double>()
    distance[source] = 0
    heap.push(0, Int32(source))
    while let (d, node) = heap.pop() {
        let v = Int(node)
        if settled[v] { continue }
        settled[v] = true
        if v == target { break }
        for slot in csr.range(of: v) {
            let w = Int(csr.targets[slot])
            if settled[w] { continue }
            let candidate = d + csr.weight(at: slot)
            if candidate < distance[w] {
                distance[w] = candidate
                parent[w] = Int32(v)
                heap.push(candidate, Int32(w))
            } else if candidate == distance[w] && Int32(v) < parent[w] {
                parent[w] = Int32(v)
            }
        }
    }
    return (distance, parent)
}

/// Checks the weights and rebuilds the path from the predecessor array.
func weightedPath(_ csr: CSR, from source: Int, to target: Int) -> WeightedPath? {
    let (distance, parent) = dijkstra(csr, from: source, stoppingAt: target)
    guard distance[target].isFinite else { return nil }
    var nodes = [NodeIndex(target)]
    var v = target
    while v != source {
        v = Int(parent[v])
        nodes.append(NodeIndex(v))
    }
    return WeightedPath(nodes: nodes.reversed(), length: distance[target])
}

/// Throws when some weight is negative, which Dijkstra's algorithm cannot handle.
func requireNonNegativeWeights(_ csr: CSR) throws(GraphError) {
    guard csr.hasNegativeWeight else { return }
    for v in 0 ..< csr.nodeCount {
        for slot in csr.range(of: v) where csr.weights[slot] < 0 {
            throw .negativeWeight(source: NodeIndex(v), target: NodeIndex(rawValue: csr.targets[slot]), weight: csr.weights[slot])
        }
    }
}

extension NodeIndexedGraph {
    /// Weighted distances from `source`, along edge directions in a ``Graph``; in an ``UndirectedGraph``
    /// parallel input edges count with their minimum weight.
    ///
    /// Reference: NetworkX `single_source_dijkstra_path_length(G, source)`.
    /// - Parameter source: the start node.
    /// - Returns: the distance per node, `.infinity` when unreachable.
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)`` if any weight is < 0.
    /// - Complexity: O((nodes + edges) log edges).
    public func weightedDistances(from source: NodeIndex) throws(GraphError) -> [Double] {
        precondition(contains(source), "source is not a node of this graph")
        let walk = core.walk
        try requireNonNegativeWeights(walk)
        return dijkstra(walk, from: source.int, stoppingAt: -1).distances
    }

    /// A minimum-weight path from `source` to `target` (along edge directions in a ``Graph``).
    ///
    /// Reference: NetworkX `dijkstra_path` / `dijkstra_path_length`.
    /// - Parameters:
    ///   - source: the first node.
    ///   - target: the last node.
    /// - Returns: the path and its length, or `nil` if `target` is unreachable.
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)`` if any weight is < 0.
    /// - Complexity: O((nodes + edges) log edges), stopping once `target` is settled.
    public func weightedShortestPath(from source: NodeIndex, to target: NodeIndex) throws(GraphError) -> WeightedPath? {
        precondition(contains(source) && contains(target), "source or target is not a node of this graph")
        let walk = core.walk
        try requireNonNegativeWeights(walk)
        return weightedPath(walk, from: source.int, to: target.int)
    }
}
