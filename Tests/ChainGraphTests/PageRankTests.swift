import ChainGraph
import Testing

@Suite("PageRank")
struct PageRankTests {
    @Test(arguments: Fixtures.undirected)
    func undirectedMatchesNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let weighted = try graph.pageRank()
        expectMatches(weighted, fixture.expected.pagerank, ids: graph.id(of:), relative: 1e-6, "\(name) weighted")
        expectMatches(try graph.pageRank(weighted: false), fixture.expected.pagerankUnweighted, ids: graph.id(of:), relative: 1e-6, "\(name) unweighted")
        #expect(isClose(weighted.reduce(0, +), 1, relative: 1e-12))
    }

    @Test func directedMatchesNetworkX() throws {
        let fixture = try Fixtures.graph("directed")
        let graph = fixture.graph()
        expectMatches(try graph.pageRank(), fixture.expected.pagerank, ids: graph.id(of:), relative: 1e-6, "directed weighted")
        expectMatches(try graph.pageRank(weighted: false), fixture.expected.pagerankUnweighted, ids: graph.id(of:), relative: 1e-6, "directed unweighted")
    }

    @Test func symmetricGraphIsUniform() throws {
        let cycle = makeUndirected(nodes: 5, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)])
        for value in try cycle.pageRank() { #expect(isClose(value, 0.2)) }
    }

    @Test func danglingNodeSpreadsUniformly() throws {
        // a → b with b dangling: b's score is spread over both nodes.
        var builder = GraphBuilder()
        let a = builder.addNode(id: "a", kind: Kinds.plain)
        let b = builder.addNode(id: "b", kind: Kinds.plain)
        builder.addEdge(from: a, to: b, type: Kinds.link)
        let rank = try builder.build().pageRank(tolerance: 1e-12, maxIterations: 1000)
        // Fixed point: x_a = 0.425 x_b + 0.075 and x_a + x_b = 1.
        let exactB = 0.925 / 1.425
        #expect(isClose(rank[1], exactB, relative: 1e-9))
        #expect(isClose(rank[0], 1 - exactB, relative: 1e-9))
    }

    @Test func nonConvergenceThrows() {
        let graph = makeUndirected(nodes: 3, [(0, 1), (1, 2)])
        #expect(throws: GraphError.pageRankDidNotConverge(iterations: 1)) {
            try graph.pageRank(maxIterations: 1)
        }
    }
}
