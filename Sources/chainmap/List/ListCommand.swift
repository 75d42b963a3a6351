import ArgumentParser
import ChainMap

extension ListSubject: ExpressibleByArgument {}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a map's records of one kind, optionally those of one chain.",
        discussion: """
        KIND is one of: \(ListSubject.allCases.map(\.rawValue).joined(separator: ", ")).
        JSON: {"schema": "chainmap/list@1", "rows": [...]} (docs/json.md), each row {"id", "kind", "name", "name_en"?, "chain"?, "detail"?, "source"}; relations also \
        carry "from" and "to" (their id is from→to, their kind the relation type). Relations as table or CSV: from, to, type, \
        since, note, source.
        """
    )

    @OptionGroup var options: MapOptions

    @Argument(help: "What to list (default: all).")
    var kind: ListSubject = .all

    @Option(name: .long, help: "Only records tied to this chain's segments and technologies.")
    var chain: String?

    func run() throws {
        let loaded = try options.load()
        if let chain, !loaded.map.chains.contains(where: { $0.id == chain }) {
            let known = loaded.map.chains.map(\.id).joined(separator: ", ")
            throw ValidationError("unknown chain \"\(chain)\"; the map's chains are: \(known)")
        }
        if kind == .relations, options.format == .table || options.format == .csv {
            // One column per end and one for the type, so a spreadsheet can sort and filter them.
            Self.printRelations(of: loaded.map, chain: chain, as: options.format)
            return
        }
        let rows = loaded.map.list(kind, chain: chain)
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(rows: rows, schema: JSONOutput.schema("list")))
        case .table, .csv:
            let cells = rows.map { [$0.id, $0.kind, $0.name, $0.nameEN ?? "", $0.chain ?? "", $0.detail ?? "", $0.source] }
            try Terminal.print(cells, headers: ["id", "kind", "name", "name_en", "chain", "detail", "source"], as: options.format)
        }
    }
}
