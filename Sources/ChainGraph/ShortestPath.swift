/// Unweighted shortest path, deterministic: the lexicographically smallest node sequence
/// among all shortest paths.
///
/// A BFS runs *backwards* from `target` (over `reverse`) until `source` is labelled; then the
/// path is walked forwards from `source`, always taking the smallest-index successor one hop
/// closer to `target`. Because every node closer to `target` than `source` is labelled when
/// the search stops, each step sees all candidates.
///
/// - Parameters:
///   - forward: adjacency to walk along, neighbour lists sorted by index.
///   - reverseOffsets, reverseTargets: the transposed adjacency.
/// - Returns: the path including both ends, or `nil` if `target` is unreachable.
/// - Complexity: O(nodes + edges).
func lexicographicShortestPath(
    forward: CSR, reverseOffsets: [Int32], reverseTargets: [Int32], from source: Int, to target: Int
) -> [NodeIndex]? {
    if source == target { return [NodeIndex(source)] }
    var toTarget = [Int32](repeating: -1, count: forward.nodeCount)
    var queue: [Int32] = [Int32(target)]
    toTarget[target] = 0
    var head = 0
    search: while head < queue.count {
        let v = Int(queue[head])
        head += 1
        for slot in Int(reverseOffsets[v]) ..< Int(reverseOffsets[v + 1]) {
            let u = Int(reverseTargets[slot])
            if toTarget[u] < 0 {
                toTarget[u] = toTarget[v] + 1
                if u == source { break search }
                queue.append(Int32(u))
            }
        }
    }
    guard toTarget[source] >= 0 else { return nil }
    var path = [NodeIndex(source)]
    var v = source
    while v != target {
        let wanted = toTarget[v] - 1
        var next = -1
        // Neighbour lists are sorted, so the first match is the smallest index.
        for slot in forward.range(of: v) where toTarget[Int(forward.targets[slot])] == wanted {
            next = Int(forward.targets[slot])
            break
        }
        precondition(next >= 0, "BFS labels are inconsistent")
        path.append(NodeIndex(next))
        v = next
    }
    return path
}

extension Graph {
    /// A shortest path by hop count from `source` to `target`, along edge directions.
    ///
    /// Among several shortest paths the lexicographically smallest sequence of node indices
    /// is returned, so results are deterministic. Reference: NetworkX `shortest_path(G, s, t)`
    /// (same length; NetworkX's tie-breaking depends on insertion order).
    /// - Parameters:
    ///   - source: the first node.
    ///   - target: the last node.
    /// - Returns: the nodes of the path including both ends, or `nil` if unreachable.
    /// - Complexity: O(nodes + edges).
    public func shortestPath(from source: NodeIndex, to target: NodeIndex) -> [NodeIndex]? {
        precondition(contains(source) && contains(target), "source or target is not a node of this graph")
        return lexicographicShortestPath(
            forward: out, reverseOffsets: inOffsets, reverseTargets: inSources, from: source.int, to: target.int)
    }
}

extension UndirectedGraph {
    /// A shortest path by hop count between `source` and `target`.
    ///
    /// Ties are broken towards the lexicographically smallest sequence of node indices.
    /// Reference: NetworkX `shortest_path(G, s, t)`.
    /// - Parameters:
    ///   - source: the first node.
    ///   - target: the last node.
    /// - Returns: the nodes of the path including both ends, or `nil` if disconnected.
    /// - Complexity: O(nodes + edges).
    ///
    /// Example: on the path graph 0–1–2, `shortestPath(from: n0, to: n2)` is `[n0, n1, n2]`.
    public func shortestPath(from source: NodeIndex, to target: NodeIndex) -> [NodeIndex]? {
        precondition(contains(source) && contains(target), "source or target is not a node of this graph")
        return lexicographicShortestPath(
            forward: adjacency, reverseOffsets: adjacency.offsets, reverseTargets: adjacency.targets,
            from: source.int, to: target.int)
    }
}
