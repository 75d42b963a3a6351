/// Marks a node not yet reached from the current source. The largest value, so that
/// `min(distance, next)` labels new nodes without a branch.
let unreached = Int32.max

/// The per-node state of one Brandes run, packed so that visiting a neighbour touches a
/// single cache line (the distance and the value are always read together).
struct BrandesNode {
    /// BFS level from the current source, or ``unreached``.
    var distance: Int32
    /// During the forward sweep and until the node is finished backwards: `sigma`, the number
    /// of shortest paths from the source. Afterwards: `(1 + delta) / sigma`, the coefficient
    /// its predecessors pull.
    var value: Double
}

/// Per-worker scratch memory for Brandes' algorithm, allocated once and reused per source.
///
/// Distances must be ``unreached`` between sources (each run resets only what it touched);
/// stale values of earlier sources need no reset: they are only read under an all-zero mask
/// until rewritten.
struct BrandesScratch {
    let nodes: UnsafeMutablePointer<BrandesNode>
    /// BFS queue, read backwards as the stack of the accumulation sweep. One spare slot,
    /// because the branch-free BFS writes every neighbour before knowing whether to keep it.
    let order: UnsafeMutablePointer<Int32>

    init(nodeCount n: Int) {
        nodes = .allocate(capacity: n)
        nodes.initialize(repeating: BrandesNode(distance: unreached, value: 0), count: n)
        order = .allocate(capacity: n + 1)
        order.initialize(repeating: 0, count: n + 1)
    }

    func deallocate() {
        nodes.deallocate()
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
/// (bit masks: x86 has no conditional move for doubles, so selects would become
/// unpredictable branches) and use two accumulators to overlap floating-point latency.
///
/// - Complexity: O(nodes + edges reached), no allocation.
@inline(__always)
func brandesSingleSource(
    _ source: Int32, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    scratch: BrandesScratch, centrality: UnsafeMutablePointer<Double>
) {
    let nodes = scratch.nodes
    let order = scratch.order
    nodes[Int(source)].distance = 0
    order[0] = source
    var head = 0
    var tail = 1
    // Forward: BFS in which each node, when dequeued, pulls its path count from its
    // neighbours one level up (all final by then) and labels the unreached ones.
    while head < tail {
        let v = Int(order[head])
        head += 1
        let level = nodes[v].distance
        let next = level + 1
        // After `min`, a neighbour's level is level - 1, level or level + 1, and
        // `(1 - (d - level)) >> 1` is 1 exactly for level - 1: a predecessor.
        @inline(__always) func visit(_ x: Int32) -> Double {
            let index = Int(x)
            let dx = nodes[index].distance
            let labelled = min(dx, next)
            nodes[index].distance = labelled
            order[tail] = x
            tail &+= dx > next ? 1 : 0
            let mask = 0 &- UInt64(UInt32(bitPattern: 1 &- (labelled &- level)) >> 1)
            return Double(bitPattern: nodes[index].value.bitPattern & mask)
        }
        var sumEven = 0.0
        var sumOdd = 0.0
        var slot = Int(offsets[v])
        let end = Int(offsets[v + 1])
        while slot + 1 < end {
            sumEven += visit(targets[slot])
            sumOdd += visit(targets[slot + 1])
            slot += 2
        }
        if slot < end { sumEven += visit(targets[slot]) }
        nodes[v].value = v == Int(source) ? 1 : sumEven + sumOdd
    }
    // Backward: deepest nodes first; order[0] is the source, which gets no credit.
    var position = tail - 1
    while position > 0 {
        let w = Int(order[position])
        position -= 1
        let level = nodes[w].distance
        // Every neighbour sits at level - 1, level or level + 1; the mask is all ones exactly
        // for level + 1 (successors, already finished, so their value is the coefficient).
        @inline(__always) func pull(_ x: Int32) -> Double {
            let node = nodes[Int(x)]
            let mask = 0 &- UInt64(UInt32(bitPattern: node.distance &- level &+ 1) >> 1)
            return Double(bitPattern: node.value.bitPattern & mask)
        }
        var sumEven = 0.0
        var sumOdd = 0.0
        var slot = Int(offsets[w])
        let end = Int(offsets[w + 1])
        while slot + 1 < end {
            sumEven += pull(targets[slot])
            sumOdd += pull(targets[slot + 1])
            slot += 2
        }
        if slot < end { sumEven += pull(targets[slot]) }
        let sum = sumEven + sumOdd
        let paths = nodes[w].value
        centrality[w] += paths * sum
        nodes[w].value = sum + 1 / paths
    }
    for i in 0 ..< tail { nodes[Int(order[i])].distance = unreached }
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
    ///   O(workers · nodes) extra memory (28 bytes per node per worker).
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
