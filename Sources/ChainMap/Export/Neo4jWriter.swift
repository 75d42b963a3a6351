/// `export --format neo4j`: the CSV files `neo4j-admin database import full` reads (Neo4j 5), and the command.
///
/// nodes.csv: `id:ID,:LABEL,kind,name,name_en,chains:string[],segments:string[],sources:string[],source` — one
/// label per kind (`Enterprise`, `Segment`, …; organizations also carry `Organization`).
/// relationships.csv: `:START_ID,:END_ID,:TYPE,since,origin,sources:string[],note` — types in upper snake case
/// (`OPERATES_IN`, `COOPERATES`). Arrays are `;`-separated (the tool's default delimiter); `since` stays a string
/// because sources give partial dates (`2021`, `2021-06`). Cells are written by the shared ``CSVWriter``; a name
/// may hold a line break, hence `--multiline-fields=true` in the command.
public enum Neo4jWriter {
    /// The files of the folder, in writing order.
    public static let files = ["nodes.csv", "relationships.csv"]
    static let nodeHeader = ["id:ID", ":LABEL", "kind", "name", "name_en", "chains:string[]", "segments:string[]", "sources:string[]", "source"]
    static let edgeHeader = [":START_ID", ":END_ID", ":TYPE", "since", "origin", "sources:string[]", "note"]

    /// The import command for the files written into `folder`, into the database `database`.
    public static func importCommand(folder: String, database: String = "neo4j") -> String {
        let quoted = { (path: String) in path.contains(where: { " '\"$`\\".contains($0) }) ? "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" : path }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return "neo4j-admin database import full --nodes=\(quoted(base + "/nodes.csv")) "
            + "--relationships=\(quoted(base + "/relationships.csv")) --array-delimiter=\";\" --multiline-fields=true \(database)"
    }

    /// The node label of a kind: `enterprise` → `Enterprise`, `segment` → `Segment`.
    public static func label(_ kind: NodeKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// The relationship type of a tie type: `operates-in` → `OPERATES_IN`.
    public static func relationshipType(_ type: EdgeKind) -> String {
        type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    static let organizationKinds: Set<NodeKind> = [.enterprise, .university, .institute, .government, .finance, .association]

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
                let labels = organizationKinds.contains(node.kind) ? "Organization;" + label(node.kind) : label(node.kind)
                try CSVRows.row([
                    node.id, labels, node.kind.rawValue, node.name, node.nameEN, node.chains.joined(separator: ";"),
                    node.segments.joined(separator: ";"), node.sources.joined(separator: ";"), node.source,
                ], to: out)
            }
        } else {
            try CSVRows.row(edgeHeader, to: out)
            let types = Dictionary(uniqueKeysWithValues: EdgeKind.allCases.map { ($0, relationshipType($0)) })
            for edge in graph.edges {
                try CSVRows.row([
                    edge.from, edge.to, types[edge.type] ?? "", edge.since?.description ?? "", edge.origin,
                    edge.sources.joined(separator: ";"), edge.note,
                ], to: out)
            }
        }
    }
}
