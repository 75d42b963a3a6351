import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import enum ChainGraph.LinkPredictionMethod
import ChainMap
import Foundation

extension LinkPredictionMethod: ExpressibleByArgument {
    public init?(argument: String) {
        let names: [String: LinkPredictionMethod] = [
            "common-neighbors": .commonNeighbors, "jaccard": .jaccard, "adamic-adar": .adamicAdar,
            "resource-allocation": .resourceAllocation, "preferential-attachment": .preferentialAttachment,
        ]
        guard let method = names[argument] else { return nil }
        self = method
    }

    public static var allValueStrings: [String] {
        ["common-neighbors", "jaccard", "adamic-adar", "resource-allocation", "preferential-attachment"]
    }
}

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Link-prediction scores: for given pairs, or the top new partners of every enterprise.",
        discussion: """
        Scores follow NetworkX (common_neighbors, jaccard_coefficient, adamic_adar_index, resource_allocation_index, \
        preferential_attachment) on the undirected simple projection. --pairs FILE: one `u v` pair per line. \
        --top K: for every enterprise, the K best non-neighbouring actors (organizations, platforms, experts — never chains, \
        segments, technologies, demands or indicators), ties by node order. JSON: an array of {"u", "v", "score"}.
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
            guard let text = try? String(contentsOfFile: pairs, encoding: .utf8) else {
                Terminal.error("\(pairs): error: cannot read the pairs file")
                throw ExitCode(ExitCodes.missingInput)
            }
            var indexPairs: [(NodeIndex, NodeIndex)] = []
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
                if fields.isEmpty { continue }
                guard fields.count == 2, let u = graph.index(of: String(fields[0])), let v = graph.index(of: String(fields[1])) else {
                    Terminal.error("\(pairs):\(offset + 1):1: error: expected two known ids, got \"\(line)\"")
                    throw ExitCode(ExitCodes.badData)
                }
                indexPairs.append((u, v))
            }
            let scores = graph.linkScores(for: indexPairs, method: method)
            results = zip(indexPairs, scores).map { (graph.id(of: $0.0.0), graph.id(of: $0.0.1), $0.1) }
        } else if let top {
            results = PartnerLinks.top(in: mapGraph, k: top, method: method).map { ($0.enterprise, $0.partner, $0.score) }
        }
        switch options.format {
        case .json:
            struct Row: Encodable { var u, v: String; var score: Double }
            Terminal.output(try JSONOutput.render(results.map { Row(u: $0.u, v: $0.v, score: $0.score) }))
        case .table, .csv:
            try Terminal.print(results.map { [$0.u, $0.v, String(format6: $0.score)] }, headers: ["u", "v", "score"], as: options.format)
        }
    }
}
