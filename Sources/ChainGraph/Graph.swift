/// One directed edge of a ``Graph`` with its attributes.
public struct Edge: Hashable, Sendable {
    /// The edge's position in the graph (CSR order).
    public var index: EdgeIndex
    /// The tail of the edge.
    public var source: NodeIndex
    /// The head of the edge.
    public var target: NodeIndex
    /// The edge's type tag.
    public var type: EdgeType
    /// The edge's weight (1 unless given to ``GraphBuilder/addEdge(from:to:type:weight:)``).
    public var weight: Double

    /// Creates an edge value.
    public init(index: EdgeIndex, source: NodeIndex, target: NodeIndex, type: EdgeType, weight: Double) {
        self.index = index
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
    }
}

/// An immutable directed multigraph in compressed sparse row (CSR) form.
///
/// Built by ``GraphBuilder``. Nodes carry a unique string id and a ``NodeTag``; edges carry
/// an ``EdgeType`` and a `Double` weight. Self-loops and parallel edges are kept; use
/// ``undirectedSimple()`` for the analyses that want a simple undirected graph.
///
/// Storage, per edge: out-adjacency target `Int32` (4 B) + type `UInt8` (1 B) + in-adjacency
/// source `Int32` (4 B) + in→edge index `Int32` (4 B) = **13 bytes**, plus **8 bytes** for
/// the `Double` weight only when some weight differs from 1 (21 bytes). Per node: two
/// `Int32` offsets (8 B), the kind (1 B), the id string and its dictionary entry.
///
/// Example:
/// ```swift
/// var builder = GraphBuilder()
/// let a = builder.addNode(id: "a", kind: NodeTag(rawValue: 0))
/// let b = builder.addNode(id: "b", kind: NodeTag(rawValue: 0))
/// builder.addEdge(from: a, to: b, type: EdgeType(rawValue: 0))
/// let graph = builder.build()
/// print(graph.successors(of: a).map { graph.id(of: $0) }) // ["b"]
/// ```
public struct Graph: Sendable {
    var nodes: NodeTable
    /// Out-adjacency; `out.weights` is indexed by edge index.
    var out: CSR
    /// Edge type per edge index.
    var edgeTypes: [UInt8]
    /// In-adjacency offsets per target node.
    var inOffsets: [Int32]
    /// Source node of each in-entry, grouped by target and sorted by source.
    var inSources: [Int32]
    /// Edge index of each in-entry, to reach its type and weight.
    var inEdges: [Int32]

    /// Creates a graph from out-edges already sorted by source, and derives the in-adjacency.
    init(nodes: NodeTable, out: CSR, edgeTypes: [UInt8]) {
        self.nodes = nodes
        self.out = out
        self.edgeTypes = edgeTypes
        let n = nodes.count
        let m = out.targets.count
        var inOffsets = [Int32](repeating: 0, count: n + 1)
        for t in out.targets { inOffsets[Int(t) + 1] += 1 }
        for i in 0 ..< n { inOffsets[i + 1] += inOffsets[i] }
        var next = inOffsets
        var inSources = [Int32](repeating: 0, count: m)
        var inEdges = [Int32](repeating: 0, count: m)
        // Walking edges in out order (sorted by source) leaves each in-list sorted by source.
        for source in 0 ..< n {
            for e in out.range(of: source) {
                let t = Int(out.targets[e])
                let slot = Int(next[t])
                inSources[slot] = Int32(source)
                inEdges[slot] = Int32(e)
                next[t] += 1
            }
        }
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inEdges = inEdges
    }

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }

    /// The number of edges (parallel edges and self-loops each count).
    public var edgeCount: Int { out.targets.count }

    /// All node indices in order, `0..<nodeCount`.
    public var nodeIndices: LazyMapCollection<Range<Int>, NodeIndex> {
        (0 ..< nodeCount).lazy.map { NodeIndex($0) }
    }

    /// Whether some edge weight differs from 1.
    public var isWeighted: Bool { !out.weights.isEmpty }

    /// The string id of a node.
    /// - Parameter node: a valid node index.
    /// - Returns: the id given to ``GraphBuilder/addNode(id:kind:)``.
    /// - Complexity: O(1).
    public func id(of node: NodeIndex) -> String { nodes.ids[node.int] }

    /// The kind of a node.
    /// - Parameter node: a valid node index.
    /// - Returns: the kind given when the node was first added.
    /// - Complexity: O(1).
    public func kind(of node: NodeIndex) -> NodeTag { nodes.kinds[node.int] }

    /// Looks a node up by id.
    /// - Parameter id: a node id.
    /// - Returns: the node's index, or `nil` when no node has this id.
    /// - Complexity: O(1) on average (dictionary lookup).
    public func index(of id: String) -> NodeIndex? {
        nodes.indexByID[id].map { NodeIndex(rawValue: $0) }
    }

    /// The heads of the edges leaving `node`, sorted by index (repeated for parallel edges).
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of the out-neighbours.
    /// - Complexity: O(1).
    public func successors(of node: NodeIndex) -> NodeIndexList {
        NodeIndexList(storage: out.targets, range: out.range(of: node.int))
    }

    /// The tails of the edges entering `node`, sorted by index (repeated for parallel edges).
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of the in-neighbours.
    /// - Complexity: O(1).
    public func predecessors(of node: NodeIndex) -> NodeIndexList {
        NodeIndexList(storage: inSources, range: Int(inOffsets[node.int]) ..< Int(inOffsets[node.int + 1]))
    }

    /// The number of edges leaving `node`.
    /// - Complexity: O(1).
    public func outDegree(of node: NodeIndex) -> Int { out.range(of: node.int).count }

    /// The number of edges entering `node`.
    /// - Complexity: O(1).
    public func inDegree(of node: NodeIndex) -> Int { Int(inOffsets[node.int + 1] - inOffsets[node.int]) }

    /// The edges leaving `node`, with type and weight, sorted by target.
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of the out-edges.
    /// - Complexity: O(1).
    public func edges(from node: NodeIndex) -> OutEdgeList {
        OutEdgeList(graph: self, source: node, range: out.range(of: node.int))
    }

    /// The edges entering `node`, with type and weight, sorted by source.
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of the in-edges.
    /// - Complexity: O(1).
    public func edges(to node: NodeIndex) -> InEdgeList {
        InEdgeList(graph: self, target: node, range: Int(inOffsets[node.int]) ..< Int(inOffsets[node.int + 1]))
    }

    /// One edge by index.
    /// - Parameter index: a valid edge index.
    /// - Returns: the edge with its endpoints, type and weight.
    /// - Complexity: O(log nodeCount): the source is found by binary search in the offsets.
    public func edge(_ index: EdgeIndex) -> Edge {
        let e = index.int
        precondition(e >= 0 && e < edgeCount, "edge index out of range")
        // The source is the last node whose offset is <= e.
        var low = 0
        var high = nodeCount
        while high - low > 1 {
            let mid = (low + high) / 2
            if Int(out.offsets[mid]) <= e { low = mid } else { high = mid }
        }
        return makeEdge(e, source: Int32(low))
    }

    @inline(__always) func makeEdge(_ e: Int, source: Int32) -> Edge {
        Edge(
            index: EdgeIndex(e), source: NodeIndex(rawValue: source), target: NodeIndex(rawValue: out.targets[e]),
            type: EdgeType(rawValue: edgeTypes[e]), weight: out.weight(at: e))
    }
}

/// The out-edges of one node: a non-allocating view into a ``Graph``.
public struct OutEdgeList: RandomAccessCollection, Sendable {
    let graph: Graph
    let source: NodeIndex
    let base: Int
    /// The number of edges.
    public let count: Int

    init(graph: Graph, source: NodeIndex, range: Range<Int>) {
        self.graph = graph
        self.source = source
        self.base = range.lowerBound
        self.count = range.count
    }

    /// Always 0: positions run `0..<count`.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The element at `position`, which must be in `0..<count` (checked).
    public subscript(position: Int) -> Edge {
        precondition(position >= 0 && position < count, "OutEdgeList index out of range")
        return graph.makeEdge(base + position, source: source.rawValue)
    }
}

/// The in-edges of one node: a non-allocating view into a ``Graph``.
public struct InEdgeList: RandomAccessCollection, Sendable {
    let graph: Graph
    let target: NodeIndex
    let base: Int
    /// The number of edges.
    public let count: Int

    init(graph: Graph, target: NodeIndex, range: Range<Int>) {
        self.graph = graph
        self.target = target
        self.base = range.lowerBound
        self.count = range.count
    }

    /// Always 0: positions run `0..<count`.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The element at `position`, which must be in `0..<count` (checked).
    public subscript(position: Int) -> Edge {
        precondition(position >= 0 && position < count, "InEdgeList index out of range")
        let slot = base + position
        return graph.makeEdge(Int(graph.inEdges[slot]), source: graph.inSources[slot])
    }
}
