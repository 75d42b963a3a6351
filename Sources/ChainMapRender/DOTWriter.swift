/// Writing a graph as DOT text; the escaping rules are at the top of DOTValue.swift.
extension DOTGraph {
    /// The DOT text: two-space indentation, one statement per line, ending
    /// in a newline. Equal graphs give identical text.
    ///
    /// - Complexity: O(size of the output), plus sorting each attribute set.
    public func render() -> String {
        var writer = DOTTextWriter(edgeOperator: directed ? " -> " : " -- ")
        var header = (strict ? "strict " : "") + (directed ? "digraph" : "graph")
        if !name.isEmpty { header += " " + DOTValue.quoted(name) }
        writer.line(0, header + " {")
        writer.body(
            depth: 1, graphAttributes: graphAttributes, nodeDefaults: nodeDefaults,
            edgeDefaults: edgeDefaults, subgraphs: subgraphs, nodes: nodes, edges: edges)
        writer.line(0, "}")
        return writer.text
    }
}

/// Accumulates DOT text; shared by the root graph and its subgraphs.
private struct DOTTextWriter {
    let edgeOperator: String
    var text = ""

    mutating func line(_ depth: Int, _ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func body(
        depth: Int, graphAttributes: DOTAttributes, nodeDefaults: DOTAttributes,
        edgeDefaults: DOTAttributes, subgraphs: [DOTSubgraph], nodes: [DOTNode], edges: [DOTEdge]
    ) {
        if !graphAttributes.isEmpty { line(depth, "graph" + graphAttributes.dotList + ";") }
        if !nodeDefaults.isEmpty { line(depth, "node" + nodeDefaults.dotList + ";") }
        if !edgeDefaults.isEmpty { line(depth, "edge" + edgeDefaults.dotList + ";") }
        for subgraph in subgraphs {
            line(depth, "subgraph " + DOTValue.quoted(subgraph.id) + " {")
            body(
                depth: depth + 1, graphAttributes: subgraph.graphAttributes,
                nodeDefaults: subgraph.nodeDefaults, edgeDefaults: subgraph.edgeDefaults,
                subgraphs: subgraph.subgraphs, nodes: subgraph.nodes, edges: subgraph.edges)
            line(depth, "}")
        }
        for node in nodes {
            line(depth, DOTValue.quoted(node.id) + node.attributes.dotList + ";")
        }
        for edge in edges {
            line(depth, DOTValue.quoted(edge.from) + edgeOperator + DOTValue.quoted(edge.to) + edge.attributes.dotList + ";")
        }
    }
}
