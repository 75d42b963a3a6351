import ChainGraph
import Testing

@Suite("BFS, k-hop neighbourhoods and shortest paths")
struct TraversalTests {
    @Test(arguments: Fixtures.undirected)
    func hopDistancesMatchNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        for sourceID in fixture.sources {
            let source = try #require(graph.index(of: sourceID))
            let distances = graph.hopDistances(from: source)
            let expected = try #require(fixture.expected.bfs[sourceID])
            for v in graph.nodeIndices {
                #expect(distances[v.int] == expected[graph.id(of: v)], "\(name) \(sourceID)→\(graph.id(of: v))")
            }
            // Unweighted shortest paths have the BFS length and use existing edges.
            for v in graph.nodeIndices {
                let path = graph.shortestPath(from: source, to: v)
                #expect(path.map { $0.count - 1 } == expected[graph.id(of: v)])
                if let path {
                    #expect(path.first == source && path.last == v)
                    for (x, y) in zip(path, path.dropFirst()) { #expect(graph.containsEdge(between: x, and: y)) }
                }
            }
        }
    }

    @Test(arguments: Fixtures.undirected)
    func dijkstraMatchesNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        for sourceID in fixture.sources {
            let source = try #require(graph.index(of: sourceID))
            let distances = try graph.weightedDistances(from: source)
            let expected = try #require(fixture.expected.dijkstra[sourceID])
            for v in graph.nodeIndices {
                if let reference = expected[graph.id(of: v)] {
                    #expect(isClose(distances[v.int], reference), "\(name) \(sourceID)→\(graph.id(of: v))")
                    let path = try #require(try graph.weightedShortestPath(from: source, to: v))
                    #expect(isClose(path.length, reference))
                    var length = 0.0
                    for (x, y) in zip(path.nodes, path.nodes.dropFirst()) {
                        length += try #require(graph.weight(between: x, and: y))
                    }
                    #expect(isClose(length, reference))
                } else {
                    #expect(distances[v.int] == .infinity)
                    #expect(try graph.weightedShortestPath(from: source, to: v) == nil)
                }
            }
        }
    }

    @Test(arguments: Fixtures.undirected)
    func twoHopNeighbourhoodMatchesEgoGraph(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        for sourceID in fixture.sources {
            let source = try #require(graph.index(of: sourceID))
            let expected = try #require(fixture.expected.ego2?[sourceID])
            let found = graph.neighborhood(of: source, hops: 2, includeSource: true)
            #expect(found.map { graph.id(of: $0) }.sorted() == expected)
            #expect(found.first == source)
            let distances = graph.hopDistances(from: source)
            let keys = found.map { (distances[$0.int] ?? -1, $0) }
            #expect(keys.elementsEqual(keys.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }, by: ==))
            #expect(graph.neighborhood(of: source, hops: 2).count == found.count - 1)
        }
    }

    @Test func directedDistancesMatchNetworkX() throws {
        let fixture = try Fixtures.graph("directed")
        let graph = fixture.graph()
        for sourceID in fixture.sources {
            let source = try #require(graph.index(of: sourceID))
            let hops = graph.hopDistances(from: source)
            let weighted = try graph.weightedDistances(from: source)
            let bfs = try #require(fixture.expected.bfs[sourceID])
            let dijkstra = try #require(fixture.expected.dijkstra[sourceID])
            for v in graph.nodeIndices {
                let id = graph.id(of: v)
                #expect(hops[v.int] == bfs[id])
                #expect(graph.shortestPath(from: source, to: v).map { $0.count - 1 } == bfs[id])
                if let reference = dijkstra[id] {
                    #expect(isClose(weighted[v.int], reference), "\(sourceID)→\(id)")
                    let path = try #require(try graph.weightedShortestPath(from: source, to: v))
                    #expect(isClose(path.length, reference))
                } else {
                    #expect(weighted[v.int] == .infinity)
                }
            }
        }
        for v in graph.nodeIndices {
            #expect(graph.inDegree(of: v) == fixture.expected.inDegree?[graph.id(of: v)])
            #expect(graph.outDegree(of: v) == fixture.expected.outDegree?[graph.id(of: v)])
        }
    }

    @Test func pathGraphKnownAnswers() {
        // 0 - 1 - 2 - 3 - 4
        let graph = makeUndirected(nodes: 5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        #expect(graph.hopDistances(from: NodeIndex(0)) == [0, 1, 2, 3, 4])
        #expect(graph.hopDistances(from: NodeIndex(0), maxHops: 2) == [0, 1, 2, nil, nil])
        #expect(graph.neighborhood(of: NodeIndex(2), hops: 1) == [NodeIndex(1), NodeIndex(3)])
        #expect(graph.shortestPath(from: NodeIndex(4), to: NodeIndex(1)) == [4, 3, 2, 1].map { NodeIndex($0) })
        #expect(graph.shortestPath(from: NodeIndex(2), to: NodeIndex(2)) == [NodeIndex(2)])
    }

    @Test func shortestPathTiesPreferSmallerIndices() {
        // Two shortest routes 0→3: via 1 or via 2; and 0→5 via (1,4) or (2,4).
        let graph = makeUndirected(nodes: 6, [(0, 2), (2, 3), (0, 1), (1, 3), (3, 5), (2, 4), (1, 4), (4, 5)])
        #expect(graph.shortestPath(from: NodeIndex(0), to: NodeIndex(3)) == [0, 1, 3].map { NodeIndex($0) })
        #expect(graph.shortestPath(from: NodeIndex(0), to: NodeIndex(5)) == [0, 1, 3, 5].map { NodeIndex($0) })
        #expect(graph.shortestPath(from: NodeIndex(5), to: NodeIndex(0)) == [5, 3, 1, 0].map { NodeIndex($0) })
    }

    @Test func disconnectedPairsHaveNoPath() {
        let graph = makeUndirected(nodes: 4, [(0, 1), (2, 3)])
        #expect(graph.shortestPath(from: NodeIndex(0), to: NodeIndex(3)) == nil)
        #expect(graph.hopDistances(from: NodeIndex(0)) == [0, 1, nil, nil])
    }

    @Test func directedPathsFollowEdgeDirections() {
        var builder = GraphBuilder()
        for id in ["a", "b", "c"] { builder.addNode(id: id, kind: Kinds.plain) }
        builder.addEdge(from: NodeIndex(0), to: NodeIndex(1), type: Kinds.link)
        builder.addEdge(from: NodeIndex(1), to: NodeIndex(2), type: Kinds.link)
        let graph = builder.build()
        #expect(graph.shortestPath(from: NodeIndex(0), to: NodeIndex(2))?.count == 3)
        #expect(graph.shortestPath(from: NodeIndex(2), to: NodeIndex(0)) == nil)
        #expect(graph.neighborhood(of: NodeIndex(1), hops: 5) == [NodeIndex(2)])
    }

    @Test func dijkstraRejectsNegativeWeights() {
        var builder = GraphBuilder()
        let a = builder.addNode(id: "a", kind: Kinds.plain)
        let b = builder.addNode(id: "b", kind: Kinds.plain)
        builder.addEdge(from: a, to: b, type: Kinds.link, weight: -1)
        let graph = builder.build()
        #expect(throws: GraphError.negativeWeight(source: a, target: b, weight: -1)) {
            try graph.weightedDistances(from: a)
        }
        #expect(throws: GraphError.self) { try graph.undirectedSimple().weightedShortestPath(from: a, to: b) }
    }

    @Test func dijkstraUsesTheLighterParallelEdge() throws {
        var builder = GraphBuilder()
        let a = builder.addNode(id: "a", kind: Kinds.plain)
        let b = builder.addNode(id: "b", kind: Kinds.plain)
        let c = builder.addNode(id: "c", kind: Kinds.plain)
        builder.addEdge(from: a, to: b, type: Kinds.link, weight: 5)
        builder.addEdge(from: a, to: b, type: Kinds.link, weight: 2)
        builder.addEdge(from: a, to: c, type: Kinds.link, weight: 1)
        builder.addEdge(from: c, to: b, type: Kinds.link, weight: 1.5)
        let path = try #require(try builder.build().weightedShortestPath(from: a, to: b))
        #expect(path.nodes == [a, b])
        #expect(path.length == 2)
    }
}
