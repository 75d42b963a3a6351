extension Graph {
    /// The subgraph induced by some node kinds and restricted to some edge types.
    ///
    /// Nodes whose kind is not in `nodeKinds` are removed together with their edges; edges
    /// whose type is not in `edgeTypes` are removed. The remaining nodes keep their ids and
    /// kinds and their relative order, but are **renumbered** densely: translate through
    /// ``id(of:)`` / ``index(of:)``. Mirrors NetworkX's `G.subgraph(nodes).edge_subgraph(...)`
    /// followed by relabelling to integers.
    ///
    /// - Parameters:
    ///   - nodeKinds: the node kinds to keep, or `nil` to keep every node.
    ///   - edgeTypes: the edge types to keep, or `nil` to keep every edge between kept nodes.
    /// - Returns: a new graph sharing nothing mutable with this one.
    /// - Complexity: O(nodes + edges); the out-edge order is preserved, so no sort is needed.
    ///
    /// Example:
    /// ```swift
    /// let supplyOnly = graph.filtered(nodeKinds: nil, edgeTypes: [supplies])
    /// ```
    public func filtered(nodeKinds: Set<NodeTag>?, edgeTypes: Set<EdgeType>?) -> Graph {
        let n = nodeCount
        var keepType = [Bool](repeating: edgeTypes == nil, count: 256)
        for type in edgeTypes ?? [] { keepType[Int(type.rawValue)] = true }
        var newIndex = [Int32](repeating: -1, count: n)
        var table = NodeTable()
        for v in 0 ..< n where nodeKinds?.contains(nodes.kinds[v]) ?? true {
            newIndex[v] = table.add(id: nodes.ids[v], kind: nodes.kinds[v])
        }
        var offsets = [Int32](repeating: 0, count: table.count + 1)
        var targets: [Int32] = []
        var types: [UInt8] = []
        var weights: [Double] = []
        for v in 0 ..< n where newIndex[v] >= 0 {
            var kept: Int32 = 0
            for e in out.range(of: v) {
                let t = newIndex[Int(out.targets[e])]
                guard t >= 0, keepType[Int(self.edgeTypes[e])] else { continue }
                targets.append(t)
                types.append(self.edgeTypes[e])
                if isWeighted { weights.append(out.weights[e]) }
                kept += 1
            }
            offsets[Int(newIndex[v]) + 1] = kept
        }
        for i in 0 ..< table.count { offsets[i + 1] += offsets[i] }
        if weights.allSatisfy({ $0 == 1 }) { weights = [] }
        return Graph(nodes: table, out: CSR(offsets: offsets, targets: targets, weights: weights), edgeTypes: types)
    }
}
