/// `export --format csv`: a folder with `nodes.csv` and `edges.csv`, headers as Gephi's spreadsheet import,
/// Kumu and Cytoscape take them.
///
/// nodes.csv: `Id,Label,kind,name_en,chains,segments,sources,source` (Label is the Chinese name).
/// edges.csv: `Id,Source,Target,Type,Label,relation,since,origin,sources,note` — `Type` is Gephi's edge direction
/// (always `Directed`), `Label` and `relation` the tie type (Kumu and Cytoscape users map `relation`).
/// Lists are `;`-separated. Cells are written by the shared ``CSVWriter``.
public enum TableExportWriter {
    /// The files of the folder, in writing order.
    public static let files = ["nodes.csv", "edges.csv"]
    static let nodeHeader = ["Id", "Label", "kind", "name_en", "chains", "segments", "sources", "source"]
    static let edgeHeader = ["Id", "Source", "Target", "Type", "Label", "relation", "since", "origin", "sources", "note"]

    /// Streams one file of the folder.
    /// - Parameters:
    ///   - graph: the map as exported.
    ///   - file: one of ``files``.
    ///   - out: where the bytes go.
    /// - Throws: what the writer's sink throws.
    /// - Complexity: O(*n*) or O(*e*).
    public static func write(_ graph: ExportGraph, file: String, to out: ByteWriter) throws {
        if file == "nodes.csv" {
            try CSVRows.row(nodeHeader, to: out)
            for node in graph.nodes {
                try CSVRows.row([
                    node.id, node.name, node.kind.rawValue, node.nameEN, node.chains.joined(separator: ";"),
                    node.segments.joined(separator: ";"), node.sources.joined(separator: ";"), node.source,
                ], to: out)
            }
        } else {
            try CSVRows.row(edgeHeader, to: out)
            for edge in graph.edges {
                try CSVRows.row([
                    "e\(edge.index)", edge.from, edge.to, "Directed", edge.type.rawValue, edge.type.rawValue,
                    edge.since?.description ?? "", edge.origin, edge.sources.joined(separator: ";"), edge.note,
                ], to: out)
            }
        }
    }
}

/// CSV rows into a ``ByteWriter``, each cell escaped by the shared ``CSVWriter``.
enum CSVRows {
    static func row(_ cells: [String], to out: ByteWriter) throws {
        for (offset, cell) in cells.enumerated() {
            if offset > 0 { try out.write(byte: UInt8(ascii: ",")) }
            try out.write(CSVWriter.escape(cell))
        }
        try out.write(byte: 0x0A)
    }
}
