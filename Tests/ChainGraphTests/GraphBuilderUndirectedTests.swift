import ChainGraph
import Testing

@Suite("GraphBuilder straight to the undirected projection")
struct GraphBuilderUndirectedTests {
    /// A builder with loops, parallel edges both ways, isolated nodes and repeated ids, from a fixed seed.
    func builder(nodes: Int, edges: Int, seed: UInt64, weighted: Bool = false) -> GraphBuilder {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var builder = GraphBuilder(reservingNodes: nodes, edges: edges)
        for i in 0 ..< nodes { builder.addNode(id: "n\(i % (nodes - 1))", kind: i.isMultiple(of: 2) ? Kinds.firm : Kinds.place) }
        let count = builder.nodeCount
        for _ in 0 ..< edges {
            let from = NodeIndex(next(count)), to = next(4) == 0 ? from : NodeIndex(next(count))
            builder.addEdge(from: from, to: to, type: Kinds.supplies, weight: weighted ? Double(1 + next(5)) : 1)
        }
        return builder
    }

    func expectEqual(_ a: UndirectedGraph, _ b: UndirectedGraph) {
        #expect(a.nodeCount == b.nodeCount)
        #expect(a.edgeCount == b.edgeCount)
        for v in 0 ..< a.nodeCount {
            let node = NodeIndex(v)
            #expect(a.id(of: node) == b.id(of: node))
            #expect(a.kind(of: node) == b.kind(of: node))
            #expect(Array(a.neighbors(of: node)) == Array(b.neighbors(of: node)))
            #expect(a.weightedNeighbors(of: node).map(\.weight) == b.weightedNeighbors(of: node).map(\.weight))
        }
    }

    @Test(arguments: [(1, 0), (2, 5), (30, 200), (200, 3_000)])
    func equalsTheTwoStepProjection(nodes: Int, edges: Int) {
        let made = builder(nodes: nodes + 1, edges: edges, seed: UInt64(nodes * 31 + edges))
        expectEqual(made.buildUndirectedSimple(), made.build().undirectedSimple())
    }

    @Test func weightedEdgesKeepTheMinimumLikeTheTwoStepProjection() {
        let made = builder(nodes: 40, edges: 400, seed: 7, weighted: true)
        expectEqual(made.buildUndirectedSimple(), made.build().undirectedSimple())
    }

    @Test func indexFindsAddedIds() {
        var builder = GraphBuilder()
        let a = builder.addNode(id: "a", kind: Kinds.firm)
        #expect(builder.index(of: "a") == a)
        #expect(builder.index(of: "b") == nil)
    }
}
