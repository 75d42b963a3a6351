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
        writer.body(depth: 1, body)
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

    /// Writes the statements of `graph` (the root's or a subgraph's) at `depth`; its id is the caller's.
    mutating func body(depth: Int, _ graph: DOTSubgraph) {
        if !graph.graphAttributes.isEmpty { line(depth, "graph" + graph.graphAttributes.dotList + ";") }
        if !graph.nodeDefaults.isEmpty { line(depth, "node" + graph.nodeDefaults.dotList + ";") }
        if !graph.edgeDefaults.isEmpty { line(depth, "edge" + graph.edgeDefaults.dotList + ";") }
        for subgraph in graph.subgraphs {
            line(depth, "subgraph " + DOTValue.quoted(subgraph.id) + " {")
            body(depth: depth + 1, subgraph)
            line(depth, "}")
        }
        for node in graph.nodes {
            line(depth, DOTValue.quoted(node.id) + node.attributes.dotList + ";")
        }
        for edge in graph.edges {
            line(depth, DOTValue.quoted(edge.from) + edgeOperator + DOTValue.quoted(edge.to) + edge.attributes.dotList + ";")
        }
    }
}
