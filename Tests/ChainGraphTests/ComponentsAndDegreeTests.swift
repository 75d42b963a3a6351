import ChainGraph
import Testing

@Suite("Connected components and degree")
struct ComponentsAndDegreeTests {
    @Test(arguments: Fixtures.undirected)
    func componentsMatchNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let found = graph.connectedComponents()
        let expected = try #require(fixture.expected.components)
        let asIDs = found.components.map { $0.map { graph.id(of: $0) }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(asIDs == expected)
        #expect(found.count == expected.count)
        // Labels point at the component that lists the node; order is by size, then least member.
        for v in graph.nodeIndices { #expect(found.component(of: v).contains(v)) }
        for (a, b) in zip(found.components, found.components.dropFirst()) {
            #expect(a.count > b.count || (a.count == b.count && (a.first ?? v0) < (b.first ?? v0)))
        }
        for component in found.components { #expect(component == component.sorted()) }
    }

    private var v0: NodeIndex { NodeIndex(0) }

    @Test(arguments: Fixtures.undirected)
    func degreesMatchNetworkX(_ name: String) throws {
        let fixture = try Fixtures.graph(name)
        let graph = fixture.graph().undirectedSimple()
        let degrees = graph.degrees()
        for v in graph.nodeIndices {
            #expect(degrees[v.int] == fixture.expected.degree?[graph.id(of: v)])
            #expect(graph.degree(of: v) == degrees[v.int])
        }
        #expect(degrees.reduce(0, +) == 2 * graph.edgeCount)
        expectMatches(graph.degreeCentrality(), try #require(fixture.expected.degreeCentrality), ids: graph.id(of:), "degree centrality")
    }

    @Test func knownComponents() {
        let graph = makeUndirected(nodes: 7, [(5, 6), (0, 1), (1, 2), (3, 4)])
        let parts = graph.connectedComponents()
        #expect(parts.components == [[0, 1, 2], [3, 4], [5, 6]].map { $0.map { NodeIndex($0) } })
        #expect(parts.labels == [0, 0, 0, 1, 1, 2, 2])
    }

    @Test func weightedDegrees() {
        let graph = makeUndirected(nodes: 3, [(0, 1), (0, 2)], weights: [2, 3.5])
        #expect(graph.weightedDegrees() == [5.5, 2, 3.5])
        #expect(makeUndirected(nodes: 2, [(0, 1)]).weightedDegrees() == [1, 1])
    }
}
