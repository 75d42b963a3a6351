import Foundation

/// One node's slot in the per-worker top-k memory: a mark saying what the node is to the current query, and the
/// score accumulated so far. Mark and score side by side, so the inner loop touches one cache line per node.
struct TopKCell {
    /// `2·stamp` for a candidate of the current query, `2·stamp + 1` for the query node and its neighbours.
    var mark: UInt64
    var score: Double
}

/// Reusable per-worker memory for top-k queries; a stamp per query avoids clearing it between queries.
final class TopKScratch {
    let cells: UnsafeMutablePointer<TopKCell>
    /// The candidates of the current query, in the order first reached.
    let touched: UnsafeMutablePointer<Int32>
    var stamp: UInt64 = 0

    init(nodeCount: Int) {
        cells = .allocate(capacity: max(1, nodeCount))
        cells.initialize(repeating: TopKCell(mark: 0, score: 0), count: max(1, nodeCount))
        touched = .allocate(capacity: max(1, nodeCount))
    }

    deinit {
        cells.deallocate()
        touched.deallocate()
    }

    /// Starts a query for `u`: a new stamp, with `u` and its neighbours marked as not candidates.
    /// - Returns: the candidate and blocked marks of this query.
    func startQuery(_ u: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>) -> (candidate: UInt64, blocked: UInt64) {
        stamp &+= 1
        let candidate = stamp &* 2, blocked = candidate &+ 1
        cells[u].mark = blocked
        for slot in Int(offsets[u]) ..< Int(offsets[u + 1]) { cells[Int(targets[slot])].mark = blocked }
        return (candidate, blocked)
    }
}

/// Orders candidates by score, highest first, ties by smaller node index.
@inline(__always)
func ranksBefore(_ a: LinkCandidate, _ b: LinkCandidate) -> Bool {
    a.score != b.score ? a.score > b.score : a.node < b.node
}

/// The `k` best of the candidates offered, via a bounded heap whose root is the worst one kept.
///
/// ``ranksBefore(_:_:)`` is a total order on distinct nodes, so the result does not depend on the order of offers.
struct BestCandidates {
    let k: Int
    private(set) var heap: [LinkCandidate] = []

    init(k: Int) {
        self.k = k
        heap.reserveCapacity(k)
    }

    /// - Complexity: O(log k).
    mutating func offer(_ candidate: LinkCandidate) {
        if heap.count < k {
            heap.append(candidate)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard ranksBefore(heap[parent], heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if ranksBefore(candidate, heap[0]) {
            heap[0] = candidate
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { break }
                var worst = left
                if left + 1 < heap.count && ranksBefore(heap[worst], heap[left + 1]) { worst = left + 1 }
                guard ranksBefore(heap[parent], heap[worst]) else { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// The kept candidates, best first.
    func sorted() -> [LinkCandidate] { heap.sorted(by: ranksBefore) }
}

/// The `k` best candidates, sorted.
///
/// - Complexity: O(c log k) for c candidates.
func selectBest(_ candidates: [LinkCandidate], k: Int) -> [LinkCandidate] {
    var best = BestCandidates(k: k)
    for candidate in candidates { best.offer(candidate) }
    return best.sorted()
}

extension UndirectedGraph {
    /// The `k` best new partners for `node`: non-neighbours ranked by a link-prediction score.
    ///
    /// Never enumerates all non-edges. For the neighbour-based scores every candidate with a
    /// positive score is two hops away, so the 2-hop neighbourhood is walked once,
    /// accumulating each candidate's score (in increasing order of the common neighbour, so
    /// values equal ``linkScore(between:and:method:)`` bit for bit). For preferential
    /// attachment the nodes are scanned in decreasing degree order, skipping `node` and its
    /// neighbours. Only candidates with a positive score are returned, so the result may
    /// hold fewer than `k` entries.
    ///
    /// For resource allocation and Adamic–Adar, the neighbour lists of hubs (degree above
    /// 512) are skipped when they cannot change the answer: a hub adds at most its small
    /// contribution to any candidate, so once the k-th best score over the other neighbours
    /// exceeds the sum of all hub contributions, no candidate reached only through hubs can
    /// qualify; the remaining contenders are then scored exactly, in the same order as
    /// ``linkScore(between:and:method:)``. The result is the same as walking every list.
    ///
    /// Reference: Liben-Nowell & Kleinberg (2007); equals taking the `k` best of NetworkX's
    /// scores over `non_edges` involving `node`, ties broken by node index.
    /// - Parameters:
    ///   - node: the node to find partners for.
    ///   - k: how many candidates at most.
    ///   - method: the score.
    /// - Returns: candidates sorted by score (highest first), then by node index.
    /// - Complexity: O(Σ_{w ∈ N(node)} deg w + c log k) for c two-hop candidates (with hubs
    ///   skipped, the sum runs over the other neighbours only, plus O(deg node) per contender);
    ///   for preferential attachment O(k + deg node). Allocates O(nodes) scratch; use
    ///   ``topK(for:k:method:workers:)`` to amortise it over many queries.
    ///
    /// Example:
    /// ```swift
    /// for candidate in graph.topK(for: firm, k: 5, method: .resourceAllocation) {
    ///     print(graph.id(of: candidate.node), candidate.score)
    /// }
    /// ```
    public func topK(for node: NodeIndex, k: Int, method: LinkPredictionMethod) -> [LinkCandidate] {
        precondition(contains(node), "node is not a node of this graph")
        precondition(k >= 0, "k must not be negative")
        return topK(for: node.int, k: k, method: method, scratch: TopKScratch(nodeCount: nodeCount))
    }

    /// ``topK(for:k:method:)`` for many nodes, sharing scratch memory, in parallel.
    ///
    /// - Parameters:
    ///   - nodes: the query nodes.
    ///   - k: how many candidates at most per node.
    ///   - method: the score.
    ///   - workers: threads to use; default all cores.
    /// - Returns: one candidate list per query node, in order.
    /// - Complexity: the sum of the single-query costs, plus O(workers · nodes) scratch.
    public func topK(
        for nodes: [NodeIndex], k: Int, method: LinkPredictionMethod, workers: Int? = nil
    ) -> [[LinkCandidate]] {
        precondition(nodes.allSatisfy(contains), "a query node is not a node of this graph")
        precondition(k >= 0, "k must not be negative")
        let count = nodes.count
        let workerCount = max(1, min(workers ?? defaultWorkerCount(), count))
        return [[LinkCandidate]](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { initialized = 0; return }
            let output = SharedPointer(base: base)
            forEachWorker(workerCount) { worker in
                let scratch = TopKScratch(nodeCount: nodeCount)
                var q = worker
                while q < count {
                    (output.base + q).initialize(to: topK(for: nodes[q].int, k: k, method: method, scratch: scratch))
                    q += workerCount
                }
            }
            initialized = count
        }
    }

    /// One query with a worker's scratch memory. The inner loop works on raw buffers: it runs once per two-hop
    /// path, hundreds of millions of times for every demand of a large map.
    func topK(for u: Int, k: Int, method: LinkPredictionMethod, scratch: TopKScratch) -> [LinkCandidate] {
        guard k > 0 else { return [] }
        return withRawAdjacency { offsets, targets in
            if method == .resourceAllocation || method == .adamicAdar,
               let pruned = prunedTopK(u, k: k, method: method, scratch: scratch, offsets: offsets, targets: targets) {
                return pruned
            }
            let (candidateMark, blockedMark) = scratch.startQuery(u, offsets: offsets, targets: targets)
            let cells = scratch.cells, touched = scratch.touched
            let degreeU = Int(offsets[u + 1] - offsets[u])
            if method == .preferentialAttachment {
                guard degreeU > 0 else { return [] }
                var result: [LinkCandidate] = []
                for x in nodesByDegree {
                    let degreeX = Int(offsets[Int(x) + 1] - offsets[Int(x)])
                    if degreeX == 0 || result.count == k { break }
                    if cells[Int(x)].mark == blockedMark { continue }
                    result.append(LinkCandidate(node: NodeIndex(rawValue: x), score: Double(degreeU) * Double(degreeX)))
                }
                return result
            }
            var touchedCount = 0
            walkTwoHop(from: u, offsets: offsets, targets: targets,
                       share: { _, degree in method.commonNeighborWeight(degree: Double(degree)) },
                       visit: { x, share in
                           TopKScratch.accumulate(x, share, cells: cells, touched: touched, candidate: candidateMark,
                                                  blocked: blockedMark, touchedCount: &touchedCount)
                       })
            var best = BestCandidates(k: k)
            for position in 0 ..< touchedCount {
                let x = Int(touched[position])
                var score = cells[x].score
                if method == .jaccard {
                    let union = degreeU + Int(offsets[x + 1] - offsets[x]) - Int(score)
                    score = score / Double(union)
                }
                best.offer(LinkCandidate(node: NodeIndex(rawValue: Int32(x)), score: score))
            }
            return best.sorted()
        }
    }

    /// Neighbours of higher degree are hubs, whose lists the pruned top-k tries to skip. Lists this long are where
    /// the walk spends its time; lower, and the hubs' summed contributions too often exceed the k-th score (measured
    /// on the 1M-tie benchmark map: 512 beats 128, 256 and 1024).
    static let hubDegree = 512

    /// Top-k for a sum of per-common-neighbour contributions, skipping hubs' lists when that is safe; nil when it is
    /// not (the caller then walks every list). See ``topK(for:k:method:)`` for why the result is exact.
    func prunedTopK(
        _ u: Int, k: Int, method: LinkPredictionMethod, scratch: TopKScratch,
        offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>, hubDegree: Int = UndirectedGraph.hubDegree
    ) -> [LinkCandidate]? {
        let (candidateMark, blockedMark) = scratch.startQuery(u, offsets: offsets, targets: targets)
        let cells = scratch.cells, touched = scratch.touched
        let contribution = { (degree: Int) -> Double in method.commonNeighborWeight(degree: Double(degree)) }
        var hubSum = 0.0
        var hubWork = 0
        var touchedCount = 0
        walkTwoHop(from: u, offsets: offsets, targets: targets,
                   share: { _, degree in
                       guard degree > hubDegree else { return contribution(degree) }
                       hubSum += contribution(degree)
                       hubWork += degree
                       return nil
                   },
                   visit: { x, share in
                       TopKScratch.accumulate(x, share, cells: cells, touched: touched, candidate: candidateMark,
                                              blocked: blockedMark, touchedCount: &touchedCount)
                   })
        if hubWork == 0 {
            // No hub: this was the full walk, in the full walk's order.
            var best = BestCandidates(k: k)
            for position in 0 ..< touchedCount {
                let x = Int(touched[position])
                best.offer(LinkCandidate(node: NodeIndex(rawValue: Int32(x)), score: cells[x].score))
            }
            return best.sorted()
        }
        guard touchedCount >= k else { return nil }
        // The k-th best partial score is a lower bound of the k-th best score. Margins of 1e-10 cover rounding:
        // sums of up to 10^5 positive terms are off by less than 10^5 · 2^-53 of their value.
        var partial = BestCandidates(k: k)
        for position in 0 ..< touchedCount {
            let x = Int(touched[position])
            partial.offer(LinkCandidate(node: NodeIndex(rawValue: Int32(x)), score: cells[x].score))
        }
        let threshold = (partial.heap.first?.score ?? 0) * (1 - 1e-10)
        let hubBound = hubSum * (1 + 1e-10)
        guard hubBound < threshold else { return nil }
        // Contenders: candidates whose score could still reach the threshold with every hub's contribution.
        let degreeU = Int(offsets[u + 1] - offsets[u])
        var contenders: [Int] = []
        for position in 0 ..< touchedCount {
            let x = Int(touched[position])
            if cells[x].score * (1 + 1e-10) + hubBound >= threshold { contenders.append(x) }
        }
        // Scoring a contender exactly costs about deg u; give up when that is more than the hubs' lists.
        guard contenders.count * (degreeU + 16) < hubWork else { return nil }
        var best = BestCandidates(k: k)
        for x in contenders {
            let score = exactScore(u, x, method: method, offsets: offsets, targets: targets)
            best.offer(LinkCandidate(node: NodeIndex(rawValue: Int32(x)), score: score))
        }
        return best.sorted()
    }

    /// `linkScore` for a contender: common neighbours in increasing order, by a merge when `x`'s list is short and by
    /// binary searches in the common neighbours' lists when it is long (a hub contender). Same terms, same order.
    func exactScore(
        _ u: Int, _ x: Int, method: LinkPredictionMethod, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>
    ) -> Double {
        let degreeU = Int(offsets[u + 1] - offsets[u]), degreeX = Int(offsets[x + 1] - offsets[x])
        if degreeX <= 8 * degreeU { return ChainGraph.linkScore(u, x, method: method, offsets: offsets, targets: targets) }
        var sum = 0.0
        for slot in Int(offsets[u]) ..< Int(offsets[u + 1]) {
            let w = Int(targets[slot])
            let first = Int(offsets[w]), end = Int(offsets[w + 1])
            var low = first, high = end
            while low < high {
                let middle = (low + high) / 2
                if Int(targets[middle]) < x { low = middle + 1 } else { high = middle }
            }
            if low < end, Int(targets[low]) == x {
                let degree = Double(end - first)
                sum += method.commonNeighborWeight(degree: degree)
            }
        }
        return sum
    }
}

