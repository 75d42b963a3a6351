/// An immutable simple undirected graph in symmetric CSR form: the input of most analyses.
///
/// Obtained from ``Graph/undirectedSimple()``. Every edge `{u, v}` is stored in both
/// neighbour lists; there are no self-loops and no parallel edges, and every neighbour list
/// is sorted by index (which the link-prediction intersections rely on). Node indices, ids
/// and kinds are those of the directed graph it came from.
///
/// Storage, per undirected edge: two `Int32` neighbour entries (**8 bytes**), plus two
/// `Double` weights (16 bytes) only when some weight differs from 1. Per node: one `Int32`
/// offset and one `Int32` slot of the by-degree order used by preferential-attachment top-k.
public struct UndirectedGraph: NodeIndexedGraph {
    @usableFromInline var nodes: NodeTable
    @usableFromInline var adjacency: CSR
    /// Nodes sorted by degree, highest first, ties by smaller index.
    var nodesByDegree: [Int32]

    init(nodes: NodeTable, adjacency: CSR) {
        self.nodes = nodes
        self.adjacency = adjacency
        // Bucket (counting) sort by degree: O(n + maxDegree) and stable, so ties stay by index.
        let n = nodes.count
        var maxDegree = 0
        for v in 0 ..< n { maxDegree = max(maxDegree, adjacency.range(of: v).count) }
        var start = [Int](repeating: 0, count: maxDegree + 2)
        for v in 0 ..< n { start[maxDegree - adjacency.range(of: v).count + 1] += 1 }
        for d in 0 ..< maxDegree + 1 { start[d + 1] += start[d] }
        var order = [Int32](repeating: 0, count: n)
        for v in 0 ..< n {
            let bucket = maxDegree - adjacency.range(of: v).count
            order[start[bucket]] = Int32(v)
            start[bucket] += 1
        }
        self.nodesByDegree = order
    }

    /// The number of undirected edges (each stored twice internally).
    public var edgeCount: Int { adjacency.targets.count / 2 }

    /// The node table and the neighbour lists: what ``NodeIndexedGraph`` walks.
    @inlinable public var core: GraphCore { GraphCore(nodes: nodes, walk: adjacency) }

    /// The neighbours of `node`, sorted by index.
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of the neighbour list.
    /// - Complexity: O(1).
    public func neighbors(of node: NodeIndex) -> NodeIndexList {
        NodeIndexList(storage: adjacency.targets, range: adjacency.range(of: node.int))
    }

    /// The neighbours of `node` with the weight of each edge, sorted by neighbour index.
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of `(node, weight)` pairs.
    /// - Complexity: O(1).
    public func weightedNeighbors(of node: NodeIndex) -> WeightedNeighborList {
        WeightedNeighborList(adjacency: adjacency, range: adjacency.range(of: node.int))
    }

    /// Whether `u` and `v` are adjacent.
    /// - Complexity: O(log degree(u)) by binary search in the sorted neighbour list.
    public func containsEdge(between u: NodeIndex, and v: NodeIndex) -> Bool {
        position(of: v, inListOf: u) != nil
    }

    /// The weight of the edge `{u, v}` (the minimum over the parallel input edges).
    /// - Returns: the weight, or `nil` when `u` and `v` are not adjacent.
    /// - Complexity: O(log degree(u)).
    public func weight(between u: NodeIndex, and v: NodeIndex) -> Double? {
        position(of: v, inListOf: u).map { adjacency.weight(at: $0) }
    }

    /// Binary search of `v` in the sorted neighbour list of `u`.
    func position(of v: NodeIndex, inListOf u: NodeIndex) -> Int? {
        var low = Int(adjacency.offsets[u.int])
        var high = Int(adjacency.offsets[u.int + 1])
        while low < high {
            let mid = (low + high) / 2
            let x = adjacency.targets[mid]
            if x == v.rawValue { return mid }
            if x < v.rawValue { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}

/// The `(node, weight)` pairs of one neighbour list of an ``UndirectedGraph``.
public struct WeightedNeighborList: RandomAccessCollection, Sendable {
    let adjacency: CSR
    let base: Int
    /// The number of neighbours.
    public let count: Int

    init(adjacency: CSR, range: Range<Int>) {
        self.adjacency = adjacency
        self.base = range.lowerBound
        self.count = range.count
    }

    /// Always 0: positions run `0..<count`.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The element at `position`, which must be in `0..<count` (checked).
    public subscript(position: Int) -> (node: NodeIndex, weight: Double) {
        precondition(position >= 0 && position < count, "WeightedNeighborList index out of range")
        let slot = base + position
        return (NodeIndex(rawValue: adjacency.targets[slot]), adjacency.weight(at: slot))
    }
}

extension Graph {
    /// Projects the graph to a simple undirected graph.
    ///
    /// Directions are dropped, self-loops removed, and parallel edges (including `u→v`
    /// together with `v→u`) merged into one edge whose weight is the **minimum** of theirs
    /// (the shortest connection wins, as a distance). Edge types are dropped; filter first
    /// with ``filtered(nodeKinds:edgeTypes:)`` to keep only some. Equivalent to building a
    /// NetworkX `nx.Graph` from the edge list with `min` weight on duplicates.
    ///
    /// - Returns: the symmetric CSR graph with sorted neighbour lists, same node indices.
    /// - Complexity: O(nodes + edges) (counting sorts).
    public func undirectedSimple() -> UndirectedGraph {
        let n = nodeCount
        var us: [Int32] = []
        var vs: [Int32] = []
        var ws: [Double] = []
        us.reserveCapacity(2 * edgeCount)
        vs.reserveCapacity(2 * edgeCount)
        if isWeighted { ws.reserveCapacity(2 * edgeCount) }
        for s in 0 ..< n {
            for e in out.range(of: s) {
                let t = out.targets[e]
                if t == Int32(s) { continue }
                us.append(Int32(s)); vs.append(t)
                us.append(t); vs.append(Int32(s))
                if isWeighted {
                    ws.append(out.weights[e]); ws.append(out.weights[e])
                }
            }
        }
        let (order, _) = countingSortPermutation(primary: us, secondary: vs, keyCount: n)
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(order.count)
        if isWeighted { weights.reserveCapacity(order.count) }
        // Sorted by (u, v): duplicates are adjacent, so one pass merges them.
        var lastU: Int32 = -1
        var lastV: Int32 = -1
        for entry in order {
            let e = Int(entry)
            let u = us[e], v = vs[e]
            if u == lastU && v == lastV {
                if isWeighted { weights[weights.count - 1] = Swift.min(weights[weights.count - 1], ws[e]) }
                continue
            }
            targets.append(v)
            if isWeighted { weights.append(ws[e]) }
            offsets[Int(u) + 1] += 1
            lastU = u
            lastV = v
        }
        for i in 0 ..< n { offsets[i + 1] += offsets[i] }
        if weights.allSatisfy({ $0 == 1 }) { weights = [] }
        return UndirectedGraph(nodes: nodes, adjacency: CSR(offsets: offsets, targets: targets, weights: weights))
    }
}
