/// GEXF 1.3 (https://gexf.net), as Gephi reads it, valid against the 1.3 schema.
///
/// A directed, dynamic graph with `timeformat="date"`: an edge whose tie has a `since` starts on that date's first
/// day (`2021` → `2021-01-01`), so Gephi's timeline plays the map's growth; ties without one exist throughout.
/// Parallel ties of different types between the same records are told apart by the edge's `kind` (its type).
/// Node attributes (ids 0–5): kind, name_en, chains, segments, sources, source; the name is the node's `label`.
/// Edge attributes (ids 0–4): type, since, origin, sources, note. Empty values are left out.
public enum GEXFWriter {
    static let nodeAttributes = ExportGraph.Node.attributeNames.filter { $0 != "name" }
    static let edgeAttributes = ExportGraph.Edge.attributeNames

    /// Streams `graph` as GEXF 1.3.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n* + *e*) time, O(1) extra memory.
    public static func write(_ graph: ExportGraph, to out: ByteWriter) throws {
        try out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta lastmodifieddate="\(graph.asOf.firstDay)">
                <creator>chainmap</creator>
                <description>
            """)
        try XMLText.write("\(graph.mapName) (\(graph.mapID)), as of \(graph.asOf)", to: out)
        try out.write("</description>\n  </meta>\n")
        try out.write("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n")
        try declare("node", nodeAttributes, out)
        try declare("edge", edgeAttributes, out)
        try out.write("    <nodes count=\"\(graph.nodes.count)\">\n")
        for node in graph.nodes {
            try out.write("      <node")
            try XMLText.writeAttribute("id", node.id, to: out)
            try XMLText.writeAttribute("label", node.name, to: out)
            try out.write(">")
            // The name is the label, not an attribute value.
            try values(zip(ExportGraph.Node.attributeNames, node.attributeValues).filter { $0.0 != "name" }.map(\.1), out)
            try out.write("</node>\n")
        }
        try out.write("    </nodes>\n    <edges count=\"\(graph.edges.count)\">\n")
        for edge in graph.edges {
            try out.write("      <edge id=\"e\(edge.index)\"")
            try XMLText.writeAttribute("source", edge.from, to: out)
            try XMLText.writeAttribute("target", edge.to, to: out)
            try out.write(" kind=\"\(edge.type.rawValue)\" label=\"\(edge.type.rawValue)\"")
            if let since = edge.since { try out.write(" start=\"\(since.firstDay)\"") }
            try out.write(">")
            try values(edge.attributeValues, out)
            try out.write("</edge>\n")
        }
        try out.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    private static func declare(_ kind: String, _ titles: [String], _ out: ByteWriter) throws {
        try out.write("    <attributes class=\"\(kind)\" mode=\"static\">\n")
        for (id, title) in titles.enumerated() {
            try out.write("      <attribute id=\"\(id)\" title=\"\(title)\" type=\"string\"/>\n")
        }
        try out.write("    </attributes>\n")
    }

    private static func values(_ values: [String], _ out: ByteWriter) throws {
        guard values.contains(where: { !$0.isEmpty }) else { return }
        try out.write("<attvalues>")
        for (id, value) in values.enumerated() where !value.isEmpty {
            try out.write("<attvalue for=\"\(id)\" value=\"")
            try XMLText.write(value, to: out)
            try out.write("\"/>")
        }
        try out.write("</attvalues>")
    }
}
