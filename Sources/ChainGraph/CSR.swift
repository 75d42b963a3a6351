/// Compressed sparse row adjacency shared by ``Graph`` and ``UndirectedGraph``.
///
/// The neighbours of node `v` are `targets[offsets[v] ..< offsets[v + 1]]`. Weights are
/// parallel to `targets`, except that an empty `weights` array means "every weight is 1":
/// unweighted graphs then pay nothing for weights.
@usableFromInline struct CSR: Sendable {
    /// `nodeCount + 1` prefix sums of degrees; `Int32` because edge indices are `Int32`.
    var offsets: [Int32]
    /// Neighbour node indices, grouped by node.
    var targets: [Int32]
    /// Weights parallel to `targets`, or empty when all weights are 1.
    @usableFromInline var weights: [Double]

    var nodeCount: Int { offsets.count - 1 }

    @inline(__always) func range(of node: Int) -> Range<Int> {
        Int(offsets[node]) ..< Int(offsets[node + 1])
    }

    @inline(__always) func weight(at position: Int) -> Double {
        weights.isEmpty ? 1 : weights[position]
    }

    /// Whether any weight is negative (Dijkstra then refuses to run).
    var hasNegativeWeight: Bool { weights.contains { $0 < 0 } }
}

/// Stable counting sort of entries by `(primary, secondary)`.
///
/// Two passes of a stable counting sort (least significant key first), so the result keeps
/// insertion order among equal keys.
///
/// - Parameters:
///   - primary: the first key of every entry (e.g. the source node), in `0..<keyCount`.
///   - secondary: the second key of every entry (e.g. the target node), in `0..<keyCount`.
///   - keyCount: the number of distinct key values (the node count).
/// - Returns: the permutation of entry positions, and the `keyCount + 1` offsets of each
///   primary key in the sorted order.
/// - Complexity: O(entries + keyCount).
func countingSortPermutation(primary: [Int32], secondary: [Int32], keyCount: Int) -> (order: [Int32], offsets: [Int32]) {
    let count = primary.count
    var bySecondary = [Int32](repeating: 0, count: count)
    var cursor = [Int32](repeating: 0, count: keyCount + 1)
    for key in secondary { cursor[Int(key) + 1] += 1 }
    for i in 0 ..< keyCount { cursor[i + 1] += cursor[i] }
    for entry in 0 ..< count {
        let key = Int(secondary[entry])
        bySecondary[Int(cursor[key])] = Int32(entry)
        cursor[key] += 1
    }
    var offsets = [Int32](repeating: 0, count: keyCount + 1)
    for key in primary { offsets[Int(key) + 1] += 1 }
    for i in 0 ..< keyCount { offsets[i + 1] += offsets[i] }
    var order = [Int32](repeating: 0, count: count)
    var next = offsets
    for entry in bySecondary {
        let key = Int(primary[Int(entry)])
        order[Int(next[key])] = entry
        next[key] += 1
    }
    return (order, offsets)
}

/// Errors raised by graph analyses whose input is outside their domain.
public enum GraphError: Error, Sendable, Equatable {
    /// Dijkstra's algorithm needs non-negative weights; this edge has a negative one.
    case negativeWeight(source: NodeIndex, target: NodeIndex, weight: Double)
    /// The PageRank power iteration did not reach the tolerance within the iteration budget
    /// (NetworkX raises `PowerIterationFailedConvergence` in the same case).
    case pageRankDidNotConverge(iterations: Int)
}
