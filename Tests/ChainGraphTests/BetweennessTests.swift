import ChainGraph
import Testing

@Suite("Betweenness centrality")
struct BetweennessTests {
    @Test(arguments: Fixtures.undirected)
    func exactMatchesNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let normalized = try #require(fixture.expected.betweenness)
        let raw = try #require(fixture.expected.betweennessUnnormalized)
        for workers in [1, 2, 3] {
            expectMatches(graph.betweennessCentrality(workers: workers), normalized, ids: graph.id(of:), "\(name) normalized, \(workers) workers")
        }
        expectMatches(graph.betweennessCentrality(normalized: false), raw, ids: graph.id(of:), "\(name) unnormalized")
    }

    @Test func wideIndicesMatchNetworkX() throws {
        // Above 65,535 nodes the kernel runs on 32-bit indices: the leaves fixture padded with
        // isolated nodes, which change no unnormalized value and only the normalizing factor.
        let fixture = try Fixtures.graph("leaves")
        let graph = fixture.graph(isolated: 65_400).undirectedSimple()
        let n = Double(graph.nodeCount)
        let raw = try #require(fixture.expected.betweennessUnnormalized)
        let rescaled = raw.mapValues { 2 * $0 / ((n - 1) * (n - 2)) }
        // One run each (every source costs O(nodes) here, slow in debug builds).
        let unnormalized = graph.betweennessCentrality(normalized: false, workers: 2)
        let normalized = graph.betweennessCentrality(workers: 1)
        for v in 0 ..< graph.nodeCount {
            let id = graph.id(of: NodeIndex(v))
            #expect(isClose(unnormalized[v], raw[id] ?? 0), "\(id): \(unnormalized[v])")
            #expect(isClose(normalized[v], rescaled[id] ?? 0), "\(id): \(normalized[v])")
        }
    }

    @Test func leavesAndTwinsScoreAsTheory() throws {
        // The fixture's tree-like parts have closed forms: a leaf is on no shortest path;
        // twins score alike; a chain's middle node c·b separates {c·c} from everything else
        // in its component, c·a separates {c·b, c·c}.
        let fixture = try Fixtures.graph("leaves")
        let graph = fixture.graph().undirectedSimple()
        let raw = graph.betweennessCentrality(normalized: false)
        var score: [String: Double] = [:]
        for v in 0 ..< graph.nodeCount { score[graph.id(of: NodeIndex(v))] = raw[v] }
        let component = Double(80 + 70 + 18 + 3 + 4 + 5 + 6)  // core, leaves, chains, twins
        for i in 0 ..< 70 { #expect(score["f\(String(format: "%03d", i))"] == 0) }
        for i in 0 ..< 6 {
            #expect(isClose(score["c\(i)b"] ?? 0, component - 2))
            #expect(isClose(score["c\(i)a"] ?? 0, 2 * (component - 3)))
        }
        for group in 0 ..< 4 {
            let twins = (0 ..< 3 + group).compactMap { score["w\(group)\($0)"] }
            #expect(twins.count == 3 + group && twins.allSatisfy { isClose($0, twins[0]) }, "group \(group): \(twins)")
        }
        // The star of stars: the centre joins 4 branches of 4 nodes; a branch's centre
        // separates its 3 leaves from the other 13 nodes and the leaves from each other.
        #expect(isClose(score["t00"] ?? 0, 6 * 16))
        #expect(isClose(score["t10"] ?? 0, 3 * 13 + 3))
        #expect(score["d0"] == 0 && score["i0"] == 0)
    }

    @Test func pathGraph() {
        // 0-1-2-3-4: node i lies on i·(4-i) pairs.
        let graph = makeUndirected(nodes: 5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        #expect(graph.betweennessCentrality(normalized: false) == [0, 3, 4, 3, 0])
        let normalized = graph.betweennessCentrality()
        for (value, expected) in zip(normalized, [0, 3.0 / 6, 4.0 / 6, 3.0 / 6, 0]) {
            #expect(isClose(value, expected))
        }
    }

    @Test func starGraph() {
        // The centre of a star with 6 leaves lies on all C(6, 2) = 15 leaf pairs.
        let graph = makeUndirected(nodes: 7, (1 ... 6).map { (0, $0) })
        let raw = graph.betweennessCentrality(normalized: false)
        #expect(raw == [15, 0, 0, 0, 0, 0, 0])
        #expect(graph.betweennessCentrality()[0] == 1)
    }

    @Test func cycleSplitsPathsEvenly() {
        // In a 4-cycle each node is the middle of one pair, reached two ways: 0.5 each.
        let graph = makeUndirected(nodes: 4, [(0, 1), (1, 2), (2, 3), (3, 0)])
        #expect(graph.betweennessCentrality(normalized: false) == [0.5, 0.5, 0.5, 0.5])
    }

    @Test(arguments: ["random", "leaves"])
    func sameWorkerCountGivesIdenticalBits(_ name: String) throws {
        let graph = try Fixtures.graph(name).graph().undirectedSimple()
        #expect(graph.betweennessCentrality(workers: 2) == graph.betweennessCentrality(workers: 2))
        #expect(graph.betweennessCentrality(workers: 1) == graph.betweennessCentrality(workers: 1))
    }

    @Test func sampledWithAllNodesIsExact() throws {
        let graph = try Fixtures.graph("random").graph().undirectedSimple()
        let exact = graph.betweennessCentrality()
        let sampled = graph.betweennessCentrality(pivots: graph.nodeCount, seed: 99)
        for (a, b) in zip(exact, sampled) { #expect(isClose(a, b)) }
    }

    @Test func sampledIsDeterministicPerSeed() throws {
        let graph = try Fixtures.graph("random").graph().undirectedSimple()
        let first = graph.betweennessCentrality(pivots: 40, seed: 7)
        #expect(first == graph.betweennessCentrality(pivots: 40, seed: 7, workers: 2))
        #expect(first != graph.betweennessCentrality(pivots: 40, seed: 8))
    }

    @Test func sampledEstimatesAverageToExact() throws {
        // Unbiased estimator: the mean over many seeds approaches the exact values.
        let graph = try Fixtures.graph("random").graph().undirectedSimple()
        let exact = graph.betweennessCentrality()
        let runs = 60
        var mean = [Double](repeating: 0, count: graph.nodeCount)
        for seed in 0 ..< runs {
            let estimate = graph.betweennessCentrality(pivots: 60, seed: UInt64(seed), workers: 1)
            for v in 0 ..< mean.count { mean[v] += estimate[v] / Double(runs) }
        }
        let total = exact.reduce(0, +)
        let error = zip(mean, exact).reduce(0) { $0 + abs($1.0 - $1.1) }
        #expect(error / total < 0.05, "relative L1 error of the mean estimate: \(error / total)")
        // The most central nodes are found.
        let top = Set(exact.indices.sorted { exact[$0] > exact[$1] }.prefix(5))
        let topEstimate = Set(mean.indices.sorted { mean[$0] > mean[$1] }.prefix(10))
        #expect(top.isSubset(of: topEstimate))
    }

    @Test func tinyGraphsAreZero() {
        #expect(makeUndirected(nodes: 1, []).betweennessCentrality() == [0])
        #expect(makeUndirected(nodes: 2, [(0, 1)]).betweennessCentrality() == [0, 0])
    }
}
