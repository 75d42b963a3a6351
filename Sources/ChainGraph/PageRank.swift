/// When PageRank's power iteration stops.
///
/// Each step of the iteration shrinks the distance to the fixed point by at least the damping factor α (the
/// Google matrix is an α-contraction), so once no score moves by more than `t` of itself in one step, what is
/// left is about α / (1 − α) · t of it (5.7 · t at α = 0.85) when the error shrinks at that rate.
public enum PageRankStop: Hashable, Sendable {
    /// Stop once every node's score changed by at most `tolerance` times its new value in the last step:
    /// |x′ᵥ − xᵥ| ≤ tolerance · x′ᵥ for every v. Independent of the graph's size, unlike NetworkX's rule.
    case relativeChange(Double)
    /// NetworkX's rule (`pagerank(tol=tolerance)`): stop once Σᵥ |x′ᵥ − xᵥ| < nodeCount · tolerance. With NetworkX's
    /// default 1e-6, scores on a 100k-node graph can still be off by about 1 % of their value.
    case networkX(tolerance: Double)

    /// The default: every score within 1e-9 of itself per step, so within about 6e-9 relative of the converged
    /// PageRank (checked against NetworkX at `tol=1e-12` and igraph's exact PRPACK solve to ≤ 1e-6 relative).
    public static let converged = PageRankStop.relativeChange(1e-9)
}

/// Node blocks of this size are the unit of work and of the partial sums, so results do not depend on the
/// number of workers.
private let pageRankBlock = 4096

/// Threads worth starting for a step over `edges` adjacency entries: below 200,000 a step takes well under a
/// millisecond and waking workers would cost more than it saves.
func pageRankWorkers(edges: Int) -> Int { edges < 200_000 ? 1 : defaultWorkerCount() }

/// Power iteration shared by the directed and undirected PageRank entry points.
///
/// Works on the *in*-adjacency so that each node's new score is one sum it owns (pull), in a fixed order:
/// deterministic and free of write conflicts. Each step first divides every score by its node's out-strength
/// (n operations), so the inner loop reads one `Int32` index and one score per in-edge (and a weight only when
/// weighted). Blocks of nodes run on `workers` threads; per-block partial sums are combined in block order.
///
/// - Parameters:
///   - inOffsets: per-node ranges into `inSources`/`inWeights`.
///   - inSources: the tail of each in-edge.
///   - inWeights: the weight of each in-edge, or `nil` when every weight is 1.
///   - alpha: damping factor.
///   - stop: the stopping rule.
///   - maxIterations: the iteration budget.
///   - workers: threads.
/// - Returns: the scores, summing to 1.
/// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
/// - Complexity: O(iterations · (nodes + edges)).
func pageRankPowerIteration(
    inOffsets: [Int32], inSources: [Int32], inWeights: [Double]?,
    alpha: Double, stop: PageRankStop, maxIterations: Int, workers: Int
) throws(GraphError) -> [Double] {
    let n = inOffsets.count - 1
    guard n > 0 else { return [] }
    // Out-strength of every node = row sums of NetworkX's adjacency matrix.
    var strength = [Double](repeating: 0, count: n)
    if let inWeights {
        for slot in inSources.indices { strength[Int(inSources[slot])] += inWeights[slot] }
    } else {
        for source in inSources { strength[Int(source)] += 1 }
    }
    // Zero out-strength: "dangling", its score is spread uniformly (NetworkX's default).
    let inverse = strength.map { $0 != 0 ? 1 / $0 : 0 }
    let isDangling = strength.map { $0 == 0 }
    let uniform = 1 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    // y = x / strength, the share each node sends along one unit of out-weight.
    var y = zip(x, inverse).map { $0 * $1 }
    var danglingSum = 0.0
    for v in 0 ..< n where isDangling[v] { danglingSum += x[v] }
    let blocks = (n + pageRankBlock - 1) / pageRankBlock
    let threads = max(1, min(workers, blocks))
    // Per block: L1 change, dangling mass, and whether some node moved more than the relative tolerance.
    var blockChange = [Double](repeating: 0, count: blocks)
    var blockDangling = [Double](repeating: 0, count: blocks)
    var blockUnsettled = [Bool](repeating: false, count: blocks)
    let relative: Double
    switch stop {
    case .relativeChange(let tolerance): relative = tolerance
    case .networkX: relative = .infinity
    }
    for _ in 0 ..< maxIterations {
        let base = alpha * danglingSum * uniform + (1 - alpha) * uniform
        inOffsets.withUnsafeBufferPointer { offsets in
        inSources.withUnsafeBufferPointer { sources in
        x.withUnsafeBufferPointer { current in
        y.withUnsafeMutableBufferPointer { share in
        next.withUnsafeMutableBufferPointer { nextScores in
        inverse.withUnsafeBufferPointer { inverse in
        isDangling.withUnsafeBufferPointer { isDangling in
        blockChange.withUnsafeMutableBufferPointer { blockChange in
        blockDangling.withUnsafeMutableBufferPointer { blockDangling in
        blockUnsettled.withUnsafeMutableBufferPointer { blockUnsettled in
            let shared = PageRankBuffers(
                offsets: offsets, sources: sources, weights: nil, current: current, share: UnsafeBufferPointer(share),
                next: nextScores, inverse: inverse, isDangling: isDangling, blockChange: blockChange,
                blockDangling: blockDangling, blockUnsettled: blockUnsettled)
            func run(_ buffers: PageRankBuffers) {
                forEachWorker(threads) { worker in
                    var block = worker
                    while block < blocks {
                        buffers.step(block: block, alpha: alpha, base: base, relative: relative)
                        block += threads
                    }
                }
            }
            if let inWeights {
                inWeights.withUnsafeBufferPointer { weights in
                    var withWeights = shared
                    withWeights.weights = weights
                    run(withWeights)
                }
            } else {
                run(shared)
            }
        }}}}}}}}}}
        var change = 0.0
        var unsettled = false
        danglingSum = 0
        for block in 0 ..< blocks {
            change += blockChange[block]
            danglingSum += blockDangling[block]
            unsettled = unsettled || blockUnsettled[block]
        }
        swap(&x, &next)
        // The next step's shares, from the new scores.
        for v in 0 ..< n { y[v] = x[v] * inverse[v] }
        switch stop {
        case .relativeChange: if !unsettled { return x }
        case .networkX(let tolerance): if change < Double(n) * tolerance { return x }
        }
    }
    throw .pageRankDidNotConverge(iterations: maxIterations)
}

/// The buffers of one PageRank step, shareable with worker threads: each block writes only its own nodes' new
/// scores and its own partial-sum slots, and reads what no one writes during the step.
private struct PageRankBuffers: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int32>
    let sources: UnsafeBufferPointer<Int32>
    var weights: UnsafeBufferPointer<Double>?
    let current: UnsafeBufferPointer<Double>
    let share: UnsafeBufferPointer<Double>
    let next: UnsafeMutableBufferPointer<Double>
    let inverse: UnsafeBufferPointer<Double>
    let isDangling: UnsafeBufferPointer<Bool>
    let blockChange: UnsafeMutableBufferPointer<Double>
    let blockDangling: UnsafeMutableBufferPointer<Double>
    let blockUnsettled: UnsafeMutableBufferPointer<Bool>

    /// New scores of one block of nodes, with its L1 change, dangling mass and settledness.
    func step(block: Int, alpha: Double, base: Double, relative: Double) {
        let start = block * pageRankBlock
        let end = min(current.count, start + pageRankBlock)
        var change = 0.0, dangling = 0.0
        var unsettled = false
        for v in start ..< end {
            var sum = 0.0
            let range = Int(offsets[v]) ..< Int(offsets[v + 1])
            if let weights {
                for slot in range { sum += share[Int(sources[slot])] * weights[slot] }
            } else {
                for slot in range { sum += share[Int(sources[slot])] }
            }
            let value = alpha * sum + base
            next[v] = value
            let moved = abs(value - current[v])
            change += moved
            unsettled = unsettled || moved > relative * value
            if isDangling[v] { dangling += value }
        }
        blockChange[block] = change
        blockDangling[block] = dangling
        blockUnsettled[block] = unsettled
    }
}

extension Graph {
    /// PageRank of every node, following edge directions.
    ///
    /// The iteration of NetworkX `pagerank(G, alpha, max_iter, weight)`: uniform start and teleport vectors,
    /// each node's out-edges weighted by `weight / out strength`, nodes without out-weight ("dangling") spread
    /// their score uniformly. Parallel edges add up, as in a NetworkX `MultiDiGraph`. It runs until `stop`
    /// holds: by default until the scores have converged (within about 6e-9 relative, see ``PageRankStop``);
    /// `.networkX(tolerance: 1e-6)` stops where NetworkX's default does.
    ///
    /// Reference: Page, Brin, Motwani & Winograd, "The PageRank citation ranking" (1999).
    /// - Parameters:
    ///   - alpha: damping factor (probability of following an edge).
    ///   - stop: the stopping rule.
    ///   - maxIterations: iteration budget.
    ///   - weighted: use edge weights (NetworkX's default `weight="weight"`), or count edges.
    ///   - workers: threads (default: every core from 200,000 adjacency entries on, else 1); the result does not
    ///     depend on it.
    /// - Returns: one score per node, summing to 1.
    /// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
    /// - Complexity: O(iterations · (nodes + edges)).
    ///
    /// Example: `let rank = try graph.pageRank()`.
    public func pageRank(
        alpha: Double = 0.85, stop: PageRankStop = .converged, maxIterations: Int = 1000, weighted: Bool = true,
        workers: Int? = nil
    ) throws(GraphError) -> [Double] {
        let inWeights = weighted && isWeighted ? inEdges.map { out.weights[Int($0)] } : nil
        return try pageRankPowerIteration(
            inOffsets: inOffsets, inSources: inSources, inWeights: inWeights,
            alpha: alpha, stop: stop, maxIterations: maxIterations, workers: workers ?? pageRankWorkers(edges: inSources.count))
    }

    /// PageRank with NetworkX's stopping rule: `pagerank(G, alpha, tol=tolerance, max_iter=maxIterations)`.
    /// - Parameters:
    ///   - alpha: damping factor.
    ///   - tolerance: NetworkX's `tol`: stop once the L1 change is below `nodeCount · tolerance`.
    ///   - maxIterations: iteration budget (NetworkX's default 100).
    ///   - weighted: use edge weights, or count edges.
    /// - Returns: one score per node, summing to 1.
    /// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
    /// - Complexity: O(iterations · (nodes + edges)).
    public func pageRank(alpha: Double = 0.85, tolerance: Double, maxIterations: Int = 100, weighted: Bool = true)
        throws(GraphError) -> [Double] {
        try pageRank(alpha: alpha, stop: .networkX(tolerance: tolerance), maxIterations: maxIterations, weighted: weighted)
    }
}

extension UndirectedGraph {
    /// PageRank of every node, each edge followed both ways.
    ///
    /// As ``Graph/pageRank(alpha:stop:maxIterations:weighted:workers:)``, and equal to NetworkX `pagerank` on
    /// the simple undirected graph (to within the stopping rule's accuracy).
    /// - Parameters:
    ///   - alpha: damping factor (probability of following an edge).
    ///   - stop: the stopping rule.
    ///   - maxIterations: iteration budget.
    ///   - weighted: use edge weights (NetworkX's default), or count edges.
    ///   - workers: threads (default: every core from 200,000 adjacency entries on, else 1); the result does not
    ///     depend on it.
    /// - Returns: one score per node, summing to 1.
    /// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
    /// - Complexity: O(iterations · (nodes + edges)).
    public func pageRank(
        alpha: Double = 0.85, stop: PageRankStop = .converged, maxIterations: Int = 1000, weighted: Bool = true,
        workers: Int? = nil
    ) throws(GraphError) -> [Double] {
        // Symmetric storage: the in-edges of v are its neighbour list.
        try pageRankPowerIteration(
            inOffsets: adjacency.offsets, inSources: adjacency.targets,
            inWeights: weighted && isWeighted ? adjacency.weights : nil,
            alpha: alpha, stop: stop, maxIterations: maxIterations, workers: workers ?? pageRankWorkers(edges: adjacency.targets.count))
    }

    /// PageRank with NetworkX's stopping rule: `pagerank(G, alpha, tol=tolerance, max_iter=maxIterations)`.
    /// - Parameters:
    ///   - alpha: damping factor.
    ///   - tolerance: NetworkX's `tol`: stop once the L1 change is below `nodeCount · tolerance`.
    ///   - maxIterations: iteration budget (NetworkX's default 100).
    ///   - weighted: use edge weights, or count edges.
    /// - Returns: one score per node, summing to 1.
    /// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
    /// - Complexity: O(iterations · (nodes + edges)).
    public func pageRank(alpha: Double = 0.85, tolerance: Double, maxIterations: Int = 100, weighted: Bool = true)
        throws(GraphError) -> [Double] {
        try pageRank(alpha: alpha, stop: .networkX(tolerance: tolerance), maxIterations: maxIterations, weighted: weighted)
    }
}
