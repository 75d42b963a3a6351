/// A weighted path: its nodes and total length.
public struct WeightedPath: Hashable, Sendable {
    /// The nodes of the path including both ends.
    public var nodes: [NodeIndex]
    /// The sum of the edge weights along the path.
    public var length: Double
}

/// A weight Dijkstra's algorithm can add and compare, with a distance for nodes not reached.
protocol DijkstraWeight: Comparable, AdditiveArithmetic {
    /// The distance of a node not reached, larger than every real distance.
    static var unreached: Self { get }
}

extension Double: DijkstraWeight {
    static var unreached: Double { .infinity }
}

extension Int: DijkstraWeight {
    static var unreached: Int { .max }
}

/// The arcs a ``DijkstraSearch`` walks: each node's out-arcs are a range of slots; a slot's arc may be
/// unusable (a saturated residual arc), and its weight may depend on both ends (a reduced cost).
protocol DijkstraArcs {
    /// The type of the arc weights, all ≥ 0.
    associatedtype Weight: DijkstraWeight
    /// The slots of the arcs leaving `node`.
    func slots(of node: Int) -> Range<Int>
    /// The head of the arc in `slot`, or `nil` when the search must not use that arc.
    func head(at slot: Int) -> Int?
    /// The weight (≥ 0) of the arc in `slot`, which goes from `tail` to `head`.
    func weight(at slot: Int, from tail: Int, to head: Int) -> Weight
}

extension CSR: DijkstraArcs {
    @inline(__always) func slots(of node: Int) -> Range<Int> { range(of: node) }
    @inline(__always) func head(at slot: Int) -> Int? { Int(targets[slot]) }
    @inline(__always) func weight(at slot: Int, from tail: Int, to head: Int) -> Double { weight(at: slot) }
}

/// Dijkstra's single-source shortest paths with non-negative weights: the one kernel behind
/// ``NodeIndexedGraph/weightedDistances(from:)``, ``NodeIndexedGraph/weightedShortestPath(from:to:)`` and the
/// searches of ``FlowNetwork/minCostMaxFlow(source:sink:)`` (which reuse one search's buffers).
///
/// Reference: Dijkstra (1959); NetworkX `single_source_dijkstra`. Parallel arcs are handled
/// naturally (the lighter one wins). When two paths tie, the predecessor with the smaller
/// index is kept, so paths are deterministic.
struct DijkstraSearch<Weight: DijkstraWeight> {
    /// The distance per node, ``DijkstraWeight/unreached`` when unreached.
    private(set) var distance: [Weight]
    /// The predecessor per node on a shortest path (`-1` for none).
    private(set) var parent: [Int32]
    /// Whether each node's distance is final.
    private(set) var settled: [Bool]
    private var heap = MinHeap<Weight>()

    /// A search over `nodeCount` nodes, nothing reached yet.
    init(nodeCount: Int) {
        distance = [Weight](repeating: .unreached, count: nodeCount)
        parent = [Int32](repeating: -1, count: nodeCount)
        settled = [Bool](repeating: false, count: nodeCount)
    }

    /// Forgets the last search, keeping the storage.
    /// - Complexity: O(nodes).
    mutating func reset() {
        for v in distance.indices {
            distance[v] = .unreached
            parent[v] = -1
            settled[v] = false
        }
        heap.removeAll()
    }

    /// Settles nodes in order of distance from `source` (on a new or ``reset()`` search).
    ///
    /// - Parameters:
    ///   - arcs: the adjacency, weights ≥ 0.
    ///   - source: the start node.
    ///   - target: stop as soon as this node is settled (or `-1` to settle everything).
    /// - Complexity: O((nodes + arcs) log arcs) with a binary heap and lazy deletion.
    mutating func run<Arcs: DijkstraArcs>(_ arcs: Arcs, from source: Int, stoppingAt target: Int) where Arcs.Weight == Weight {
        distance[source] = .zero
        heap.push(.zero, Int32(source))
        while let (d, node) = heap.pop() {
            let v = Int(node)
            if settled[v] { continue }
            settled[v] = true
            // Farther nodes cannot be on a shortest path to the target: stop here.
            if v == target { break }
            for slot in arcs.slots(of: v) {
                guard let w = arcs.head(at: slot), !settled[w] else { continue }
                let candidate = d + arcs.weight(at: slot, from: v, to: w)
                if candidate < distance[w] {
                    distance[w] = candidate
                    parent[w] = Int32(v)
                    heap.push(candidate, Int32(w))
                } else if candidate == distance[w] && Int32(v) < parent[w] {
                    parent[w] = Int32(v)
                }
            }
        }
    }
}

/// Dijkstra's search from `source` over a CSR adjacency with non-negative weights.
/// - Returns: distance per node (`.infinity` when unreached) and predecessor (`-1` for none).
/// - Complexity: as ``DijkstraSearch/run(_:from:stoppingAt:)``.
func dijkstra(_ csr: CSR, from source: Int, stoppingAt target: Int) -> (distances: [Double], parents: [Int32]) {
    var search = DijkstraSearch<Double>(nodeCount: csr.nodeCount)
    search.run(csr, from: source, stoppingAt: target)
    return (search.distance, search.parent)
}

/// Checks the weights and rebuilds the path from the predecessor array.
func weightedPath(_ csr: CSR, from source: Int, to target: Int) -> WeightedPath? {
    let (distance, parent) = dijkstra(csr, from: source, stoppingAt: target)
    guard distance[target].isFinite else { return nil }
    var nodes = [NodeIndex(target)]
    var v = target
    while v != source {
        v = Int(parent[v])
        nodes.append(NodeIndex(v))
    }
    return WeightedPath(nodes: nodes.reversed(), length: distance[target])
}

/// Throws when some weight is negative, which Dijkstra's algorithm cannot handle.
func requireNonNegativeWeights(_ csr: CSR) throws(GraphError) {
    guard csr.hasNegativeWeight else { return }
    for v in 0 ..< csr.nodeCount {
        for slot in csr.range(of: v) where csr.weights[slot] < 0 {
            throw .negativeWeight(source: NodeIndex(v), target: NodeIndex(rawValue: csr.targets[slot]), weight: csr.weights[slot])
        }
    }
}

extension NodeIndexedGraph {
    /// Weighted distances from `source`, along edge directions in a ``Graph``; in an ``UndirectedGraph``
    /// parallel input edges count with their minimum weight.
    ///
    /// Reference: NetworkX `single_source_dijkstra_path_length(G, source)`.
    /// - Parameter source: the start node.
    /// - Returns: the distance per node, `.infinity` when unreachable.
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)`` if any weight is < 0.
    /// - Complexity: O((nodes + edges) log edges).
    public func weightedDistances(from source: NodeIndex) throws(GraphError) -> [Double] {
        precondition(contains(source), "source is not a node of this graph")
        let walk = core.walk
        try requireNonNegativeWeights(walk)
        return dijkstra(walk, from: source.int, stoppingAt: -1).distances
    }

    /// A minimum-weight path from `source` to `target` (along edge directions in a ``Graph``).
    ///
    /// Reference: NetworkX `dijkstra_path` / `dijkstra_path_length`.
    /// - Parameters:
    ///   - source: the first node.
    ///   - target: the last node.
    /// - Returns: the path and its length, or `nil` if `target` is unreachable.
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)`` if any weight is < 0.
    /// - Complexity: O((nodes + edges) log edges), stopping once `target` is settled.
    public func weightedShortestPath(from source: NodeIndex, to target: NodeIndex) throws(GraphError) -> WeightedPath? {
        precondition(contains(source) && contains(target), "source or target is not a node of this graph")
        let walk = core.walk
        try requireNonNegativeWeights(walk)
        return weightedPath(walk, from: source.int, to: target.int)
    }
}
