/// What the two XML graph exports, ``GraphMLWriter`` and ``GEXFWriter``, write alike: the XML declaration and a root
/// element naming its namespace and schema, then one line per node, `<node id="…"…>values</node>`, and per edge,
/// `<edge id="e…" source="…" target="…"…>values</edge>`, each value written under its declared key.
///
/// A format states only what differs: the markup of its node and edge lines, and the attributes its tags add.
protocol XMLGraphFormat {
    /// The fixed text of a node's line.
    static var nodeMarkup: XMLElementMarkup { get }
    /// The fixed text of an edge's line.
    static var edgeMarkup: XMLElementMarkup { get }

    /// Writes the attributes a node's start tag carries after its id.
    static func writeTagAttributes(of node: ExportGraph.Node, to out: ByteWriter) throws
    /// Writes the attributes an edge's start tag carries after its id, source and target.
    static func writeTagAttributes(of edge: ExportGraph.Edge, to out: ByteWriter) throws
}

extension XMLGraphFormat {
    /// Writes the XML declaration and the root's start tag with its namespace and where its schema is, on lines
    /// of their own.
    /// - Parameter attributes: more attributes of the root, each with its leading space.
    static func writeStart(root: String, namespace: String, schema: String, attributes: String = "", to out: ByteWriter) throws {
        try out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <\(root) xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(namespace) \(schema)"\(attributes)>

            """)
    }

    /// Writes every node of `graph`, a line each, in order.
    /// - Complexity: O(*n*) in the nodes and the length of their values.
    static func writeNodes(of graph: ExportGraph, to out: ByteWriter) throws {
        let markup = nodeMarkup
        for node in graph.nodes {
            try markup.write(node.attributeValues, to: out) {
                try XMLText.writeAttribute("id", node.id, to: out)
                try writeTagAttributes(of: node, to: out)
            }
        }
    }

    /// Writes every edge of `graph`, a line each, in order; edge *i* is `e`*i*.
    /// - Complexity: O(*e*) in the edges and the length of their values.
    static func writeEdges(of graph: ExportGraph, to out: ByteWriter) throws {
        let markup = edgeMarkup
        for edge in graph.edges {
            try markup.write(edge.attributeValues, to: out) {
                try out.write(" id=\"e\(edge.index)\"")
                try XMLText.writeAttribute("source", edge.from, to: out)
                try XMLText.writeAttribute("target", edge.to, to: out)
                try writeTagAttributes(of: edge, to: out)
            }
        }
    }
}

/// The fixed text of a node's or an edge's line in one format, built once so that a million lines only copy it:
/// the start tag's opening, the text around each value, the end tag.
struct XMLElementMarkup {
    /// The indented opening of the start tag (`    <node`).
    let start: String
    /// Per attribute (in ``ExportGraph/Node/attributeNames`` or ``ExportGraph/Edge/attributeNames`` order), what
    /// comes before its value (`<data key="n_kind">`); nil for one the format does not write as a value.
    let valueStarts: [String?]
    /// What comes after each value (`</data>`).
    let valueEnd: String
    /// Before the first value, where there is one.
    let valuesStart: String
    /// After the last value, where there is one.
    let valuesEnd: String
    /// The end tag and the line break.
    let end: String

    /// - Parameters:
    ///   - tag: `node` or `edge`.
    ///   - indent: the spaces before the start tag.
    ///   - keys: per attribute, the key its value is written under; nil for one not written as a value.
    ///   - valueStart: the text before a value, given its key.
    ///   - valueEnd: the text after a value.
    ///   - valuesStart: the text before the first value; `valuesEnd`: after the last.
    init(
        tag: String, indent: String, keys: [String?], valueStart: (String) -> String, valueEnd: String,
        valuesStart: String = "", valuesEnd: String = ""
    ) {
        start = indent + "<" + tag
        valueStarts = keys.map { $0.map(valueStart) }
        self.valueEnd = valueEnd
        self.valuesStart = valuesStart
        self.valuesEnd = valuesEnd
        end = "</" + tag + ">\n"
    }

    /// Writes one line: the start tag's opening, what `attributes` writes, `>`, the non-empty values that have a
    /// key, the end tag.
    /// - Parameter values: in the order of ``valueStarts``.
    func write(_ values: [String], to out: ByteWriter, attributes: () throws -> Void) throws {
        try out.write(start)
        try attributes()
        try out.write(">")
        var started = false
        for (valueStart, value) in zip(valueStarts, values) where !value.isEmpty {
            guard let valueStart else { continue }
            if !started { try out.write(valuesStart) }
            started = true
            try out.write(valueStart)
            try XMLText.write(value, to: out)
            try out.write(valueEnd)
        }
        if started { try out.write(valuesEnd) }
        try out.write(end)
    }
}
