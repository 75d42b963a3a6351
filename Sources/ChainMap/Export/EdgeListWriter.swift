import ChainGraph

/// `export --format edgelist`: the undirected simple projection every measure (`rank`, `links`, `path`) runs on —
/// one `u v` line per edge, ids separated by a space, `u` before `v` by node index; loops dropped, parallel and
/// opposite ties merged, tie types and isolated records not listed. NetworkX's `read_edgelist` reads it.
public enum EdgeListWriter {
    /// Streams the projection's edges.
    /// - Complexity: O(*n* + *e*).
    public static func write(_ graph: UndirectedGraph, to out: ByteWriter) throws {
        for u in 0..<graph.nodeCount {
            let uID = graph.id(of: NodeIndex(u))
            for v in graph.neighbors(of: NodeIndex(u)) where v.int > u {
                try out.write(uID)
                try out.write(byte: UInt8(ascii: " "))
                try out.write(graph.id(of: v))
                try out.write(byte: 0x0A)
            }
        }
    }
}
