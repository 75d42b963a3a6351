import ChainGraph
import Foundation
import Testing

/// One edge of a fixture's raw edge list: `[u, v, weight]`.
struct FixtureEdge: Decodable, Sendable {
    let source: String
    let target: String
    let weight: Double

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        source = try container.decode(String.self)
        target = try container.decode(String.self)
        weight = try container.decode(Double.self)
    }
}

/// What NetworkX computed for a fixture graph (see bench/reference.py).
struct Expected: Decodable, Sendable {
    let degree: [String: Int]?
    let degreeCentrality: [String: Double]?
    let components: [[String]]?
    let bfs: [String: [String: Int]]
    let dijkstra: [String: [String: Double]]
    let ego2: [String: [String]]?
    let betweenness: [String: Double]?
    let betweennessUnnormalized: [String: Double]?
    let pagerank: [String: Double]
    let pagerankUnweighted: [String: Double]
    /// NetworkX's default tolerance (the references above are converged with tol=1e-12).
    let pagerankNetworkxDefault: [String: Double]?
    let pagerankUnweightedNetworkxDefault: [String: Double]?
    let linkPairs: [[String]]?
    let commonNeighbors: [Double]?
    let jaccard: [Double]?
    let adamicAdar: [Double]?
    let resourceAllocation: [Double]?
    let preferentialAttachment: [Double]?
    let edgeCount: Int?
    let inDegree: [String: Int]?
    let outDegree: [String: Int]?
}

/// A graph fixture: input and NetworkX's answers.
struct GraphFixture: Decodable, Sendable {
    let name: String
    let networkxVersion: String
    let directed: Bool
    let nodes: [String]
    let edges: [FixtureEdge]
    let sources: [String]
    let expected: Expected

    /// The fixture's raw edge list in a ``Graph`` (self-loops and parallel edges kept), plus
    /// `isolated` extra nodes without edges (ids "pad0", "pad1", …).
    func graph(isolated: Int = 0) -> Graph {
        var builder = GraphBuilder(reservingNodes: nodes.count + isolated, edges: edges.count)
        for id in nodes { builder.addNode(id: id, kind: Kinds.plain) }
        for i in 0 ..< isolated { builder.addNode(id: "pad\(i)", kind: Kinds.plain) }
        for edge in edges {
            let u = builder.addNode(id: edge.source, kind: Kinds.plain)
            let v = builder.addNode(id: edge.target, kind: Kinds.plain)
            builder.addEdge(from: u, to: v, type: Kinds.link, weight: edge.weight)
        }
        return builder.build()
    }
}

/// One min-cost flow case: `[u, v, capacity or null, cost]` arcs and NetworkX's answer.
struct FlowCase: Decodable, Sendable {
    struct Arc: Decodable, Sendable {
        let from: Int
        let to: Int
        let capacity: Int?
        let cost: Int

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            from = try container.decode(Int.self)
            to = try container.decode(Int.self)
            capacity = try container.decodeNil() ? nil : try container.decode(Int.self)
            cost = try container.decode(Int.self)
        }
    }

    struct Answer: Decodable, Sendable {
        let flow: Int?
        let cost: Int?
        let error: String?
    }

    let name: String
    let arcs: [Arc]
    let source: Int
    let sink: Int
    let amount: Int?
    let expected: Answer

    /// The network, with node numbers of the fixture (which need not start at 0) as indices.
    func network() -> FlowNetwork {
        let nodeCount = (arcs.map { max($0.from, $0.to) }.max() ?? 0) + 1
        var network = FlowNetwork(nodeCount: nodeCount)
        for arc in arcs {
            network.addArc(from: NodeIndex(arc.from), to: NodeIndex(arc.to), capacity: arc.capacity, cost: arc.cost)
        }
        return network
    }
}

struct FlowFixture: Decodable, Sendable {
    let networkxVersion: String
    let cases: [FlowCase]
}

enum Kinds {
    static let plain = NodeTag(rawValue: 0)
    static let firm = NodeTag(rawValue: 1)
    static let place = NodeTag(rawValue: 2)
    static let link = EdgeType(rawValue: 0)
    static let supplies = EdgeType(rawValue: 1)
    static let owns = EdgeType(rawValue: 2)
}

enum Fixtures {
    struct Missing: Error { let name: String }

    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw Missing(name: name)
        }
        return try Data(contentsOf: url)
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    static func graph(_ name: String) throws -> GraphFixture {
        try decoder().decode(GraphFixture.self, from: data(name))
    }

    static func flows() throws -> FlowFixture {
        try decoder().decode(FlowFixture.self, from: data("flows"))
    }

    /// The undirected fixtures, for parameterized tests.
    static let undirected = ["small", "components", "multi", "random", "leaves"]
}

/// `a` and `b` agree to `relative` (with a tiny absolute floor for values that are 0 on one
/// side and a rounding residue on the other).
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
    if a == b { return true }
    return abs(a - b) <= relative * max(abs(a), abs(b)) || abs(a - b) <= 1e-15
}

/// Compares per-node results with NetworkX's `{id: value}` dictionary.
func expectMatches(
    _ values: [Double], _ expected: [String: Double], ids: (NodeIndex) -> String,
    relative: Double = 1e-9, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(values.count == expected.count, "\(label): node count", sourceLocation: sourceLocation)
    for (i, value) in values.enumerated() {
        let id = ids(NodeIndex(i))
        guard let reference = expected[id] else {
            Issue.record("\(label): no reference for \(id)", sourceLocation: sourceLocation)
            continue
        }
        #expect(isClose(value, reference, relative: relative), "\(label) \(id): \(value) vs \(reference)", sourceLocation: sourceLocation)
    }
}

/// Builds a simple undirected graph with ids "0", "1", … from an edge list.
func makeUndirected(nodes: Int, _ edges: [(Int, Int)], weights: [Double]? = nil) -> UndirectedGraph {
    var builder = GraphBuilder(reservingNodes: nodes, edges: edges.count)
    for i in 0 ..< nodes { builder.addNode(id: String(i), kind: Kinds.plain) }
    for (k, (u, v)) in edges.enumerated() {
        builder.addEdge(from: NodeIndex(u), to: NodeIndex(v), type: Kinds.link, weight: weights?[k] ?? 1)
    }
    return builder.build().undirectedSimple()
}
