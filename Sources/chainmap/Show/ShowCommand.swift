import ArgumentParser
import ChainMap

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one record: its attributes, its sources and its neighbours by relation.",
        discussion: """
        JSON: {"schema": "chainmap/show@1", "id", "kind", "name", "name_en"?, "defined_at", "attributes": [{"key", "value"}], \
        "sources": [{"key", "locator", "title"}], "neighbours": [{"relation", "direction", "id", "kind", "name"}]}.
        """
    )

    @OptionGroup var options: MapOptions

    @Argument(help: "The record's id.")
    var id: String

    func run() throws {
        let loaded = try options.load()
        guard let detail = loaded.map.detail(of: id) else {
            let hint = loaded.map.suggestion(forUnknownID: id).map { "; hint: \($0)" } ?? ""
            Terminal.error("\(options.map): error: no record has the id \"\(id)\"\(hint)")
            throw ExitCode(ExitCodes.usage)
        }
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(object: detail, schema: JSONOutput.schema("show")))
        case .csv:
            var rows = [["record", "id", detail.id], ["record", "kind", detail.kind], ["record", "name", detail.name]]
            rows += detail.attributes.map { ["attribute", $0.key, $0.value] }
            rows += detail.sources.map { ["source", $0.key, [$0.locator, $0.title].filter { !$0.isEmpty }.joined(separator: " · ")] }
            rows += detail.neighbours.map { ["\($0.direction):\($0.relation)", $0.id, $0.name] }
            try Terminal.print(rows, headers: ["section", "key", "value"], as: .csv)
        case .table:
            var text = "\(detail.name)  [\(detail.kind) \(detail.id)]\n"
            if let english = detail.nameEN { text += "\(english)\n" }
            if let place = detail.definedAt { text += "defined at \(place)\n" }
            text += "\n" + detail.attributes.map { [$0.key, $0.value] }.printed(headers: ["attribute", "value"], as: .table)
            text += "\n" + detail.sources.map { [$0.key, $0.locator, $0.title] }.printed(headers: ["source", "where", "title"], as: .table)
            let arrows = detail.neighbours.map { [$0.direction == "out" ? "→ \($0.relation)" : "← \($0.relation)", $0.id, $0.kind, $0.name] }
            text += "\n" + arrows.printed(headers: ["relation", "id", "kind", "name"], as: .table)
            Terminal.output(text)
        }
    }
}
