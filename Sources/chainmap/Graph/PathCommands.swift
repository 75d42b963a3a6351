import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import enum ChainGraph.LinkPredictionMethod
import ChainMap

/// Resolves a user-typed id, exiting 64 with a did-you-mean when unknown.
func resolve(_ id: String, in graph: UndirectedGraph, map: InnovationMap, folder: String) throws -> NodeIndex {
    if let index = graph.index(of: id) { return index }
    let hint = map.suggestion(forUnknownID: id).map { "; hint: \($0)" } ?? ""
    Terminal.error("\(folder): error: no record has the id \"\(id)\"\(hint)")
    throw ExitCode(ExitCodes.usage)
}

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of ties between two records (ties broken by smallest index: deterministic).",
        discussion: "JSON: an array of {\"id\", \"kind\", \"name\"} from FROM to TO; empty when they are not connected (exit 1)."
    )

    @OptionGroup var options: MapOptions
    @Argument(help: "The first record's id.") var from: String
    @Argument(help: "The second record's id.") var to: String

    func run() throws {
        let loaded = try options.load()
        let graph = loaded.map.graph().undirected
        let source = try resolve(from, in: graph, map: loaded.map, folder: options.map)
        let target = try resolve(to, in: graph, map: loaded.map, folder: options.map)
        let path = graph.shortestPath(from: source, to: target) ?? []
        let nodes = Dictionary(loaded.map.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = path.map { index -> [String] in
            let id = graph.id(of: index)
            return [id, nodes[id]?.kind.rawValue ?? "", nodes[id]?.name ?? ""]
        }
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(rows.map { ["id": $0[0], "kind": $0[1], "name": $0[2]] }))
        case .csv:
            try Terminal.print(rows, headers: ["id", "kind", "name"], as: .csv)
        case .table:
            Terminal.output(path.isEmpty ? "no path between \(from) and \(to)\n" : rows.map { "\($0[2]) (\($0[0]))" }.joined(separator: " → ") + "\n")
        }
        if path.isEmpty { throw ExitCode(1) }
    }
}

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "The records within N ties of one record.",
        discussion: "JSON: an array of {\"id\", \"kind\", \"name\", \"hops\"} sorted by hops, then id."
    )

    @OptionGroup var options: MapOptions
    @Argument(help: "The record's id.") var id: String
    @Option(help: "How many ties away (default 1).") var hops: Int = 1

    func validate() throws {
        guard hops >= 1 else { throw ValidationError("--hops must be 1 or more") }
    }

    func run() throws {
        let loaded = try options.load()
        let graph = loaded.map.graph().undirected
        let source = try resolve(id, in: graph, map: loaded.map, folder: options.map)
        let distances = graph.hopDistances(from: source, maxHops: hops)
        let nodes = Dictionary(loaded.map.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let found = (0..<graph.nodeCount).compactMap { index -> (id: String, hops: Int)? in
            guard index != source.int, let distance = distances[index], distance <= hops else { return nil }
            return (graph.id(of: NodeIndex(index)), distance)
        }.sorted { ($0.hops, $0.id) < ($1.hops, $1.id) }
        let rows = found.map { [$0.id, nodes[$0.id]?.kind.rawValue ?? "", nodes[$0.id]?.name ?? "", String($0.hops)] }
        switch options.format {
        case .json:
            struct Row: Encodable { var id, kind, name: String; var hops: Int }
            Terminal.output(try JSONOutput.render(rows.map { Row(id: $0[0], kind: $0[1], name: $0[2], hops: Int($0[3]) ?? 0) }))
        case .table, .csv:
            try Terminal.print(rows, headers: ["id", "kind", "name", "hops"], as: options.format)
        }
    }
}

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case edgelist, json
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the undirected simple projection the measures use.",
        discussion: """
        edgelist: one `u v` line per edge (node ids, u < v by index), exactly the graph `rank` and `links` measure; \
        isolated nodes are not listed. json: {"nodes": [{"id", "kind"}], "edges": [[u, v]]}.
        """
    )

    @Argument(help: "The map folder.") var map: String
    @Option(help: "edgelist or json.") var format: Format = .edgelist

    func run() throws {
        let loaded = try MapOptions.load(folder: map)
        let graph = loaded.map.graph().undirected
        var edges: [(String, String)] = []
        for u in 0..<graph.nodeCount {
            for v in graph.neighbors(of: NodeIndex(u)) where v.int > u {
                edges.append((graph.id(of: NodeIndex(u)), graph.id(of: v)))
            }
        }
        switch format {
        case .edgelist:
            Terminal.output(edges.map { "\($0.0) \($0.1)\n" }.joined())
        case .json:
            struct Node: Encodable { var id, kind: String }
            struct Export: Encodable { var nodes: [Node]; var edges: [[String]] }
            let nodes = (0..<graph.nodeCount).map { Node(id: graph.id(of: NodeIndex($0)), kind: MapGraph.nodeKind(graph.kind(of: NodeIndex($0))).rawValue) }
            Terminal.output(try JSONOutput.render(Export(nodes: nodes, edges: edges.map { [$0.0, $0.1] })))
        }
    }
}
