/// Marks a node not yet reached from the current source. The largest value, so that
/// `distance[w] > next` means "new" and `min` updates distances without a branch.
let unreached = Int32.max

/// Per-worker scratch memory for Brandes' algorithm, allocated once and reused per source.
///
/// `distance` must be all ``unreached`` between sources (each run resets only what it
/// touched); stale `sigma` and `coefficient` values of earlier sources need no reset: they
/// are only ever read under an all-zero mask until rewritten.
struct BrandesScratch {
    let distance: UnsafeMutablePointer<Int32>
    let sigma: UnsafeMutablePointer<Double>
    /// `(1 + delta[w]) / sigma[w]` once `w` is finished in the backward sweep.
    let coefficient: UnsafeMutablePointer<Double>
    /// BFS queue, read backwards as the stack of the accumulation sweep. One spare slot,
    /// because the branch-free BFS writes every neighbour before knowing whether to keep it.
    let order: UnsafeMutablePointer<Int32>

    init(nodeCount n: Int) {
        distance = .allocate(capacity: n)
        distance.initialize(repeating: unreached, count: n)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        coefficient = .allocate(capacity: n)
        coefficient.initialize(repeating: 0, count: n)
        order = .allocate(capacity: n + 1)
        order.initialize(repeating: 0, count: n + 1)
    }

    func deallocate() {
        distance.deallocate()
        sigma.deallocate()
        coefficient.deallocate()
        order.deallocate()
    }
}

/// Adds the dependencies of every node on `source` (Brandes' `delta_s(v)`) to `centrality`.
///
/// Predecessor-free variant: instead of storing predecessor lists, both sweeps recompute
/// the shortest-path DAG by a distance check, and *pull* rather than push: the forward
/// sweep sums `sigma` over predecessors, the backward sweep computes
/// `delta[w] = sigma[w] * sum over successors x of (1 + delta[x]) / sigma[x]`, so each
/// node's sum stays in registers and is written once. The inner loops are branch-free
/// (bit masks instead of unpredictable branches) and use two accumulators to overlap
/// floating-point add latency.
///
/// - Complexity: O(nodes + edges reached), no allocation.
@inline(__always)
func brandesSingleSource(
    _ source: Int32, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    scratch: BrandesScratch, centrality: UnsafeMutablePointer<Double>
) {
    let distance = scratch.distance
    let sigma = scratch.sigma
    let coefficient = scratch.coefficient
    let order = scratch.order
    distance[Int(source)] = 0
    order[0] = source
    var head = 0
    var tail = 1
    // Forward: BFS in which each node, when dequeued, *pulls* its path count from its
    // neighbours one level up (all final by then) and labels the unreached ones.
    while head < tail {
        let v = Int(order[head])
        head += 1
        let level = distance[v]
        let next = level + 1
        var sumEven = 0.0
        var sumOdd = 0.0
        var slot = Int(offsets[v])
        let end = Int(offsets[v + 1])
        // Branch-free (x86 has no conditional move for doubles, so FP selects would become
        // unpredictable branches). After `min`, a neighbour's level is level - 1, level or
        // level + 1, and `(1 - (d - level)) >> 1` is 1 exactly for level - 1: a predecessor.
        @inline(__always) func visit(_ x: Int32) -> UInt64 {
            let index = Int(x)
            let dx = distance[index]
            let labelled = min(dx, next)
            distance[index] = labelled
            order[tail] = x
            tail &+= dx > next ? 1 : 0
            return 0 &- UInt64(UInt32(bitPattern: 1 &- (labelled &- level)) >> 1)
        }
        while slot + 1 < end {
            let x = targets[slot]
            let y = targets[slot + 1]
            slot += 2
            let maskX = visit(x)
            let maskY = visit(y)
            sumEven += Double(bitPattern: sigma[Int(x)].bitPattern & maskX)
            sumOdd += Double(bitPattern: sigma[Int(y)].bitPattern & maskY)
        }
        if slot < end {
            let x = targets[slot]
            let maskX = visit(x)
            sumEven += Double(bitPattern: sigma[Int(x)].bitPattern & maskX)
        }
        sigma[v] = v == Int(source) ? 1 : sumEven + sumOdd
    }
    // Backward: deepest nodes first; order[0] is the source, which gets no credit.
    var position = tail - 1
    while position > 0 {
        let w = Int(order[position])
        position -= 1
        let level = distance[w]
        var sumEven = 0.0
        var sumOdd = 0.0
        var slot = Int(offsets[w])
        let end = Int(offsets[w + 1])
        // Every neighbour x is reached and sits at level - 1, level or level + 1; the mask is
        // all ones exactly for level + 1, i.e. for successors ((diff + 1) >> 1 is then 1).
        @inline(__always) func successorMask(_ x: Int) -> UInt64 {
            0 &- UInt64(UInt32(bitPattern: distance[x] &- level &+ 1) >> 1)
        }
        while slot + 1 < end {
            let x = Int(targets[slot])
            let y = Int(targets[slot + 1])
            slot += 2
            sumEven += Double(bitPattern: coefficient[x].bitPattern & successorMask(x))
            sumOdd += Double(bitPattern: coefficient[y].bitPattern & successorMask(y))
        }
        if slot < end {
            let x = Int(targets[slot])
            sumEven += Double(bitPattern: coefficient[x].bitPattern & successorMask(x))
        }
        let sum = sumEven + sumOdd
        let paths = sigma[w]
        centrality[w] += paths * sum
        coefficient[w] = sum + 1 / paths
    }
    for i in 0 ..< tail { distance[Int(order[i])] = unreached }
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
    ///   O(workers · nodes) extra memory (32 bytes per node per worker).
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
        withRawAdjacency { offsets, targets in
            let table = SharedAdjacency(offsets: offsets, targets: targets)
            forEachWorker(workerCount) { worker in
                let scratch = BrandesScratch(nodeCount: n)
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
