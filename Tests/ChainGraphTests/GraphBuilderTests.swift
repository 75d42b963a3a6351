import ChainGraph
import Testing

@Suite("GraphBuilder and CSR storage")
struct GraphBuilderTests {
    /// a→b (supplies, 2), a→c (owns), b→c (supplies), c→a (supplies), c→c (loop), a→b again.
    func sample() -> Graph {
        var builder = GraphBuilder(reservingNodes: 4, edges: 6)
        let a = builder.addNode(id: "a", kind: Kinds.firm)
        let b = builder.addNode(id: "b", kind: Kinds.firm)
        let c = builder.addNode(id: "c", kind: Kinds.place)
        builder.addNode(id: "d", kind: Kinds.place)
        builder.addEdge(from: a, to: b, type: Kinds.supplies, weight: 2)
        builder.addEdge(from: a, to: c, type: Kinds.owns)
        builder.addEdge(from: b, to: c, type: Kinds.supplies)
        builder.addEdge(from: c, to: a, type: Kinds.supplies, weight: 5)
        builder.addEdge(from: c, to: c, type: Kinds.supplies)
        builder.addEdge(from: a, to: b, type: Kinds.owns, weight: 0.5)
        return builder.build()
    }

    @Test func duplicateIdsReturnTheExistingIndex() {
        var builder = GraphBuilder()
        let first = builder.addNode(id: "x", kind: Kinds.firm)
        let again = builder.addNode(id: "x", kind: Kinds.place)
        #expect(first == again)
        #expect(builder.nodeCount == 1)
        let graph = builder.build()
        #expect(graph.kind(of: first) == Kinds.firm, "the first kind is kept")
    }

    @Test func idsKindsAndLookup() {
        let graph = sample()
        #expect(graph.nodeCount == 4)
        #expect(graph.edgeCount == 6)
        #expect(graph.index(of: "c") == NodeIndex(2))
        #expect(graph.index(of: "zzz") == nil)
        #expect(graph.id(of: NodeIndex(3)) == "d")
        #expect(graph.kind(of: NodeIndex(2)) == Kinds.place)
        #expect(graph.isWeighted)
        #expect(Array(graph.nodeIndices) == (0 ..< 4).map { NodeIndex($0) })
    }

    @Test func degreeSumsEqualEdgeCount() {
        let graph = sample()
        #expect(graph.outDegrees().reduce(0, +) == graph.edgeCount)
        #expect(graph.inDegrees().reduce(0, +) == graph.edgeCount)
        #expect(graph.outDegrees() == [3, 1, 2, 0])
        #expect(graph.inDegrees() == [1, 2, 3, 0])
    }

    @Test func successorsAndPredecessorsAreSortedAndKeepParallels() {
        let graph = sample()
        let a = NodeIndex(0), b = NodeIndex(1), c = NodeIndex(2)
        #expect(Array(graph.successors(of: a)) == [b, b, c])
        #expect(Array(graph.predecessors(of: c)) == [a, b, c])
        #expect(Array(graph.predecessors(of: a)) == [c])
        #expect(graph.successors(of: NodeIndex(3)).isEmpty)
    }

    @Test func edgesCarryTypeAndWeight() {
        let graph = sample()
        let a = NodeIndex(0), b = NodeIndex(1)
        let out = Array(graph.edges(from: a))
        // Sorted by target, then insertion order.
        #expect(out.map(\.target) == [b, b, NodeIndex(2)])
        #expect(out.map(\.type) == [Kinds.supplies, Kinds.owns, Kinds.owns])
        #expect(out.map(\.weight) == [2, 0.5, 1])
        for edge in out { #expect(graph.edge(edge.index) == edge) }
        let into = Array(graph.edges(to: a))
        #expect(into.count == 1)
        #expect(into.first?.source == NodeIndex(2))
        #expect(into.first?.weight == 5)
        // Every edge is reachable by index and appears once as an in-edge.
        var seen = Set<EdgeIndex>()
        for v in graph.nodeIndices {
            for edge in graph.edges(to: v) {
                #expect(edge.target == v)
                seen.insert(edge.index)
            }
        }
        #expect(seen.count == graph.edgeCount)
    }

    @Test func unitWeightsAreNotStored() {
        var builder = GraphBuilder()
        let a = builder.addNode(id: "a", kind: Kinds.plain)
        let b = builder.addNode(id: "b", kind: Kinds.plain)
        builder.addEdge(from: a, to: b, type: Kinds.link)
        let graph = builder.build()
        #expect(!graph.isWeighted)
        #expect(graph.edges(from: a).first?.weight == 1)
        #expect(!graph.undirectedSimple().isWeighted)
    }

    @Test func undirectedSimpleDropsLoopsAndMergesParallels() {
        let simple = sample().undirectedSimple()
        #expect(simple.nodeCount == 4)
        // {a,b} (three input edges), {a,c} (two), {b,c}; the loop c→c is gone.
        #expect(simple.edgeCount == 3)
        let a = NodeIndex(0), b = NodeIndex(1), c = NodeIndex(2), d = NodeIndex(3)
        #expect(Array(simple.neighbors(of: a)) == [b, c])
        #expect(Array(simple.neighbors(of: c)) == [a, b])
        #expect(simple.neighbors(of: d).isEmpty)
        #expect(simple.weight(between: a, and: b) == 0.5, "minimum of 2 and 0.5")
        #expect(simple.weight(between: c, and: a) == 1, "minimum of 1 and 5")
        #expect(simple.weight(between: a, and: d) == nil)
        #expect(simple.containsEdge(between: b, and: c))
        #expect(!simple.containsEdge(between: c, and: c))
        #expect(simple.degrees().reduce(0, +) == 2 * simple.edgeCount)
        #expect(simple.id(of: c) == "c")
        #expect(simple.index(of: "b") == b)
        #expect(simple.kind(of: d) == Kinds.place)
        let weighted = Array(simple.weightedNeighbors(of: a))
        #expect(weighted.map(\.node) == [b, c])
        #expect(weighted.map(\.weight) == [0.5, 1])
    }

    @Test func undirectedNeighbourListsAreSortedAndSymmetric() throws {
        let fixture = try Fixtures.graph("random")
        let simple = fixture.graph().undirectedSimple()
        #expect(simple.edgeCount == fixture.expected.edgeCount)
        for v in simple.nodeIndices {
            let list = Array(simple.neighbors(of: v))
            #expect(list == list.sorted())
            #expect(Set(list).count == list.count)
            #expect(!list.contains(v))
            for w in list { #expect(simple.containsEdge(between: w, and: v)) }
        }
    }

    @Test func filteredByEdgeType() {
        let graph = sample()
        let supplies = graph.filtered(nodeKinds: nil, edgeTypes: [Kinds.supplies])
        #expect(supplies.nodeCount == 4)
        #expect(supplies.edgeCount == 4)
        for v in supplies.nodeIndices {
            for edge in supplies.edges(from: v) { #expect(edge.type == Kinds.supplies) }
        }
        let a = NodeIndex(0)
        #expect(supplies.edges(from: a).map(\.weight) == [2])
    }

    @Test func filteredByNodeKindRenumbersAndKeepsIds() {
        let graph = sample()
        let places = graph.filtered(nodeKinds: [Kinds.place], edgeTypes: nil)
        #expect(places.nodeCount == 2)
        #expect(places.id(of: NodeIndex(0)) == "c")
        #expect(places.id(of: NodeIndex(1)) == "d")
        #expect(places.index(of: "a") == nil)
        // Only the loop c→c joins two places.
        #expect(places.edgeCount == 1)
        let c = places.index(of: "c")
        #expect(c == NodeIndex(0))
        #expect(Array(places.successors(of: NodeIndex(0))) == [NodeIndex(0)])

        let firms = graph.filtered(nodeKinds: [Kinds.firm], edgeTypes: [Kinds.owns])
        #expect(firms.nodeCount == 2)
        #expect(firms.edgeCount == 1, "only the a→b 'owns' edge")
        #expect(firms.inDegrees().reduce(0, +) == firms.edgeCount)
    }

    @Test func filteredWithEverythingIsTheSameGraph() {
        let graph = sample()
        let same = graph.filtered(nodeKinds: nil, edgeTypes: nil)
        #expect(same.nodeCount == graph.nodeCount)
        #expect(same.edgeCount == graph.edgeCount)
        for v in graph.nodeIndices {
            #expect(Array(same.edges(from: v)) == Array(graph.edges(from: v)))
        }
    }

    @Test func emptyGraph() {
        let graph = GraphBuilder().build()
        #expect(graph.nodeCount == 0)
        #expect(graph.edgeCount == 0)
        let simple = graph.undirectedSimple()
        #expect(simple.betweennessCentrality().isEmpty)
        #expect(simple.connectedComponents().count == 0)
        #expect((try? simple.pageRank()) == [])
    }
}
