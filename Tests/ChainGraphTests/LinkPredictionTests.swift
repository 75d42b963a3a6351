import ChainGraph
import Foundation
import Testing

@Suite("Link prediction")
struct LinkPredictionTests {
    /// NetworkX's values for one method.
    func reference(_ method: LinkPredictionMethod, _ expected: Expected) -> [Double]? {
        switch method {
        case .commonNeighbors: expected.commonNeighbors
        case .jaccard: expected.jaccard
        case .adamicAdar: expected.adamicAdar
        case .resourceAllocation: expected.resourceAllocation
        case .preferentialAttachment: expected.preferentialAttachment
        }
    }

    @Test(arguments: Fixtures.undirected)
    func scoresMatchNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let pairs = try #require(fixture.expected.linkPairs).map { pair in
            (graph.index(of: pair[0]) ?? NodeIndex(-1), graph.index(of: pair[1]) ?? NodeIndex(-1))
        }
        for method in LinkPredictionMethod.allCases {
            let expected = try #require(reference(method, fixture.expected))
            let batch = graph.linkScores(for: pairs, method: method)
            let parallel = graph.linkScores(for: pairs, method: method, workers: 3)
            #expect(batch == parallel)
            for (k, (u, v)) in pairs.enumerated() {
                let single = graph.linkScore(between: u, and: v, method: method)
                #expect(isClose(single, expected[k]), "\(name) \(method) \(graph.id(of: u))-\(graph.id(of: v)): \(single) vs \(expected[k])")
                #expect(single == batch[k], "batch and single scores agree bit for bit")
                #expect(single == graph.linkScore(between: v, and: u, method: method), "symmetric")
            }
        }
    }

    @Test func isolatedPairsScoreZero() {
        let graph = makeUndirected(nodes: 3, [])
        for method in LinkPredictionMethod.allCases {
            #expect(graph.linkScore(between: NodeIndex(0), and: NodeIndex(1), method: method) == 0)
        }
    }

    @Test func knownScores() {
        // 0 and 1 share neighbours 2 (degree 2) and 3 (degree 3); 1 also has 4; 3 also has 4.
        let graph = makeUndirected(nodes: 5, [(0, 2), (1, 2), (0, 3), (1, 3), (3, 4), (1, 4)])
        let u = NodeIndex(0), v = NodeIndex(1)
        #expect(graph.linkScore(between: u, and: v, method: .commonNeighbors) == 2)
        #expect(graph.linkScore(between: u, and: v, method: .jaccard) == 2.0 / 3)
        #expect(isClose(graph.linkScore(between: u, and: v, method: .adamicAdar), 1 / log(2.0) + 1 / log(3.0)))
        #expect(isClose(graph.linkScore(between: u, and: v, method: .resourceAllocation), 1.0 / 2 + 1.0 / 3))
        #expect(graph.linkScore(between: u, and: v, method: .preferentialAttachment) == 6)
    }

    /// Brute force over all non-neighbours, for comparison with the 2-hop walk.
    func bruteForceTopK(_ graph: UndirectedGraph, _ node: NodeIndex, _ k: Int, _ method: LinkPredictionMethod) -> [LinkCandidate] {
        var candidates: [LinkCandidate] = []
        for other in graph.nodeIndices where other != node && !graph.containsEdge(between: node, and: other) {
            let score = graph.linkScore(between: node, and: other, method: method)
            if score > 0 { candidates.append(LinkCandidate(node: other, score: score)) }
        }
        candidates.sort { a, b in a.score != b.score ? a.score > b.score : a.node < b.node }
        return Array(candidates.prefix(k))
    }

    @Test(arguments: LinkPredictionMethod.allCases)
    func topKMatchesBruteForce(_ method: LinkPredictionMethod) throws {
        let graph = try Fixtures.graph("random").graph().undirectedSimple()
        let queries = Array(graph.nodeIndices.prefix(40))
        let batched = graph.topK(for: queries, k: 7, method: method)
        for (q, node) in queries.enumerated() {
            let expected = bruteForceTopK(graph, node, 7, method)
            let found = graph.topK(for: node, k: 7, method: method)
            #expect(found == expected, "\(method) for \(graph.id(of: node))")
            #expect(batched[q] == found)
        }
        // k larger than the candidate count returns every positive candidate.
        let all = graph.topK(for: NodeIndex(0), k: 10_000, method: method)
        #expect(all == bruteForceTopK(graph, NodeIndex(0), 10_000, method))
    }

    @Test func topKBreaksTiesByIndexAndSkipsNeighbours() {
        // Star around 0: every pair of leaves has exactly one common neighbour.
        let graph = makeUndirected(nodes: 6, (1 ... 5).map { (0, $0) })
        let found = graph.topK(for: NodeIndex(3), k: 3, method: .commonNeighbors)
        #expect(found == [1, 2, 4].map { LinkCandidate(node: NodeIndex($0), score: 1) })
        #expect(graph.topK(for: NodeIndex(0), k: 3, method: .jaccard).isEmpty, "the hub already links everyone")
        #expect(graph.topK(for: NodeIndex(3), k: 0, method: .adamicAdar).isEmpty)
        let attachment = graph.topK(for: NodeIndex(3), k: 2, method: .preferentialAttachment)
        #expect(attachment == [1, 2].map { LinkCandidate(node: NodeIndex($0), score: 1) })
    }
}
