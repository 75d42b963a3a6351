import ChainGraph
import Foundation
import Testing

@Suite("Neighborhood scores")
struct NeighborhoodScoresTests {
    /// Every score from one walk equals the pairwise score (itself checked against NetworkX) bit for bit,
    /// with one instance reused across sources and methods.
    @Test(arguments: Fixtures.undirected)
    func equalPairwiseScores(_ name: String) throws {
        let graph = try Fixtures.graph(name).graph().undirectedSimple()
        var scores = NeighborhoodScores(graph)
        for method in LinkPredictionMethod.allCases {
            for source in graph.nodeIndices.prefix(60) {
                scores.compute(from: source, method: method, in: graph)
                #expect(scores.source == source)
                for node in graph.nodeIndices {
                    let pairwise = graph.linkScore(between: source, and: node, method: method)
                    #expect(scores.score(of: node) == pairwise, "\(name) \(method) \(graph.id(of: source))-\(graph.id(of: node))")
                    #expect(scores.isNeighbor(node) == graph.containsEdge(between: source, and: node))
                }
            }
        }
    }

    /// A walk through lists restricted to a subset gives the subset's scores, the source's own and every
    /// adjacency flag equal to the full walk's, bit for bit (what `match` relies on for the experts).
    @Test(arguments: Fixtures.undirected)
    func subsetWalkEqualsFullWalk(_ name: String) throws {
        let graph = try Fixtures.graph(name).graph().undirectedSimple()
        let subset = SubsetAdjacency(graph) { $0.int % 3 == 1 }
        #expect(subset.nodeCount == graph.nodeCount)
        #expect(subset.entryCount < graph.edgeCount * 2)
        var full = NeighborhoodScores(graph), restricted = NeighborhoodScores(graph)
        for method in LinkPredictionMethod.allCases {
            for source in graph.nodeIndices.prefix(60) {
                full.compute(from: source, method: method, in: graph)
                restricted.compute(from: source, method: method, in: graph, reaching: subset)
                #expect(restricted.source == source && restricted.method == method)
                for node in graph.nodeIndices {
                    if node.int % 3 == 1 || node == source {
                        #expect(restricted.score(of: node) == full.score(of: node), "\(name) \(method) \(source)-\(node)")
                    }
                    #expect(restricted.isNeighbor(node) == full.isNeighbor(node))
                }
            }
        }
    }

    @Test func knownScores() {
        // 0 and 1 share neighbours 2 (degree 2) and 3 (degree 3); 1 also has 4; 3 also has 4.
        let graph = makeUndirected(nodes: 6, [(0, 2), (1, 2), (0, 3), (1, 3), (3, 4), (1, 4)])
        var scores = NeighborhoodScores(graph)
        #expect(scores.source == nil)
        #expect(scores.score(of: NodeIndex(1)) == 0)
        scores.compute(from: NodeIndex(0), method: .resourceAllocation, in: graph)
        #expect(isClose(scores.score(of: NodeIndex(1)), 1.0 / 2 + 1.0 / 3))
        #expect(isClose(scores.score(of: NodeIndex(4)), 1.0 / 3))
        #expect(scores.score(of: NodeIndex(5)) == 0, "isolated")
        #expect(scores.isNeighbor(NodeIndex(2)) && scores.isNeighbor(NodeIndex(3)))
        #expect(!scores.isNeighbor(NodeIndex(1)) && !scores.isNeighbor(NodeIndex(0)))
        scores.compute(from: NodeIndex(4), method: .commonNeighbors, in: graph)
        #expect(scores.score(of: NodeIndex(0)) == 1, "a second source forgets the first")
        #expect(scores.score(of: NodeIndex(2)) == 1)
        #expect(!scores.isNeighbor(NodeIndex(2)))
        scores.compute(from: NodeIndex(0), method: .jaccard, in: graph)
        #expect(scores.score(of: NodeIndex(1)) == 2.0 / 3)
        scores.compute(from: NodeIndex(0), method: .preferentialAttachment, in: graph)
        #expect(scores.score(of: NodeIndex(1)) == 6)
    }
}
