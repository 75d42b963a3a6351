/// GraphML (http://graphml.graphdrawing.org) with declared keys, as yEd, Gephi, Cytoscape, NetworkX and igraph read it.
///
/// One `<graph edgedefault="directed">`; nodes carry `kind`, `name`, `name_en`, `chains`, `segments`, `sources`,
/// `source`; edges carry `type`, `since`, `origin`, `sources`, `note`. Lists are `;`-separated strings. Empty
/// values are left out (GraphML readers then see the attribute as absent). Edge ids are `e0`, `e1`, … in
/// ``ExportGraph/edges`` order.
public enum GraphMLWriter {

    /// Streams `graph` as GraphML.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n* + *e*) time, O(1) extra memory.
    public static func write(_ graph: ExportGraph, to out: ByteWriter) throws {
        try out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for key in ExportGraph.Node.attributeNames { try out.write("  <key id=\"n_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n") }
        for key in ExportGraph.Edge.attributeNames { try out.write("  <key id=\"e_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"string\"/>\n") }
        try out.write("  <graph id=\"")
        try XMLText.write(graph.mapID, to: out)
        try out.write("\" edgedefault=\"directed\">\n")
        for node in graph.nodes {
            try out.write("    <node")
            try XMLText.writeAttribute("id", node.id, to: out)
            try out.write(">")
            for (key, value) in zip(ExportGraph.Node.attributeNames, node.attributeValues) { try data("n_\(key)", value, out) }
            try out.write("</node>\n")
        }
        for edge in graph.edges {
            try out.write("    <edge id=\"e\(edge.index)\"")
            try XMLText.writeAttribute("source", edge.from, to: out)
            try XMLText.writeAttribute("target", edge.to, to: out)
            try out.write(">")
            for (key, value) in zip(ExportGraph.Edge.attributeNames, edge.attributeValues) { try data("e_\(key)", value, out) }
            try out.write("</edge>\n")
        }
        try out.write("  </graph>\n</graphml>\n")
    }

    private static func data(_ key: String, _ value: String, _ out: ByteWriter) throws {
        guard !value.isEmpty else { return }
        try out.write("<data key=\"\(key)\">")
        try XMLText.write(value, to: out)
        try out.write("</data>")
    }
}
