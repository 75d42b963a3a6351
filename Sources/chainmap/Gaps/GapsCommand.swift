import ArgumentParser
import ChainMap

extension Gap.Kind: ExpressibleByArgument {}

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Find where the chains are broken: missing and weak segments, uncovered technologies, unmet demands …",
        discussion: """
        Industry gaps come first (\(Gap.Kind.allCases.filter { $0.group == .industry }.map(\.rawValue).joined(separator: ", "))), \
        then data gaps — what to survey or record before judging (\(Gap.Kind.allCases.filter { $0.group == .data }.map(\.rawValue).joined(separator: ", "))). \
        A segment whose `survey` is partial or pending gives `unsurveyed-segment`, never a missing segment.
        JSON: {"schema": "chainmap/gaps@1", "rows": [...]} (docs/json.md), each row {"group", "kind", "severity", "subject", "nodes", "chain"?, "segment"?, "evidence", "action", \
        "sources"}, industry before data, each sorted by severity (high first), kind, chain, subject; evidence and \
        action in the --lang language.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Only this chain's gaps.")
    var chain: String?

    @Option(name: .customLong("kind"), parsing: .upToNextOption, help: "Only these kinds.")
    var kinds: [Gap.Kind] = []

    func run() throws {
        let loaded = try options.load()
        if let chain, !loaded.map.chains.contains(where: { $0.id == chain }) {
            throw ValidationError("unknown chain \"\(chain)\"; the map's chains are: \(loaded.map.chains.map(\.id).joined(separator: ", "))")
        }
        let gaps = GapAnalysis.find(in: loaded.map.applying(analysis.filter), chain: chain, kinds: Set(kinds), language: options.lang)
        let keys = ["group", "severity", "kind", "chain", "subject", "evidence", "action", "sources"]
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(rows: gaps, schema: JSONOutput.schema("gaps")))
        case .csv:
            let rows = gaps.map { [$0.group.rawValue, $0.severity.rawValue, $0.kind.rawValue, $0.chain ?? "", $0.subject, $0.evidence, $0.action,
                                   $0.sources.joined(separator: ";")] }
            try Terminal.print(rows, headers: keys, as: .csv)
        case .table:
            let text = options.text
            let rows = gaps.map { [text.group($0.group), text.severity($0.severity), $0.kind.rawValue, $0.chain ?? "", $0.subject,
                                   $0.evidence, $0.action, $0.sources.joined(separator: ";")] }
            try Terminal.print(rows, headers: text.headings(keys), as: .table)
        }
    }
}
