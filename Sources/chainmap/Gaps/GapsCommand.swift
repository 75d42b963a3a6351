import ArgumentParser
import ChainMap

extension Gap.Kind: ExpressibleByArgument {}

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Find where the chains are broken: missing and weak segments, uncovered technologies, unmet demands …",
        discussion: """
        Kinds: \(Gap.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
        JSON: an array of {"kind", "severity", "subject", "nodes", "chain"?, "evidence", "action", "sources"}, \
        sorted by severity (high first), kind, chain, subject.
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
        let gaps = GapAnalysis.find(in: loaded.map.applying(analysis.filter), chain: chain, kinds: Set(kinds))
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(gaps))
        case .table, .csv:
            let rows = gaps.map { [$0.severity.rawValue, $0.kind.rawValue, $0.chain ?? "", $0.subject, $0.evidence, $0.action, $0.sources.joined(separator: ";")] }
            try Terminal.print(rows, headers: ["severity", "kind", "chain", "subject", "evidence", "action", "sources"], as: options.format)
        }
    }
}
