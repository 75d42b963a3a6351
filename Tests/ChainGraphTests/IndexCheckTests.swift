@testable import ChainGraph
import Testing

/// Out-of-range node indices stop the process at the public entry point (a precondition, in debug and release)
/// instead of reading or writing past a buffer: top-k once wrote past its scratch arrays (an AddressSanitizer SEGV).
@Suite("index checks at the engine's entry points")
struct IndexCheckTests {
    static func smallGraph() -> UndirectedGraph {
        var builder = GraphBuilder(reservingNodes: 3)
        for i in 0 ..< 3 { builder.addNode(id: "n\(i)", kind: NodeTag(rawValue: 0)) }
        builder.addEdge(from: NodeIndex(0), to: NodeIndex(1), type: EdgeType(rawValue: 0))
        builder.addEdge(from: NodeIndex(1), to: NodeIndex(2), type: EdgeType(rawValue: 0))
        return builder.build().undirectedSimple()
    }

    @Test("topK with an in-range node works; out of range, it traps")
    func topKOutOfRange() async {
        #expect(Self.smallGraph().topK(for: NodeIndex(0), k: 2, method: .commonNeighbors).map(\.node) == [NodeIndex(2)])
        await #expect(processExitsWith: .failure) {
            _ = IndexCheckTests.smallGraph().topK(for: NodeIndex(7), k: 2, method: .commonNeighbors)
        }
        await #expect(processExitsWith: .failure) {
            _ = IndexCheckTests.smallGraph().topK(for: [NodeIndex(0), NodeIndex(-1)], k: 2, method: .adamicAdar)
        }
    }

    @Test("searches from a node that is not in the graph trap")
    func searchesOutOfRange() async {
        await #expect(processExitsWith: .failure) {
            _ = IndexCheckTests.smallGraph().hopDistances(from: NodeIndex(3))
        }
        await #expect(processExitsWith: .failure) {
            _ = IndexCheckTests.smallGraph().shortestPath(from: NodeIndex(0), to: NodeIndex(99))
        }
    }
}
