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


/// The out-edges or the in-edges of one node: a non-allocating view into a ``Graph``.
public struct EdgeList: RandomAccessCollection, Sendable {
    let graph: Graph
    /// The node whose edges these are.
    let node: NodeIndex
    /// In-edges (positions in the in-adjacency) rather than out-edges (positions in the out-adjacency).
    let incoming: Bool
    let base: Int
    /// The number of edges.
    public let count: Int

    init(graph: Graph, node: NodeIndex, incoming: Bool, range: Range<Int>) {
        self.graph = graph
        self.node = node
        self.incoming = incoming
        self.base = range.lowerBound
        self.count = range.count
    }

    /// Always 0: positions run `0..<count`.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The element at `position`, which must be in `0..<count` (checked).
    public subscript(position: Int) -> Edge {
        precondition(position >= 0 && position < count, "EdgeList index out of range")
        let slot = base + position
        guard incoming else { return graph.makeEdge(slot, source: node.rawValue) }
        return graph.makeEdge(Int(graph.inEdges[slot]), source: graph.inSources[slot])
    }
}
