import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import ChainMap

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "The records within N ties of one record.",
        discussion: "JSON: {\"schema\": \"chainmap/neighbors@1\", \"rows\": [...]}, rows {\"id\", \"kind\", \"name\", \"hops\"} sorted by hops, then id."
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
            Terminal.output(try JSONOutput.render(rows: rows.map { Row(id: $0[0], kind: $0[1], name: $0[2], hops: Int($0[3]) ?? 0) }, schema: JSONOutput.schema("neighbors")))
        case .table, .csv:
            try Terminal.print(rows, headers: ["id", "kind", "name", "hops"], as: options.format)
        }
    }
}
