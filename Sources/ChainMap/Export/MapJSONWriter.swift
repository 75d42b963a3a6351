/// chainmap's own JSON of the whole map (`export --format json`, schema `chainmap/export@1`, see docs/json.md):
/// `{"schema", "map": {"id", "name", "as_of"}, "nodes": [{"id", "kind", "name", "name_en", "chains", "segments",
/// "sources", "source"}], "edges": [{"id", "from", "to", "type", "since"?, "origin", "sources", "note"}]}`.
///
/// The same records and ties as ``NodeLinkWriter`` in chainmap's key names; one node or edge per line.
public enum MapJSONWriter {
    /// The schema tag the document carries.
    public static let schema = "chainmap/export@1"

    /// Streams `graph` as chainmap JSON.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n* + *e*) time, O(1) extra memory.
    public static func write(_ graph: ExportGraph, to out: ByteWriter) throws {
        try out.write("{")
        try JSONText.members([("schema", schema)], first: true, to: out)
        try out.write(",\n\"map\": {")
        try JSONText.members([("id", graph.mapID), ("name", graph.mapName), ("as_of", graph.asOf.description)], first: true, to: out)
        try out.write("},\n\"nodes\": [\n")
        for (offset, node) in graph.nodes.enumerated() {
            try out.write(offset == 0 ? "{" : ",\n{")
            try nodeMembers(node, to: out)
            try out.write("}")
        }
        try out.write("\n],\n\"edges\": [\n")
        for (offset, edge) in graph.edges.enumerated() {
            try out.write(offset == 0 ? "{" : ",\n{")
            try JSONText.members([("id", "e\(edge.index)"), ("from", edge.from), ("to", edge.to)], first: true, to: out)
            try edgeMembers(edge, to: out)
            try out.write("}")
        }
        try out.write("\n]}\n")
    }

    /// A node's members, `id` first.
    static func nodeMembers(_ node: ExportGraph.Node, to out: ByteWriter) throws {
        try JSONText.members([("id", node.id), ("kind", node.kind.rawValue), ("name", node.name), ("name_en", node.nameEN)], first: true, to: out)
        try JSONText.list("chains", node.chains, to: out)
        try JSONText.list("segments", node.segments, to: out)
        try JSONText.list("sources", node.sources, to: out)
        try JSONText.members([("source", node.source)], first: false, to: out)
    }

    /// An edge's members after its ends, each preceded by `, `.
    static func edgeMembers(_ edge: ExportGraph.Edge, to out: ByteWriter) throws {
        try JSONText.members([("type", edge.type.rawValue)], first: false, to: out)
        if let since = edge.since { try JSONText.members([("since", since.description)], first: false, to: out) }
        try JSONText.members([("origin", edge.origin)], first: false, to: out)
        try JSONText.list("sources", edge.sources, to: out)
        try JSONText.members([("note", edge.note)], first: false, to: out)
    }
}
