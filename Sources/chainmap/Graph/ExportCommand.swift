import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import ChainMap

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
