/// What the two XML graph exports, ``GraphMLWriter`` and ``GEXFWriter``, write alike: the XML declaration and a root
/// element naming its namespace and schema, then one line per node, `<node id="…"…>values</node>`, and per edge,
/// `<edge id="e…" source="…" target="…"…>values</edge>`, each value written under its declared key.
///
/// A format states only what differs: the indentation, the attributes its tags add, the keys, and the markup around
/// the values.
protocol XMLGraphFormat {
    /// The spaces before each `<node` and `<edge`.
    static var indent: String { get }
    /// Per node attribute (``ExportGraph/Node/attributeNames`` order), the key its value is written under; nil for
    /// one the format writes otherwise.
    static var nodeKeys: [String?] { get }
    /// Per edge attribute (``ExportGraph/Edge/attributeNames`` order), the key its value is written under.
    static var edgeKeys: [String?] { get }
    /// The markup around a node's or edge's values.
    static var valueMarkup: XMLValueMarkup { get }

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
        for node in graph.nodes {
            try writeElement("node", node.attributeValues, keys: nodeKeys, to: out) {
                try XMLText.writeAttribute("id", node.id, to: out)
                try writeTagAttributes(of: node, to: out)
            }
        }
    }

    /// Writes every edge of `graph`, a line each, in order; edge *i* is `e`*i*.
    /// - Complexity: O(*e*) in the edges and the length of their values.
    static func writeEdges(of graph: ExportGraph, to out: ByteWriter) throws {
        for edge in graph.edges {
            try writeElement("edge", edge.attributeValues, keys: edgeKeys, to: out) {
                try out.write(" id=\"e\(edge.index)\"")
                try XMLText.writeAttribute("source", edge.from, to: out)
                try XMLText.writeAttribute("target", edge.to, to: out)
                try writeTagAttributes(of: edge, to: out)
            }
        }
    }

    /// `<tag` + what `attributes` writes + `>` + the non-empty values that have keys + `</tag>`, on a line.
    private static func writeElement(
        _ tag: String, _ values: [String], keys: [String?], to out: ByteWriter, attributes: () throws -> Void
    ) throws {
        try out.write(indent)
        try out.write("<")
        try out.write(tag)
        try attributes()
        try out.write(">")
        let markup = valueMarkup
        var started = false
        for (key, value) in zip(keys, values) where !value.isEmpty {
            guard let key else { continue }
            if !started { try out.write(markup.before) }
            started = true
            try out.write(markup.keyStart)
            try out.write(key)
            try out.write(markup.keyEnd)
            try XMLText.write(value, to: out)
            try out.write(markup.valueEnd)
        }
        if started { try out.write(markup.after) }
        try out.write("</")
        try out.write(tag)
        try out.write(">\n")
    }
}

/// The markup around a node's or edge's values: ``before``, then per value ``keyStart``, its key, ``keyEnd``, the
/// value escaped, ``valueEnd``; then ``after``. Neither ``before`` nor ``after`` where there are no values.
struct XMLValueMarkup {
    /// Before the first value.
    let before: String
    /// Before a value's key.
    let keyStart: String
    /// Between the key and the value.
    let keyEnd: String
    /// After the value.
    let valueEnd: String
    /// After the last value.
    let after: String
}
