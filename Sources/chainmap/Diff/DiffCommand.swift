import ArgumentParser
import ChainMap

struct DiffCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, markdown
    }

    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a map: records, ties, demands, gaps, candidates, indicators.",
        discussion: """
        Records are matched by id; a removed and an added record of the same kind and name are a rename (and the \
        old map's ties are read with the new id, so a rename alone changes no tie). Changed records list every \
        field that differs, in the data format's words. Demands that moved status (open → matched → contracted → \
        solved) are listed with the direction; gaps (chainmap gaps) are keyed by kind and subject and listed as \
        opened or closed; a new relation between an enterprise and one of the partners OLD proposed for it \
        (its top --candidates-top candidates) is listed with its old rank; indicators whose values or targets \
        changed are listed with their progress against the target before and after.

        JSON: {"schema": "chainmap/diff@1", "old", "new", "records": [{"change", "id", "old_id"?, "kind", "name", \
        "fields": [{"field", "old", "new"}]}], "ties": [{"change", "from", "to", "type"}], "demands": [{"id", \
        "title", "enterprise", "old", "new", "forward"}], "gaps": [{"change", "kind", "subject", "severity", \
        "chain"?, "evidence"}], "candidates": [{"enterprise", "partner", "type", "rank", "score"}], "indicators": \
        [{"id", "name", "unit", "old_latest", "new_latest", "target", "old_progress", "new_progress", \
        "old_on_track", "new_on_track"}]}. CSV: section,change,kind,id,name,field,old,new. Exit 0 whether or not \
        anything changed.
        """
    )

    @Argument(help: "The earlier map folder.", completion: .directory) var old: String
    @Argument(help: "The later map folder.", completion: .directory) var new: String
    @Option(help: "table, json, csv or markdown.") var format: Format = .table
    @Option(help: "How many of OLD's candidates per enterprise count as proposed.") var candidatesTop: Int = 10
    @Flag(help: "No progress on standard error.") var quiet = false

    func validate() throws {
        guard candidatesTop >= 0 else { throw ValidationError("--candidates-top must be 0 or more") }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        let before = try progress.load(old).map
        let after = try progress.load(new).map
        let diff = MapDiff(old: before, new: after, candidatesTop: candidatesTop) { progress.step("comparing \($0)") }
        progress.done()
        switch format {
        case .json:
            struct Document: Encodable {
                var old, new: String
                var diff: MapDiff
                enum Key: String, CodingKey { case old, new }
                func encode(to encoder: any Encoder) throws {
                    try diff.encode(to: encoder)
                    var container = encoder.container(keyedBy: Key.self)
                    try container.encode(old, forKey: .old)
                    try container.encode(new, forKey: .new)
                }
            }
            Terminal.output(try JSONOutput.render(object: Document(old: old, new: new, diff: diff), schema: JSONOutput.schema("diff")))
        case .csv:
            Terminal.output(CSVWriter.render(headers: MapDiff.columns, rows: diff.rows))
        case .markdown:
            Terminal.output(diff.markdown(title: "\(after.name): \(before.asOf) → \(after.asOf)"))
        case .table:
            Terminal.output("\(old) (\(before.asOf)) → \(new) (\(after.asOf))\n" + diff.table())
        }
    }
}
