extension UndirectedGraph {
    /// The number of neighbours of `node`.
    /// - Complexity: O(1).
    public func degree(of node: NodeIndex) -> Int { adjacency.range(of: node.int).count }

    /// The degree of every node.
    ///
    /// Reference: NetworkX `G.degree()` on the simple graph (no self-loops here).
    /// - Returns: one degree per node, by index.
    /// - Complexity: O(nodes).
    public func degrees() -> [Int] {
        (0 ..< nodeCount).map { adjacency.range(of: $0).count }
    }

    /// The sum of edge weights at every node ("strength").
    ///
    /// Reference: NetworkX `G.degree(weight="weight")`.
    /// - Returns: one weighted degree per node, by index.
    /// - Complexity: O(nodes + edges).
    public func weightedDegrees() -> [Double] {
        (0 ..< nodeCount).map { v in
            adjacency.weights.isEmpty
                ? Double(adjacency.range(of: v).count)
                : adjacency.range(of: v).reduce(0) { $0 + adjacency.weights[$1] }
        }
    }

    /// Degree centrality: degree divided by `nodeCount - 1`.
    ///
    /// Reference: NetworkX `degree_centrality(G)` (which gives 1 to the node of a 1-node graph).
    /// - Returns: one value per node, by index.
    /// - Complexity: O(nodes).
    public func degreeCentrality() -> [Double] {
        guard nodeCount > 1 else { return [Double](repeating: 1, count: nodeCount) }
        let scale = 1 / Double(nodeCount - 1)
        return degrees().map { Double($0) * scale }
    }
}

extension Graph {
    /// The out-degree of every node (parallel edges and self-loops count).
    ///
    /// Reference: NetworkX `G.out_degree()` on a `MultiDiGraph`.
    /// - Complexity: O(nodes).
    public func outDegrees() -> [Int] { (0 ..< nodeCount).map { out.range(of: $0).count } }

    /// The in-degree of every node (parallel edges and self-loops count).
    ///
    /// Reference: NetworkX `G.in_degree()` on a `MultiDiGraph`.
    /// - Complexity: O(nodes).
    public func inDegrees() -> [Int] { (0 ..< nodeCount).map { Int(inOffsets[$0 + 1] - inOffsets[$0]) } }
}
