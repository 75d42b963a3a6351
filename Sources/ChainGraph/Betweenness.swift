/// Marks a node not yet reached from the current source. The largest value, so that
/// `min(distance, next)` labels new nodes without a branch.
let unreached = Int32.max

/// Per-worker scratch memory for Brandes' algorithm, allocated once and reused per source.
///
/// Between sources every `distance` is ``unreached`` and every `value` is 0; each run
/// restores that for the nodes it touched only.
struct BrandesScratch {
    /// BFS level from the current source, or ``unreached``.
    let distance: UnsafeMutablePointer<Int32>
    /// `sigma` (number of shortest paths from the source) until the node is finished in the
    /// backward sweep, then `(1 + delta) / sigma`, the coefficient its predecessors pull.
    let value: UnsafeMutablePointer<Double>
    /// BFS queue, read backwards as the stack of the backward sweep. One spare slot, because
    /// the branch-free BFS writes every neighbour before knowing whether to keep it.
    let order: UnsafeMutablePointer<Int32>
    /// Successors (neighbours one level deeper) of each dequeued node, concatenated in BFS
    /// order; at most one entry per undirected edge, plus the spare slot.
    let successors: UnsafeMutablePointer<Int32>
    /// Start of each dequeued node's successors, by queue position.
    let successorStart: UnsafeMutablePointer<Int32>

    init(nodeCount n: Int, edgeCount m: Int) {
        distance = .allocate(capacity: n)
        distance.initialize(repeating: unreached, count: n)
        value = .allocate(capacity: n)
        value.initialize(repeating: 0, count: n)
        order = .allocate(capacity: n + 1)
        order.initialize(repeating: 0, count: n + 1)
        successors = .allocate(capacity: m + 1)
        successors.initialize(repeating: 0, count: m + 1)
        successorStart = .allocate(capacity: n + 1)
        successorStart.initialize(repeating: 0, count: n + 1)
    }

    func deallocate() {
        distance.deallocate()
        value.deallocate()
        order.deallocate()
        successors.deallocate()
        successorStart.deallocate()
    }
}

/// Adds the dependencies of every node on `source` (Brandes' `delta_s(v)`) to `centrality`.
///
/// Instead of predecessor lists, the BFS records each node's *successors* in one flat
/// array (about half the adjacency entries); path counts are pushed along them, and the
/// backward sweep *pulls* `delta[w] = sigma[w] · Σ_{x ∈ succ(w)} (1 + delta[x]) / sigma[x]`
/// from them, so each node's sum stays in a register and is written once. The BFS inner
/// loop is branch-free (the labelling and the successor test are `min` and flag arithmetic,
/// with unconditional writes into spare slots), since its outcomes are unpredictable.
///
/// - Complexity: O(nodes + edges reached), no allocation.
@inline(__always)
func brandesSingleSource(
    _ source: Int32, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    scratch: BrandesScratch, centrality: UnsafeMutablePointer<Double>
) {
    let distance = scratch.distance
    let value = scratch.value
    let order = scratch.order
    let successors = scratch.successors
    let successorStart = scratch.successorStart
    distance[Int(source)] = 0
    value[Int(source)] = 1
    order[0] = source
    var head = 0
    var tail = 1
    var count = 0  // successor entries so far
    // Forward: BFS; sigma of a node is final when it is dequeued (all predecessors are
    // one level up, dequeued earlier), and is then pushed to its successors.
    while head < tail {
        let v = Int(order[head])
        successorStart[head] = Int32(count)
        head += 1
        let next = distance[v] + 1
        var slot = Int(offsets[v])
        let end = Int(offsets[v + 1])
        let first = count
        while slot < end {
            let x = targets[slot]
            slot += 1
            let dx = distance[Int(x)]
            let labelled = min(dx, next)
            distance[Int(x)] = labelled
            order[tail] = x
            tail &+= dx > next ? 1 : 0
            successors[count] = x
            // labelled - next is -2, -1 or 0; (that + 2) >> 1 is 1 only for 0 (a successor).
            // Written as arithmetic because a comparison here gets turned into a branch.
            count &+= Int(UInt32(bitPattern: labelled &- next &+ 2) >> 1)
        }
        let paths = value[v]
        for entry in first ..< count { value[Int(successors[entry])] += paths }
    }
    successorStart[tail] = Int32(count)
    // Backward: deepest nodes first; order[0] is the source, which gets no credit.
    var position = tail - 1
    while position > 0 {
        let w = Int(order[position])
        var sum = 0.0
        for entry in Int(successorStart[position]) ..< Int(successorStart[position + 1]) {
            sum += value[Int(successors[entry])]
        }
        position -= 1
        let paths = value[w]
        centrality[w] += paths * sum
        value[w] = sum + 1 / paths
    }
    for i in 0 ..< tail {
        let node = Int(order[i])
        distance[node] = unreached
        value[node] = 0
    }
}

extension UndirectedGraph {
    /// Betweenness centrality of every node (unweighted shortest paths).
    ///
    /// Exact mode runs Brandes' algorithm from every node; sampled mode runs it from `pivots`
    /// nodes drawn uniformly (without replacement) with ``SplitMix64`` and extrapolates.
    /// Sources are split across `workers` threads, each with its own buffers; the partial
    /// sums are added in worker order, so a given `workers` value always gives the same bits.
    ///
    /// Scaling follows NetworkX 3.6 `betweenness_centrality(G, k, normalized, endpoints=False)`
    /// for undirected graphs: exact and normalized divides the ordered-pair sums by
    /// `(n-1)(n-2)`; unnormalized halves them. Sampled estimates scale source nodes by
    /// `1/((k-1)(n-2))` and the others by `1/(k(n-2))` (unnormalized: `(n-1)/(2(k-1))` and
    /// `(n-1)/(2k)`), which makes `pivots == nodeCount` identical to exact mode. NetworkX draws
    /// different pivots for the same seed, so sampled values match it only in expectation.
    ///
    /// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math.
    /// Sociol. 25 (2001); Brandes & Pich, "Centrality estimation in large networks" (2007).
    ///
    /// - Parameters:
    ///   - normalized: divide by the number of node pairs (NetworkX's default `true`).
    ///   - pivots: number of sampled sources `k`, or `nil` for exact.
    ///   - seed: seed for the pivot sample.
    ///   - workers: threads to use; default `ProcessInfo.activeProcessorCount`.
    /// - Returns: one value per node, by index.
    /// - Complexity: O(s · (nodes + edges)) time for s sources (s = n exact, k sampled);
    ///   O(workers · (nodes + edges)) extra memory (28 bytes per node and 4 per edge
    ///   per worker).
    ///
    /// Example:
    /// ```swift
    /// let exact = graph.betweennessCentrality()
    /// let quick = graph.betweennessCentrality(pivots: 200, seed: 7)
    /// ```
    public func betweennessCentrality(
        normalized: Bool = true, pivots: Int? = nil, seed: UInt64 = 0, workers: Int? = nil
    ) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var sources: [Int32]
        var sampled = false
        if let k = pivots, k < n {
            var rng = SplitMix64(seed: seed)
            sources = rng.sample(k, from: n).map { Int32($0) }
            sampled = true
        } else {
            sources = (0 ..< n).map { Int32($0) }
        }
        let workerCount = max(1, min(workers ?? defaultWorkerCount(), sources.count))
        let partial = UnsafeMutablePointer<Double>.allocate(capacity: workerCount * n)
        partial.initialize(repeating: 0, count: workerCount * n)
        defer { partial.deallocate() }
        let shared = SharedPointer(base: partial)
        let sourceList = sources
        let edges = edgeCount
        withRawAdjacency { offsets, targets in
            let table = SharedAdjacency(offsets: offsets, targets: targets)
            forEachWorker(workerCount) { worker in
                let scratch = BrandesScratch(nodeCount: n, edgeCount: edges)
                defer { scratch.deallocate() }
                let centrality = shared.base + worker * n
                // Strided split: neighbouring indices often have similar cost, so this balances load.
                var i = worker
                while i < sourceList.count {
                    brandesSingleSource(
                        sourceList[i], offsets: table.offsets, targets: table.targets,
                        scratch: scratch, centrality: centrality)
                    i += workerCount
                }
            }
        }
        var result = [Double](repeating: 0, count: n)
        for worker in 0 ..< workerCount {
            let row = partial + worker * n
            for v in 0 ..< n { result[v] += row[v] }
        }
        rescaleBetweenness(&result, normalized: normalized, sources: sampled ? sources : nil)
        return result
    }
}

/// NetworkX 3.6 `_rescale` for undirected graphs with `endpoints=False`.
///
/// - Parameters:
///   - values: raw sums of dependencies over the sources (ordered pairs).
///   - normalized: whether to divide by the number of pairs.
///   - sources: the sampled sources, or `nil` in exact mode.
/// - Complexity: O(nodes).
func rescaleBetweenness(_ values: inout [Double], normalized: Bool, sources: [Int32]?) {
    let n = values.count
    let pairs = Double(n - 1)  // NetworkX's N: v cannot be the target.
    guard n - 1 >= 2 else { return }
    guard let sources else {
        let scale = normalized ? 1 / (pairs * (pairs - 1)) : 0.5
        for v in 0 ..< n { values[v] *= scale }
        return
    }
    let k = Double(sources.count)
    let sourceScale: Double
    let otherScale: Double
    if normalized {
        sourceScale = k > 1 ? 1 / ((k - 1) * (pairs - 1)) : .nan
        otherScale = 1 / (k * (pairs - 1))
    } else {
        sourceScale = k > 1 ? pairs / ((k - 1) * 2) : .nan
        otherScale = pairs / (k * 2)
    }
    var isSource = [Bool](repeating: false, count: n)
    for s in sources { isSource[Int(s)] = true }
    for v in 0 ..< n { values[v] *= isSource[v] ? sourceScale : otherScale }
}
