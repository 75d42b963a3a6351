import ArgumentParser
import ChainMap

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a map: records by kind, ties by type, segments per chain, provenance.",
        discussion: """
        JSON: {"schema": "chainmap/stats@1", "id", "name", "as_of", "nodes": {kind: count}, "edges": {type: count}, "chains": [{"id", "name", "segments", \
        "upstream", "midstream", "downstream", "technologies", "local_enterprises", "survey"}], "people", "platform_units", \
        "provenance": {"sourced", "partly_assumed", "assumed"}, "survey": {"segments": {state: count}, \
        "local_enterprises": {state: count}}, "by_source": {key: count}, "errors", "warnings"}. Survey states: \
        complete, partial, pending (see docs/data-format.md).
        """
    )

    @OptionGroup var options: MapOptions

    func run() throws {
        let loaded = try options.load()
        let stats = loaded.statistics
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(object: stats, schema: JSONOutput.schema("stats")))
        case .csv:
            try Terminal.print(rows(stats), headers: ["section", "key", "value"], as: .csv)
        case .table:
            let text = options.text
            Terminal.output(text.statsTitle(stats.name, id: stats.id, asOf: stats.asOf) + "\n\n")
            let nodeRows = NodeKind.allCases.map { [$0.rawValue, String(stats.nodes[$0.rawValue] ?? 0)] }
            Terminal.output(nodeRows.printed(headers: text.headings(["records", "count"]), as: .table) + "\n")
            let edgeRows = EdgeKind.allCases.compactMap { kind -> [String]? in
                let count = stats.edges[kind.rawValue] ?? 0
                return count == 0 ? nil : [kind.rawValue, String(count)]
            }
            Terminal.output(edgeRows.printed(headers: text.headings(["ties", "count"]), as: .table) + "\n")
            let chainRows = stats.chains.map {
                [$0.id, $0.name, String($0.segments), "\($0.upstream)/\($0.midstream)/\($0.downstream)", String($0.technologies),
                 String($0.localEnterprises), text.survey($0.survey)]
            }
            let chainKeys = ["chain", "name", "segments", "up/mid/down", "technologies", "local enterprises", "survey"]
            Terminal.output(chainRows.printed(headers: text.headings(chainKeys), as: .table) + "\n")
            let states = Dictionary(uniqueKeysWithValues: SurveyState.allCases.map { ($0, stats.survey.segments[$0.rawValue] ?? 0) })
            Terminal.output(text.statsSurvey(states) + "\n")
            Terminal.output(text.statsPeople(stats.people, platformUnits: stats.platformUnits) + "\n")
            Terminal.output(text.statsProvenance(sourced: stats.provenance.sourced, partlyAssumed: stats.provenance.partlyAssumed,
                                                 assumed: stats.provenance.assumed) + "\n")
            Terminal.output(text.statsValidation(errors: stats.errors, warnings: stats.warnings) + "\n")
        }
    }

    private func rows(_ stats: MapStatistics) -> [[String]] {
        var rows = NodeKind.allCases.map { ["nodes", $0.rawValue, String(stats.nodes[$0.rawValue] ?? 0)] }
        rows += EdgeKind.allCases.map { ["edges", $0.rawValue, String(stats.edges[$0.rawValue] ?? 0)] }
        for chain in stats.chains {
            rows += [["chain:\(chain.id)", "segments", String(chain.segments)],
                     ["chain:\(chain.id)", "technologies", String(chain.technologies)],
                     ["chain:\(chain.id)", "local_enterprises", String(chain.localEnterprises)]]
        }
        rows += SurveyState.allCases.map { ["survey_segments", $0.rawValue, String(stats.survey.segments[$0.rawValue] ?? 0)] }
        rows += SurveyState.allCases.map { ["survey_local_enterprises", $0.rawValue, String(stats.survey.localEnterprises[$0.rawValue] ?? 0)] }
        rows += [["provenance", "sourced", String(stats.provenance.sourced)],
                 ["provenance", "partly_assumed", String(stats.provenance.partlyAssumed)],
                 ["provenance", "assumed", String(stats.provenance.assumed)]]
        rows += stats.bySource.keys.sorted().map { ["by_source", $0, String(stats.bySource[$0] ?? 0)] }
        return rows
    }
}
