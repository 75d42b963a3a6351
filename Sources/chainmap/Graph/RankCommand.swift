import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import enum ChainGraph.LinkPredictionMethod
import ChainMap

extension ChainMap.NodeKind: ExpressibleByArgument {}

struct RankCommand: ParsableCommand {
    enum Metric: String, ExpressibleByArgument, CaseIterable {
        case degree, betweenness, pagerank
    }

    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the map's actors by a centrality measure on the undirected simple projection.",
        discussion: """
        degree: NetworkX degree_centrality (degree ÷ (n − 1)); betweenness: exact Brandes (2001), normalized like \
        networkx.betweenness_centrality; pagerank: networkx.pagerank (alpha 0.85) on the undirected projection, iterated until every score is \
        stable to 1e-9 of itself (within about 1e-8 of the converged PageRank); --tolerance X stops where \
        networkx.pagerank(tol=X) does instead (its default is 1e-6: the L1 change below 1e-6 × nodes). \
        JSON: {"schema": "chainmap/rank@1", "rows": [{"id", "kind", "name", "score", "rank"}]} in rank order. Ties are broken by id.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The measure: degree, betweenness or pagerank.")
    var metric: Metric = .degree

    @Option(help: "Only rank records of this kind (the measure still uses the whole graph).")
    var kind: ChainMap.NodeKind?

    @Option(help: ArgumentHelp("PageRank only: NetworkX's stopping rule, L1 change < X × nodes (NetworkX's default 1e-6).",
                               valueName: "X"))
    var tolerance: Double?

    @Option(help: "How many to print (0: all).")
    var top: Int = 20

    func validate() throws {
        if let tolerance {
            guard metric == .pagerank else { throw ValidationError("--tolerance applies to --metric pagerank only") }
            guard tolerance > 0, tolerance.isFinite else { throw ValidationError("--tolerance must be a positive number") }
        }
    }

    func run() throws {
        let loaded = try options.load()
        let graph = loaded.map.applying(analysis.filter).undirectedGraph()
        let scores: [Double]
        switch metric {
        case .degree: scores = graph.degreeCentrality()
        case .betweenness: scores = graph.betweennessCentrality()
        case .pagerank:
            do {
                scores = try tolerance.map { try graph.pageRank(tolerance: $0) } ?? graph.pageRank()
            } catch {
                Terminal.error("\(options.map): error: \(error)")
                throw ExitCode(ExitCodes.software)
            }
        }
        var ranked = (0..<graph.nodeCount).map { NodeIndex($0) }
            .filter { kind == nil || MapGraph.nodeKind(graph.kind(of: $0)) == kind }
            .map { (id: graph.id(of: $0), kind: MapGraph.nodeKind(graph.kind(of: $0)), score: scores[$0.int]) }
            .sorted { ($1.score, $0.id) < ($0.score, $1.id) }
        if top > 0 { ranked = Array(ranked.prefix(top)) }
        let names = Dictionary(loaded.map.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        switch options.format {
        case .json:
            struct Row: Encodable { var id, kind, name: String; var score: Double; var rank: Int }
            let rows = ranked.enumerated().map { Row(id: $1.id, kind: $1.kind.rawValue, name: names[$1.id] ?? "", score: $1.score, rank: $0 + 1) }
            Terminal.output(try JSONOutput.render(rows: rows, schema: JSONOutput.schema("rank")))
        case .table, .csv:
            let rows = ranked.enumerated().map { [String($0.offset + 1), $0.element.id, $0.element.kind.rawValue, names[$0.element.id] ?? "", String(format6: $0.element.score)] }
            try Terminal.print(rows, headers: ["rank", "id", "kind", "name", metric.rawValue], as: options.format)
        }
    }
}

extension String {
    /// Six decimals, enough to tell scores apart and stable across runs.
    init(format6 value: Double) {
        let scaled = (value * 1_000_000).rounded()
        let whole = Int64(scaled) / 1_000_000
        let fraction = abs(Int64(scaled) % 1_000_000)
        let digits = String(fraction)
        self = "\(scaled < 0 && whole == 0 ? "-" : "")\(whole)." + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
