import ArgumentParser
import ChainMap

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Each indicator's values, target, progress and what is still needed to reach it.",
        discussion: """
        By the indicator's kind: a stock's progress is latest ÷ target with the compound yearly growth needed \
        (required_growth) and the line through the last two values projected to the target year; a yearly flow \
        is judged against the same year's target ("met for that year"; before that year the latest year's figure \
        is the pace), never summed; a ratio gets the percentage-point change needed (required_change). A target \
        the map's authors derived (target_source: assumed) is marked.
        JSON: {"schema": "chainmap/indicators@1", "rows": [...]} (docs/json.md), each row {"id", "name", "unit", "kind", "values": [{"year", "value"}], "latest"?, "target"?, \
        "target_assumed", "progress"?, "required_growth"?, "required_change"?, "projected"?, "on_track"?, "status", \
        "status_text", "sources"}.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    func run() throws {
        let loaded = try options.load()
        let text = options.text
        let rows = IndicatorProgress.all(in: loaded.map.applying(analysis.filter), language: options.lang)
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(rows: rows, schema: JSONOutput.schema("indicators")))
        case .table, .csv:
            let cells = rows.map { row -> [String] in
                let values = row.values.map { "\($0.year): \(NumberFormatting.plain($0.value))" }.joined(separator: "; ")
                let target = row.target.map { "\($0.year): \(NumberFormatting.plain($0.value))" + (row.targetAssumed ? text.assumedTargetNote : "") } ?? ""
                let progress = row.progress.map { "\(NumberFormatting.rounded($0 * 100))%" } ?? ""
                var needed = row.requiredGrowth.map { "\(NumberFormatting.rounded($0 * 100))%/yr" } ?? ""
                if let change = row.requiredChange, row.kind != .stock {
                    needed = NumberFormatting.rounded(change) + (row.kind == .ratio ? " pp" : " \(row.unit)")
                }
                return [row.id, row.name, row.unit, text.indicatorKind(row.kind), values, target, progress, needed, row.statusText]
            }
            let keys = ["id", "name", "unit", "kind", "values", "target", "progress", "needed", "status"]
            try Terminal.print(cells, headers: options.format == .csv ? keys : text.headings(keys), as: options.format)
        }
    }
}
