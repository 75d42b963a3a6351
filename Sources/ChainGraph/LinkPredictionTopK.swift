import Foundation

/// Reusable per-worker memory for top-k queries; stamps avoid clearing arrays per query.
struct TopKScratch {
    /// `stamp` when the node is the query node or already its neighbour (not a candidate).
    var blocked: [Int32]
    /// `stamp` when the node has an accumulator entry for this query.
    var seen: [Int32]
    var accumulator: [Double]
    var touched: [Int32] = []
    var stamp: Int32 = 0

    init(nodeCount: Int) {
        blocked = [Int32](repeating: -1, count: nodeCount)
        seen = [Int32](repeating: -1, count: nodeCount)
        accumulator = [Double](repeating: 0, count: nodeCount)
    }
}

/// Orders candidates by score, highest first, ties by smaller node index.
@inline(__always)
func ranksBefore(_ a: LinkCandidate, _ b: LinkCandidate) -> Bool {
    a.score != b.score ? a.score > b.score : a.node < b.node
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
    /// Reference: Liben-Nowell & Kleinberg (2007); equals taking the `k` best of NetworkX's
    /// scores over `non_edges` involving `node`, ties broken by node index.
    /// - Parameters:
    ///   - node: the node to find partners for.
    ///   - k: how many candidates at most.
    ///   - method: the score.
    /// - Returns: candidates sorted by score (highest first), then by node index.
    /// - Complexity: O(Σ_{w ∈ N(node)} deg w + c log c) for c two-hop candidates; for
    ///   preferential attachment O(k + deg node). Allocates O(nodes) scratch; use
    ///   ``topK(for:k:method:workers:)`` to amortise it over many queries.
    ///
    /// Example:
    /// ```swift
    /// for candidate in graph.topK(for: firm, k: 5, method: .resourceAllocation) {
    ///     print(graph.id(of: candidate.node), candidate.score)
    /// }
    /// ```
    public func topK(for node: NodeIndex, k: Int, method: LinkPredictionMethod) -> [LinkCandidate] {
        var scratch = TopKScratch(nodeCount: nodeCount)
        return topK(for: node.int, k: k, method: method, scratch: &scratch)
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
        let count = nodes.count
        let workerCount = max(1, min(workers ?? defaultWorkerCount(), count))
        return [[LinkCandidate]](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { initialized = 0; return }
            let output = SharedPointer(base: base)
            forEachWorker(workerCount) { worker in
                var scratch = TopKScratch(nodeCount: nodeCount)
                var q = worker
                while q < count {
                    (output.base + q).initialize(to: topK(for: nodes[q].int, k: k, method: method, scratch: &scratch))
                    q += workerCount
                }
            }
            initialized = count
        }
    }

    func topK(for u: Int, k: Int, method: LinkPredictionMethod, scratch: inout TopKScratch) -> [LinkCandidate] {
        guard k > 0 else { return [] }
        scratch.stamp &+= 1
        let stamp = scratch.stamp
        let degreeU = adjacency.range(of: u).count
        scratch.blocked[u] = stamp
        for slot in adjacency.range(of: u) { scratch.blocked[Int(adjacency.targets[slot])] = stamp }

        if method == .preferentialAttachment {
            var result: [LinkCandidate] = []
            guard degreeU > 0 else { return result }
            for x in nodesByDegree {
                let degreeX = adjacency.range(of: Int(x)).count
                if degreeX == 0 || result.count == k { break }
                if scratch.blocked[Int(x)] == stamp { continue }
                result.append(LinkCandidate(node: NodeIndex(rawValue: x), score: Double(degreeU) * Double(degreeX)))
            }
            return result
        }

        scratch.touched.removeAll(keepingCapacity: true)
        for slot in adjacency.range(of: u) {
            let w = Int(adjacency.targets[slot])
            let degreeW = Double(adjacency.range(of: w).count)
            let contribution: Double
            switch method {
            case .adamicAdar: contribution = 1 / log(degreeW)
            case .resourceAllocation: contribution = 1 / degreeW
            default: contribution = 1
            }
            for inner in adjacency.range(of: w) {
                let x = Int(adjacency.targets[inner])
                if scratch.blocked[x] == stamp { continue }
                if scratch.seen[x] != stamp {
                    scratch.seen[x] = stamp
                    scratch.accumulator[x] = 0
                    scratch.touched.append(Int32(x))
                }
                scratch.accumulator[x] += contribution
            }
        }
        var candidates = scratch.touched.map { x -> LinkCandidate in
            var score = scratch.accumulator[Int(x)]
            if method == .jaccard {
                let union = degreeU + adjacency.range(of: Int(x)).count - Int(score)
                score = score / Double(union)
            }
            return LinkCandidate(node: NodeIndex(rawValue: x), score: score)
        }
        if candidates.count > k {
            candidates = selectBest(candidates, k: k)
        } else {
            candidates.sort(by: ranksBefore)
        }
        return candidates
    }
}

/// The `k` best candidates, sorted, via a bounded min-heap (worst kept candidate on top).
///
/// - Complexity: O(c log k) for c candidates.
func selectBest(_ candidates: [LinkCandidate], k: Int) -> [LinkCandidate] {
    var heap: [LinkCandidate] = []
    heap.reserveCapacity(k)
    // The heap root is the candidate that ranks last among those kept.
    func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var worst = left
            if left + 1 < heap.count && ranksBefore(heap[worst], heap[left + 1]) { worst = left + 1 }
            guard ranksBefore(heap[parent], heap[worst]) else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
    for candidate in candidates {
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
            siftDown(0)
        }
    }
    return heap.sorted(by: ranksBefore)
}
