/// Node-link JSON exactly as `networkx.node_link_graph(data, edges="edges")` reads it (NetworkX ≥ 3.4 key names):
/// `{"directed": true, "multigraph": true, "graph": {…}, "nodes": [{"id", …}], "edges": [{"source", "target", "key", …}]}`.
///
/// A multigraph because two records may be tied by more than one type (an enterprise that both supplies and
/// cooperates with another); each edge's `key` is its id `e<index>`. Node fields: id, kind, name, name_en,
/// chains, segments, sources (lists as arrays), source. Edge fields: type, since (when known), origin, sources, note.
/// One node or edge per line, so the file diffs well.
public enum NodeLinkWriter {
    /// Streams `graph` as node-link JSON.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n* + *e*) time, O(1) extra memory.
    public static func write(_ graph: ExportGraph, to out: ByteWriter) throws {
        try out.write("{\"directed\": true, \"multigraph\": true, \"graph\": {")
        try JSONText.members([("id", graph.mapID), ("name", graph.mapName), ("as_of", graph.asOf.description)], first: true, to: out)
        try out.write("},\n\"nodes\": [\n")
        for (offset, node) in graph.nodes.enumerated() {
            try out.write(offset == 0 ? "{" : ",\n{")
            try MapJSONWriter.nodeMembers(node, to: out)
            try out.write("}")
        }
        try out.write("\n],\n\"edges\": [\n")
        for (offset, edge) in graph.edges.enumerated() {
            try out.write(offset == 0 ? "{" : ",\n{")
            try JSONText.members([("source", edge.from), ("target", edge.to), ("key", "e\(edge.index)")], first: true, to: out)
            try MapJSONWriter.edgeMembers(edge, to: out)
            try out.write("}")
        }
        try out.write("\n]}\n")
    }
}
