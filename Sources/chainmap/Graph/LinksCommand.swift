import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import enum ChainGraph.LinkPredictionMethod
import ChainMap
import Foundation

extension LinkPredictionMethod: ExpressibleByArgument {
    /// The `--method` words, in the order `--help` lists them.
    static let argumentNames: [(word: String, method: LinkPredictionMethod)] = [
        ("common-neighbors", .commonNeighbors), ("jaccard", .jaccard), ("adamic-adar", .adamicAdar),
        ("resource-allocation", .resourceAllocation), ("preferential-attachment", .preferentialAttachment),
    ]

    /// The method a `--method` word names; nil for any other word.
    public init?(argument: String) {
        guard let method = Self.argumentNames.first(where: { $0.word == argument })?.method else { return nil }
        self = method
    }

    /// Every `--method` word.
    public static var allValueStrings: [String] { argumentNames.map(\.word) }
}

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Link-prediction scores: for given pairs, or the top new partners of every enterprise.",
        discussion: """
        Scores follow NetworkX (common_neighbors, jaccard_coefficient, adamic_adar_index, resource_allocation_index, \
        preferential_attachment) on the undirected simple projection. --pairs FILE: one `u v` pair per line. \
        --top K: for every enterprise, the K best non-neighbouring actors (organizations, platforms, experts — never chains, \
        segments, technologies, demands or indicators), ties by node order. JSON: {"schema": "chainmap/links@1", "rows": [...]} (docs/json.md), each row {"u", "v", "score"}.
        """
    )

    @OptionGroup var options: MapOptions

    @Option(help: "common-neighbors, jaccard, adamic-adar, resource-allocation or preferential-attachment.")
    var method: LinkPredictionMethod = .resourceAllocation

    @Option(help: "A file of `u v` lines to score.", completion: .file())
    var pairs: String?

    @Option(help: "For every enterprise, its K best new partners.")
    var top: Int?

    func validate() throws {
        if (pairs == nil) == (top == nil) { throw ValidationError("give exactly one of --pairs FILE or --top K") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
    }

    func run() throws {
        let loaded = try options.load()
        let mapGraph = loaded.map.graph()
        let graph = mapGraph.undirected
        var results: [(u: String, v: String, score: Double)] = []
        if let pairs {
            let indexPairs: [(NodeIndex, NodeIndex)]
            do {
                indexPairs = try readPairs(pairs, in: graph)
            } catch .unreadable {
                Terminal.error("\(pairs): error: cannot read the pairs file")
                throw ExitCode(ExitCodes.missingInput)
            } catch .badLine(let line, let text) {
                Terminal.error("\(pairs):\(line):1: error: expected two known ids, got \"\(text)\"")
                throw ExitCode(ExitCodes.badData)
            }
            let scores = graph.linkScores(for: indexPairs, method: method)
            guard options.format != .table else {
                results = zip(indexPairs, scores).map { (graph.id(of: $0.0.0), graph.id(of: $0.0.1), $0.1) }
                return printTable(results)
            }
            // JSON and CSV are streamed: no row strings, no encoder.
            writeStreamed(indexPairs.count, row: { (graph.id(of: indexPairs[$0].0), graph.id(of: indexPairs[$0].1), scores[$0]) },
                          json: options.format == .json)
            return
        } else if let top {
            results = PartnerLinks.top(in: mapGraph, k: top, method: method).map { ($0.enterprise, $0.partner, $0.score) }
        }
        switch options.format {
        case .json, .csv:
            writeStreamed(results.count, row: { results[$0] }, json: options.format == .json)
        case .table:
            printTable(results)
        }
    }

    private func printTable(_ results: [(u: String, v: String, score: Double)]) {
        Terminal.output(results.map { [$0.u, $0.v, String(format6: $0.score)] }.printed(headers: ["u", "v", "score"], as: .table))
    }

}
