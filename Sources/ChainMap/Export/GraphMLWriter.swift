/// GraphML (http://graphml.graphdrawing.org) with declared keys, as yEd, Gephi, Cytoscape, NetworkX and igraph read it.
///
/// One `<graph edgedefault="directed">`; nodes carry `kind`, `name`, `name_en`, `chains`, `segments`, `sources`,
/// `source`; edges carry `type`, `since`, `origin`, `sources`, `note`. Lists are `;`-separated strings. Empty
/// values are left out (GraphML readers then see the attribute as absent). Edge ids are `e0`, `e1`, … in
/// ``ExportGraph/edges`` order.
public enum GraphMLWriter: XMLGraphFormat {
    /// Streams `graph` as GraphML.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n* + *e*) time, O(1) extra memory.
    public static func write(_ graph: ExportGraph, to out: ByteWriter) throws {
        try writeStart(
            root: "graphml", namespace: "http://graphml.graphdrawing.org/xmlns",
            schema: "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd", to: out)
        try declare("node", nodeKeys, ExportGraph.Node.attributeNames, out)
        try declare("edge", edgeKeys, ExportGraph.Edge.attributeNames, out)
        try out.write("  <graph id=\"")
        try XMLText.write(graph.mapID, to: out)
        try out.write("\" edgedefault=\"directed\">\n")
        try writeNodes(of: graph, to: out)
        try writeEdges(of: graph, to: out)
        try out.write("  </graph>\n</graphml>\n")
    }

    /// `n_kind`, `n_name`, …: every node attribute is a value.
    static let nodeKeys: [String?] = ExportGraph.Node.attributeNames.map { "n_" + $0 }
    /// `e_type`, `e_since`, ….
    static let edgeKeys: [String?] = ExportGraph.Edge.attributeNames.map { "e_" + $0 }
    static let nodeMarkup = markup("node", nodeKeys)
    static let edgeMarkup = markup("edge", edgeKeys)

    static func writeTagAttributes(of node: ExportGraph.Node, to out: ByteWriter) throws {}
    static func writeTagAttributes(of edge: ExportGraph.Edge, to out: ByteWriter) throws {}

    /// Values as `<data key="KEY">VALUE</data>`.
    private static func markup(_ tag: String, _ keys: [String?]) -> XMLElementMarkup {
        XMLElementMarkup(tag: tag, indent: "    ", keys: keys, valueStart: { "<data key=\"\($0)\">" }, valueEnd: "</data>")
    }

    /// One `<key>` line per attribute of `element` (`node`, `edge`), all strings.
    private static func declare(_ element: String, _ keys: [String?], _ names: [String], _ out: ByteWriter) throws {
        for case let (key?, name) in zip(keys, names) {
            try out.write("  <key id=\"\(key)\" for=\"\(element)\" attr.name=\"\(name)\" attr.type=\"string\"/>\n")
        }
    }
}
