import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import ChainMap

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of ties between two records (ties broken by smallest index: deterministic).",
        discussion: "JSON: {\"schema\": \"chainmap/path@1\", \"rows\": [...]}, rows {\"id\", \"kind\", \"name\"} from FROM to TO; empty when they are not connected (exit 1)."
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
            Terminal.output(try JSONOutput.render(rows: rows.map { ["id": $0[0], "kind": $0[1], "name": $0[2]] }, schema: JSONOutput.schema("path")))
        case .csv:
            try Terminal.print(rows, headers: ["id", "kind", "name"], as: .csv)
        case .table:
            Terminal.output(path.isEmpty ? "no path between \(from) and \(to)\n" : rows.map { "\($0[2]) (\($0[0]))" }.joined(separator: " → ") + "\n")
        }
        if path.isEmpty { throw ExitCode(ExitCodes.noResult) }
    }
}
