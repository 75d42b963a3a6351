import ChainGraph
import Testing

@Suite("PageRank")
struct PageRankTests {
    /// The default stop matches NetworkX converged with tol=1e-12 far inside the promised 1e-6 relative.
    @Test(arguments: Fixtures.undirected)
    func undirectedMatchesConvergedNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let weighted = try graph.pageRank()
        expectMatches(weighted, fixture.expected.pagerank, ids: graph.id(of:), relative: 1e-7, "\(name) weighted")
        expectMatches(try graph.pageRank(weighted: false), fixture.expected.pagerankUnweighted, ids: graph.id(of:), relative: 1e-7, "\(name) unweighted")
        #expect(isClose(weighted.reduce(0, +), 1, relative: 1e-12))
    }

    /// NetworkX's stopping rule stops where NetworkX's default does: the same iterate.
    @Test(arguments: Fixtures.undirected)
    func networkXToleranceMatchesNetworkXDefault(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let expected = try #require(fixture.expected.pagerankNetworkxDefault)
        let expectedUnweighted = try #require(fixture.expected.pagerankUnweightedNetworkxDefault)
        expectMatches(try graph.pageRank(tolerance: 1e-6), expected, ids: graph.id(of:), relative: 1e-12, "\(name) weighted")
        expectMatches(try graph.pageRank(stop: .networkX(tolerance: 1e-6), weighted: false), expectedUnweighted,
                      ids: graph.id(of:), relative: 1e-12, "\(name) unweighted")
    }

    @Test func directedMatchesNetworkX() throws {
        let fixture = try Fixtures.graph("directed")
        let graph = fixture.graph()
        expectMatches(try graph.pageRank(), fixture.expected.pagerank, ids: graph.id(of:), relative: 1e-7, "directed weighted")
        expectMatches(try graph.pageRank(weighted: false), fixture.expected.pagerankUnweighted, ids: graph.id(of:), relative: 1e-7, "directed unweighted")
        let loose = try #require(fixture.expected.pagerankNetworkxDefault)
        expectMatches(try graph.pageRank(tolerance: 1e-6), loose, ids: graph.id(of:), relative: 1e-12, "directed, NetworkX's rule")
    }

    /// The fixture where NetworkX's default stops early: its scores are measurably off the converged ones, which
    /// the default stop fixes (so the tests above can tell the two rules apart).
    @Test func networkXDefaultIsLessAccurate() throws {
        let fixture = try Fixtures.graph("random")
        let graph = fixture.graph().undirectedSimple()
        let loose = try graph.pageRank(tolerance: 1e-6)
        let worst = graph.nodeIndices.map { node in
            abs(loose[node.int] - (fixture.expected.pagerank[graph.id(of: node)] ?? 0)) / loose[node.int]
        }.max() ?? 0
        #expect(worst > 1e-6)
    }

    /// Threads split the nodes in fixed blocks and add their partial sums in block order: same bits.
    @Test func workersDoNotChangeTheResult() throws {
        var rng = SplitMix64(seed: 7)
        let n = 10_000
        var edges: [(Int, Int)] = []
        for _ in 0 ..< 30_000 { edges.append((rng.next(below: n), rng.next(below: n))) }
        let weights = edges.indices.map { Double($0 % 7 + 1) }
        let graph = makeUndirected(nodes: n, edges, weights: weights)
        let one = try graph.pageRank(workers: 1)
        #expect(try graph.pageRank(workers: 2) == one)
        #expect(try graph.pageRank(workers: 3) == one)
        #expect(try graph.pageRank(weighted: false, workers: 2) == graph.pageRank(weighted: false, workers: 1))
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
        let graph = builder.build()
        // Fixed point: x_a = 0.425 x_b + 0.075 and x_a + x_b = 1.
        let exactB = 0.925 / 1.425
        let rank = try graph.pageRank()
        #expect(isClose(rank[1], exactB, relative: 1e-8))
        #expect(isClose(rank[0], 1 - exactB, relative: 1e-8))
        let tight = try graph.pageRank(stop: .relativeChange(1e-14))
        #expect(isClose(tight[1], exactB, relative: 1e-13))
    }

    @Test func nonConvergenceThrows() {
        let graph = makeUndirected(nodes: 3, [(0, 1), (1, 2)])
        #expect(throws: GraphError.pageRankDidNotConverge(iterations: 1)) {
            try graph.pageRank(maxIterations: 1)
        }
        #expect(throws: GraphError.pageRankDidNotConverge(iterations: 1)) {
            try graph.pageRank(tolerance: 1e-6, maxIterations: 1)
        }
    }
}
