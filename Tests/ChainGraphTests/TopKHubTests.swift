@testable import ChainGraph
import Testing

@Suite("Top-k with hubs")
struct TopKHubTests {
    /// Hubs joined to a large share of the nodes, sparse ties among the rest, and some nodes reached only
    /// through hubs: the shape where top-k skips the hubs' lists (here with hubs of degree over 128, since the
    /// default threshold needs a larger graph than a test should build).
    static func hubGraph(seed: UInt64) -> UndirectedGraph {
        var rng = SplitMix64(seed: seed)
        let n = 500
        var builder = GraphBuilder(reservingNodes: n)
        for i in 0 ..< n { builder.addNode(id: "n\(i)", kind: NodeTag(rawValue: 0)) }
        let link = EdgeType(rawValue: 0)
        for hub in 0 ..< 6 {
            for v in 6 ..< n where rng.next(below: 100) < 30 + 8 * hub {
                builder.addEdge(from: NodeIndex(hub), to: NodeIndex(v), type: link)
            }
        }
        for _ in 0 ..< 2 * n {
            let a = 6 + rng.next(below: n - 6), b = 6 + rng.next(below: n - 6)
            if a != b { builder.addEdge(from: NodeIndex(a), to: NodeIndex(b), type: link) }
        }
        return builder.build().undirectedSimple()
    }

    /// Every positive-score non-neighbour, scored by `linkScore`, best first.
    func bruteForce(_ graph: UndirectedGraph, _ node: NodeIndex, _ k: Int, _ method: LinkPredictionMethod) -> [LinkCandidate] {
        var candidates: [LinkCandidate] = []
        for other in graph.nodeIndices where other != node && !graph.containsEdge(between: node, and: other) {
            let score = graph.linkScore(between: node, and: other, method: method)
            if score > 0 { candidates.append(LinkCandidate(node: other, score: score)) }
        }
        candidates.sort(by: ranksBefore)
        return Array(candidates.prefix(k))
    }

    @Test("skipping hubs gives exactly the full walk's answer, scores bit for bit",
          arguments: [LinkPredictionMethod.resourceAllocation, .adamicAdar])
    func prunedEqualsBruteForce(_ method: LinkPredictionMethod) {
        var pruned = 0, declined = 0
        for seed in [UInt64(1), 2] {
            let graph = Self.hubGraph(seed: seed)
            let queries = Array(graph.nodeIndices)
            let expected = queries.map { bruteForce(graph, $0, 40, method) }
            let scratch = TopKScratch(nodeCount: graph.nodeCount)
            for k in [1, 3, 10, 40] {
                let batched = graph.topK(for: queries, k: k, method: method, workers: 2)
                for node in queries {
                    let best = Array(expected[node.int].prefix(k))
                    #expect(batched[node.int] == best, "\(method) k=\(k) node \(node)")
                    let attempt = graph.withRawAdjacency { offsets, targets in
                        graph.prunedTopK(node.int, k: k, method: method, scratch: scratch, offsets: offsets, targets: targets, hubDegree: 128)
                    }
                    if let attempt {
                        pruned += 1
                        #expect(attempt == best)
                    } else {
                        declined += 1
                    }
                }
            }
        }
        // Both paths must have been exercised for the comparison to mean something.
        #expect(pruned > 500 && declined > 50, "pruned \(pruned), declined \(declined)")
    }
}
