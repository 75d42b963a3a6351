/// Power iteration shared by the directed and undirected PageRank entry points.
///
/// Works on the *in*-adjacency so that each node's new score is one sum it owns (pull), in a
/// fixed order: deterministic and free of write conflicts.
///
/// - Parameters:
///   - inOffsets: per-node ranges into `inSources`/`inWeights`.
///   - inSources: the tail of each in-edge.
///   - inWeights: the weight of each in-edge (1 when unweighted).
///   - alpha: damping factor.
///   - tolerance: per-node tolerance; stop when the L1 change is below `n · tolerance`.
///   - maxIterations: the iteration budget.
/// - Returns: the scores, summing to 1.
/// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
/// - Complexity: O(iterations · (nodes + edges)).
func pageRankPowerIteration(
    inOffsets: [Int32], inSources: [Int32], inWeights: [Double],
    alpha: Double, tolerance: Double, maxIterations: Int
) throws(GraphError) -> [Double] {
    let n = inOffsets.count - 1
    guard n > 0 else { return [] }
    // Out-strength of every node = row sums of NetworkX's adjacency matrix.
    var strength = [Double](repeating: 0, count: n)
    for slot in inSources.indices { strength[Int(inSources[slot])] += inWeights[slot] }
    var factor = [Double](repeating: 0, count: inSources.count)
    for slot in inSources.indices {
        let s = strength[Int(inSources[slot])]
        factor[slot] = s != 0 ? inWeights[slot] / s : 0
    }
    // Zero out-strength: "dangling", its score is spread uniformly (NetworkX's default).
    let dangling = (0 ..< n).filter { strength[$0] == 0 }
    let uniform = 1 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0 ..< maxIterations {
        var danglingSum = 0.0
        for v in dangling { danglingSum += x[v] }
        let base = alpha * danglingSum * uniform + (1 - alpha) * uniform
        var change = 0.0
        for v in 0 ..< n {
            var sum = 0.0
            for slot in Int(inOffsets[v]) ..< Int(inOffsets[v + 1]) {
                sum += x[Int(inSources[slot])] * factor[slot]
            }
            next[v] = alpha * sum + base
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { return x }
    }
    throw .pageRankDidNotConverge(iterations: maxIterations)
}

extension Graph {
    /// PageRank of every node, following edge directions.
    ///
    /// Same iteration as NetworkX `pagerank(G, alpha, tol=tolerance, max_iter, weight)`:
    /// uniform start and teleport vectors, each node's out-edges weighted by `weight / out
    /// strength`, nodes without out-weight ("dangling") spread their score uniformly, and the
    /// iteration stops when the L1 change drops below `nodeCount · tolerance`. Parallel edges
    /// add up, as in a NetworkX `MultiDiGraph`.
    ///
    /// Reference: Page, Brin, Motwani & Winograd, "The PageRank citation ranking" (1999).
    /// - Parameters:
    ///   - alpha: damping factor (probability of following an edge).
    ///   - tolerance: convergence tolerance per node.
    ///   - maxIterations: iteration budget.
    ///   - weighted: use edge weights (NetworkX's default `weight="weight"`), or count edges.
    /// - Returns: one score per node, summing to 1.
    /// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
    /// - Complexity: O(iterations · (nodes + edges)).
    ///
    /// Example: `let rank = try graph.pageRank()`.
    public func pageRank(
        alpha: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100, weighted: Bool = true
    ) throws(GraphError) -> [Double] {
        let inWeights = weighted && isWeighted
            ? inEdges.map { out.weights[Int($0)] }
            : [Double](repeating: 1, count: inEdges.count)
        return try pageRankPowerIteration(
            inOffsets: inOffsets, inSources: inSources, inWeights: inWeights,
            alpha: alpha, tolerance: tolerance, maxIterations: maxIterations)
    }
}

extension UndirectedGraph {
    /// PageRank of every node, each edge followed both ways.
    ///
    /// As ``Graph/pageRank(alpha:tolerance:maxIterations:weighted:)``, and equal to NetworkX
    /// `pagerank` on the simple undirected graph.
    /// - Parameters:
    ///   - alpha: damping factor (probability of following an edge).
    ///   - tolerance: convergence tolerance per node.
    ///   - maxIterations: iteration budget.
    ///   - weighted: use edge weights (NetworkX's default), or count edges.
    /// - Returns: one score per node, summing to 1.
    /// - Throws: ``GraphError/pageRankDidNotConverge(iterations:)``.
    /// - Complexity: O(iterations · (nodes + edges)).
    public func pageRank(
        alpha: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100, weighted: Bool = true
    ) throws(GraphError) -> [Double] {
        let weights = weighted && isWeighted
            ? adjacency.weights
            : [Double](repeating: 1, count: adjacency.targets.count)
        // Symmetric storage: the in-edges of v are its neighbour list.
        return try pageRankPowerIteration(
            inOffsets: adjacency.offsets, inSources: adjacency.targets, inWeights: weights,
            alpha: alpha, tolerance: tolerance, maxIterations: maxIterations)
    }
}
