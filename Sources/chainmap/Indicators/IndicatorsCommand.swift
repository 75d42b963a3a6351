import ArgumentParser
import ChainMap

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Each indicator's values, target, progress and the growth rate needed to reach it.",
        discussion: """
        JSON: an array of {"id", "name", "unit", "values": [{"year", "value"}], "latest"?, "target"?, "progress"?, \
        "required_growth"?, "projected"?, "on_track"?, "sources"}. progress = latest ÷ target; required_growth is the \
        compound yearly rate; projected extends the line through the last two values to the target year.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    func run() throws {
        let loaded = try options.load()
        let rows = IndicatorProgress.all(in: loaded.map.applying(analysis.filter))
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(rows))
        case .table, .csv:
            let cells = rows.map { row -> [String] in
                let values = row.values.map { "\($0.year): \(NumberFormatting.plain($0.value))" }.joined(separator: "; ")
                let target = row.target.map { "\($0.year): \(NumberFormatting.plain($0.value))" } ?? ""
                let progress = row.progress.map { "\(NumberFormatting.rounded($0 * 100))%" } ?? ""
                let growth = row.requiredGrowth.map { "\(NumberFormatting.rounded($0 * 100))%/yr" } ?? ""
                let status = row.onTrack.map { $0 ? "on track" : "short" } ?? ""
                return [row.id, row.name, row.unit, values, target, progress, growth, status]
            }
            try Terminal.print(cells, headers: ["id", "name", "unit", "values", "target", "progress", "needed growth", "trend"], as: options.format)
        }
    }
}
