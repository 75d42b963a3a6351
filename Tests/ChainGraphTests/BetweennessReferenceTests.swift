import ChainGraph
import Testing

/// Cross-checks the optimized kernel (direction-optimizing BFS, branch-free loops, recorded
/// successor/predecessor lists) against a textbook Brandes with predecessor lists, on graph
/// shapes that drive it through top-down only, bottom-up steps, long paths and many
/// components.
@Suite("Betweenness against a textbook Brandes")
struct BetweennessReferenceTests {
    /// Brandes (2001), Algorithm 1, unweighted, undirected; raw ordered-pair sums / 2.
    func textbook(_ graph: UndirectedGraph) -> [Double] {
        let n = graph.nodeCount
        var centrality = [Double](repeating: 0, count: n)
        for s in 0 ..< n {
            var stack: [Int] = []
            var predecessors = [[Int]](repeating: [], count: n)
            var sigma = [Double](repeating: 0, count: n)
            var distance = [Int](repeating: -1, count: n)
            sigma[s] = 1
            distance[s] = 0
            var queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                stack.append(v)
                for w in graph.neighbors(of: NodeIndex(v)).map(\.int) {
                    if distance[w] < 0 {
                        queue.append(w)
                        distance[w] = distance[v] + 1
                    }
                    if distance[w] == distance[v] + 1 {
                        sigma[w] += sigma[v]
                        predecessors[w].append(v)
                    }
                }
            }
            var delta = [Double](repeating: 0, count: n)
            while let w = stack.popLast() {
                for v in predecessors[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                if w != s { centrality[w] += delta[w] }
            }
        }
        return centrality.map { $0 / 2 }
    }

    /// G(n, m) with SplitMix64, plus a few isolated nodes.
    static func random(_ n: Int, _ m: Int, seed: UInt64) -> UndirectedGraph {
        var rng = SplitMix64(seed: seed)
        var edges: [(Int, Int)] = []
        for _ in 0 ..< m { edges.append((rng.next(below: n), rng.next(below: n))) }
        return makeUndirected(nodes: n + 3, edges)
    }

    static let shapes: [String] = ["sparse", "dense", "clustered", "grid", "path", "forest", "barbell"]

    static func shape(_ name: String) -> UndirectedGraph {
        switch name {
        case "sparse": return random(200, 260, seed: 1)
        case "dense": return random(120, 2000, seed: 2)
        case "clustered":
            // Two dense clusters joined by one bridge: bottom-up inside, top-down across.
            var edges: [(Int, Int)] = []
            var rng = SplitMix64(seed: 3)
            for _ in 0 ..< 600 { edges.append((rng.next(below: 60), rng.next(below: 60))) }
            for _ in 0 ..< 600 { edges.append((60 + rng.next(below: 60), 60 + rng.next(below: 60))) }
            edges.append((0, 60))
            return makeUndirected(nodes: 120, edges)
        case "grid":
            var edges: [(Int, Int)] = []
            for r in 0 ..< 12 {
                for c in 0 ..< 12 {
                    if c < 11 { edges.append((r * 12 + c, r * 12 + c + 1)) }
                    if r < 11 { edges.append((r * 12 + c, (r + 1) * 12 + c)) }
                }
            }
            return makeUndirected(nodes: 144, edges)
        case "path": return makeUndirected(nodes: 90, (0 ..< 89).map { ($0, $0 + 1) })
        case "forest":
            var rng = SplitMix64(seed: 4)
            return makeUndirected(nodes: 150, (1 ..< 150).compactMap { $0 % 30 == 0 ? nil : ($0, rng.next(below: $0)) })
        default:
            // Two cliques joined by a path: many equal-length shortest paths.
            var edges: [(Int, Int)] = []
            for a in 0 ..< 12 { for b in a + 1 ..< 12 { edges.append((a, b)); edges.append((20 + a, 20 + b)) } }
            edges += [(11, 12), (12, 13), (13, 14), (14, 15), (15, 16), (16, 17), (17, 18), (18, 19), (19, 20)]
            return makeUndirected(nodes: 32, edges)
        }
    }

    @Test(arguments: shapes)
    func matchesTextbook(_ name: String) {
        let graph = Self.shape(name)
        let expected = textbook(graph)
        for workers in [1, 2] {
            let found = graph.betweennessCentrality(normalized: false, workers: workers)
            for v in 0 ..< graph.nodeCount {
                #expect(isClose(found[v], expected[v]), "\(name) node \(v): \(found[v]) vs \(expected[v])")
            }
        }
    }
}
