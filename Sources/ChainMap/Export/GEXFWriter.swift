/// GEXF 1.3 (https://gexf.net), as Gephi reads it, valid against the 1.3 schema.
///
/// A directed, dynamic graph with `timeformat="date"`: an edge whose tie has a `since` starts on that date's first
/// day (`2021` → `2021-01-01`), so Gephi's timeline plays the map's growth; ties without one exist throughout.
/// Parallel ties of different types between the same records are told apart by the edge's `kind` (its type).
/// Node attributes (ids 0–5): kind, name_en, chains, segments, sources, source; the name is the node's `label`.
/// Edge attributes (ids 0–4): type, since, origin, sources, note. Empty values are left out.
public enum GEXFWriter: XMLGraphFormat {
    /// Streams `graph` as GEXF 1.3.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n* + *e*) time, O(1) extra memory.
    public static func write(_ graph: ExportGraph, to out: ByteWriter) throws {
        try writeStart(
            root: "gexf", namespace: "http://gexf.net/1.3", schema: "http://gexf.net/1.3/gexf.xsd",
            attributes: " version=\"1.3\"", to: out)
        try out.write("""
              <meta lastmodifieddate="\(graph.asOf.firstDay)">
                <creator>chainmap</creator>
                <description>
            """)
        try XMLText.write("\(graph.mapName) (\(graph.mapID)), as of \(graph.asOf)", to: out)
        try out.write("</description>\n  </meta>\n")
        try out.write("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n")
        try declare("node", nodeKeys, ExportGraph.Node.attributeNames, out)
        try declare("edge", edgeKeys, ExportGraph.Edge.attributeNames, out)
        try out.write("    <nodes count=\"\(graph.nodes.count)\">\n")
        try writeNodes(of: graph, to: out)
        try out.write("    </nodes>\n    <edges count=\"\(graph.edges.count)\">\n")
        try writeEdges(of: graph, to: out)
        try out.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// `0`, `1`, … in order, skipping the name: it is the node's label, not an attribute value.
    static let nodeKeys = numbered(ExportGraph.Node.attributeNames, except: "name")
    /// `0`, `1`, … in order.
    static let edgeKeys = numbered(ExportGraph.Edge.attributeNames)
    static let nodeMarkup = markup("node", nodeKeys)
    static let edgeMarkup = markup("edge", edgeKeys)

    static func writeTagAttributes(of node: ExportGraph.Node, to out: ByteWriter) throws {
        try XMLText.writeAttribute("label", node.name, to: out)
    }

    static func writeTagAttributes(of edge: ExportGraph.Edge, to out: ByteWriter) throws {
        try out.write(" kind=\"\(edge.type.rawValue)\" label=\"\(edge.type.rawValue)\"")
        if let since = edge.since { try out.write(" start=\"\(since.firstDay)\"") }
    }

    /// Values as `<attvalues><attvalue for="KEY" value="VALUE"/>…</attvalues>`.
    private static func markup(_ tag: String, _ keys: [String?]) -> XMLElementMarkup {
        XMLElementMarkup(
            tag: tag, indent: "      ", keys: keys, valueStart: { "<attvalue for=\"\($0)\" value=\"" }, valueEnd: "\"/>",
            valuesStart: "<attvalues>", valuesEnd: "</attvalues>")
    }

    /// The keys `0`, `1`, … of `names` in order, nil for `skipped`.
    private static func numbered(_ names: [String], except skipped: String? = nil) -> [String?] {
        var next = 0
        return names.map { name in
            guard name != skipped else { return nil }
            defer { next += 1 }
            return String(next)
        }
    }

    /// The `<attributes>` block of `element` (`node`, `edge`): its keyed attributes, all strings.
    private static func declare(_ element: String, _ keys: [String?], _ names: [String], _ out: ByteWriter) throws {
        try out.write("    <attributes class=\"\(element)\" mode=\"static\">\n")
        for case let (key?, name) in zip(keys, names) {
            try out.write("      <attribute id=\"\(key)\" title=\"\(name)\" type=\"string\"/>\n")
        }
        try out.write("    </attributes>\n")
    }
}
