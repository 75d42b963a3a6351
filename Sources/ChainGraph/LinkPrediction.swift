import Foundation

/// The neighbourhood-based link-prediction scores of Liben-Nowell & Kleinberg (2007).
public enum LinkPredictionMethod: String, Hashable, Sendable, CaseIterable {
    /// `|N(u) ∩ N(v)|` — NetworkX `len(list(common_neighbors(G, u, v)))`.
    case commonNeighbors
    /// `|N(u) ∩ N(v)| / |N(u) ∪ N(v)|`, 0 when both are isolated — NetworkX `jaccard_coefficient`.
    case jaccard
    /// `Σ 1 / log(deg w)` over common neighbours `w` — NetworkX `adamic_adar_index`.
    case adamicAdar
    /// `Σ 1 / deg w` over common neighbours `w` — NetworkX `resource_allocation_index`.
    case resourceAllocation
    /// `deg u · deg v` — NetworkX `preferential_attachment`.
    case preferentialAttachment
}

extension LinkPredictionMethod {
    /// What one common neighbour of degree `degree` adds to a pair's score: 1 / log deg (Adamic–Adar),
    /// 1 / deg (resource allocation), 1 for the counting scores. Every scorer sums these, so they agree bit for bit.
    @inline(__always)
    func commonNeighborWeight(degree: Double) -> Double {
        switch self {
        case .adamicAdar: 1 / log(degree)
        case .resourceAllocation: 1 / degree
        case .commonNeighbors, .jaccard, .preferentialAttachment: 1
        }
    }
}

/// One suggested new partner and its score.
public struct LinkCandidate: Hashable, Sendable {
    /// The suggested node.
    public var node: NodeIndex
    /// Its score under the chosen ``LinkPredictionMethod``.
    public var score: Double

    /// Creates a candidate.
    public init(node: NodeIndex, score: Double) {
        self.node = node
        self.score = score
    }
}

/// Scores one pair from the sorted neighbour lists by a linear merge.
///
/// Common neighbours are visited in increasing index order, so sums are always added in
/// the same order (also by ``UndirectedGraph/topK(for:k:method:)``).
/// - Complexity: O(deg u + deg v).
@inline(__always)
func linkScore(
    _ u: Int, _ v: Int, method: LinkPredictionMethod,
    offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>
) -> Double {
    var i = Int(offsets[u])
    let iEnd = Int(offsets[u + 1])
    var j = Int(offsets[v])
    let jEnd = Int(offsets[v + 1])
    let degreeU = iEnd - i
    let degreeV = jEnd - j
    switch method {
    case .preferentialAttachment:
        return Double(degreeU) * Double(degreeV)
    case .commonNeighbors, .jaccard:
        // Branch-free merge: the comparisons are unpredictable on real data.
        var common = 0
        while i < iEnd && j < jEnd {
            let x = targets[i], y = targets[j]
            common &+= x == y ? 1 : 0
            i &+= x <= y ? 1 : 0
            j &+= y <= x ? 1 : 0
        }
        if method == .commonNeighbors { return Double(common) }
        let union = degreeU + degreeV - common
        return union == 0 ? 0 : Double(common) / Double(union)
    case .adamicAdar, .resourceAllocation:
        var sum = 0.0
        while i < iEnd && j < jEnd {
            let x = targets[i], y = targets[j]
            if x == y {
                let degree = Double(offsets[Int(x) + 1] - offsets[Int(x)])
                sum += method.commonNeighborWeight(degree: degree)
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}

extension UndirectedGraph {
    /// Whether `node` is an index of this graph.
    @inline(__always) func isValid(_ node: NodeIndex) -> Bool { node.rawValue >= 0 && node.int < nodeCount }

    /// Calls `body` with buffer pointers to the CSR arrays (valid only inside `body`).
    ///
    /// Buffer subscripts are bounds-checked in debug builds and free in release builds.
    func withRawAdjacency<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> R) -> R {
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in body(offsets, targets) }
        }
    }

    /// The link-prediction score of one pair.
    ///
    /// Reference: Liben-Nowell & Kleinberg, "The link-prediction problem for social networks"
    /// (2007); Adamic & Adar (2003); Zhou, Lü & Zhang (2009). Same values as the NetworkX
    /// functions named in ``LinkPredictionMethod``. A common neighbour always has degree ≥ 2
    /// when `u ≠ v`, so Adamic–Adar never divides by `log 1 = 0`.
    /// - Parameters:
    ///   - u: one node.
    ///   - v: the other node.
    ///   - method: the score.
    /// - Returns: the score (symmetric in `u` and `v`).
    /// - Complexity: O(deg u + deg v) by merging the sorted neighbour lists.
    public func linkScore(between u: NodeIndex, and v: NodeIndex, method: LinkPredictionMethod) -> Double {
        precondition(isValid(u) && isValid(v), "node index out of range")
        return withRawAdjacency { offsets, targets in
            ChainGraph.linkScore(u.int, v.int, method: method, offsets: offsets, targets: targets)
        }
    }

    /// Link-prediction scores of many pairs, in parallel for large batches.
    ///
    /// Rather than merging two lists per pair (a chain of dependent loads), each worker marks
    /// the first node's neighbours in a bitset and probes the second node's neighbours with
    /// independent lookups; marks are kept while consecutive pairs share their first node.
    /// Common neighbours are still visited in increasing index order, so scores equal
    /// ``linkScore(between:and:method:)`` bit for bit.
    ///
    /// Reference: as ``linkScore(between:and:method:)``; NetworkX's functions with `ebunch=pairs`.
    /// - Parameters:
    ///   - pairs: the node pairs to score.
    ///   - method: the score.
    ///   - workers: threads to use; default all cores for ≥ 8192 pairs, else 1.
    /// - Returns: one score per pair, in order.
    /// - Complexity: O(Σ (deg u + deg v)) work; O(workers · nodes / 8) bytes of bitsets.
    ///
    /// Example:
    /// ```swift
    /// let scores = graph.linkScores(for: [(a, b), (a, c)], method: .adamicAdar)
    /// ```
    public func linkScores(
        for pairs: [(NodeIndex, NodeIndex)], method: LinkPredictionMethod, workers: Int? = nil
    ) -> [Double] {
        let count = pairs.count
        let n = nodeCount
        // The scoring loops read raw buffers, so indices are checked once up front.
        precondition(pairs.allSatisfy { isValid($0.0) && isValid($0.1) }, "node index out of range")
        let workerCount = max(1, min(workers ?? (count >= 8192 ? defaultWorkerCount() : 1), count))
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { initialized = 0; return }
            let output = SharedPointer(base: base)
            withRawAdjacency { offsets, targets in
                let table = SharedAdjacency(offsets: offsets, targets: targets)
                let chunk = (count + workerCount - 1) / workerCount
                forEachWorker(workerCount) { worker in
                    // Contiguous chunks: every pair costs about the same, and writes stay local.
                    let start = worker * chunk
                    let end = min(count, start + chunk)
                    guard start < end else { return }
                    var scorer = PairScorer(nodeCount: n, offsets: table.offsets, targets: table.targets)
                    defer { scorer.deallocate() }
                    for p in start ..< end {
                        let (u, v) = pairs[p]
                        (output.base + p).initialize(to: scorer.score(u.int, v.int, method: method))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Scores pairs by marking one neighbour list in a bitset and probing the other.
struct PairScorer {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    let bits: UnsafeMutablePointer<UInt64>
    /// The node whose neighbours are currently marked, or -1.
    var marked = -1

    init(nodeCount: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>) {
        self.offsets = offsets
        self.targets = targets
        let words = nodeCount / 64 + 1
        bits = .allocate(capacity: words)
        bits.initialize(repeating: 0, count: words)
    }

    func deallocate() { bits.deallocate() }

    /// Marks the neighbours of `u` (clearing the previous node's marks).
    /// - Complexity: O(deg previous + deg u).
    mutating func mark(_ u: Int) {
        guard u != marked else { return }
        if marked >= 0 {
            for slot in Int(offsets[marked]) ..< Int(offsets[marked + 1]) {
                let x = Int(targets[slot])
                bits[x >> 6] = 0
            }
        }
        for slot in Int(offsets[u]) ..< Int(offsets[u + 1]) {
            let x = Int(targets[slot])
            bits[x >> 6] |= 1 << UInt64(x & 63)
        }
        marked = u
    }

    /// The score of `(u, v)`, equal to the merge-based ``linkScore(_:_:method:offsets:targets:)``.
    /// - Complexity: O(deg v), plus O(deg u) when `u` differs from the previous call's.
    mutating func score(_ u: Int, _ v: Int, method: LinkPredictionMethod) -> Double {
        let degreeU = Int(offsets[u + 1] - offsets[u])
        let degreeV = Int(offsets[v + 1] - offsets[v])
        if method == .preferentialAttachment { return Double(degreeU) * Double(degreeV) }
        mark(u)
        let range = Int(offsets[v]) ..< Int(offsets[v + 1])
        switch method {
        case .commonNeighbors, .jaccard:
            var common = 0
            for slot in range {
                let x = Int(targets[slot])
                common &+= Int(truncatingIfNeeded: (bits[x >> 6] >> UInt64(x & 63)) & 1)
            }
            if method == .commonNeighbors { return Double(common) }
            let union = degreeU + degreeV - common
            return union == 0 ? 0 : Double(common) / Double(union)
        default:
            // Common neighbours are rare, so this branch predicts well.
            var sum = 0.0
            for slot in range {
                let x = Int(targets[slot])
                if (bits[x >> 6] >> UInt64(x & 63)) & 1 != 0 {
                    let degree = Double(offsets[x + 1] - offsets[x])
                    sum += method.commonNeighborWeight(degree: degree)
                }
            }
            return sum
        }
    }
}
