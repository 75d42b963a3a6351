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
public struct Graph: NodeIndexedGraph {
    @usableFromInline var nodes: NodeTable
    /// Out-adjacency; `out.weights` is indexed by edge index.
    @usableFromInline var out: CSR
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

    /// The number of edges (parallel edges and self-loops each count).
    public var edgeCount: Int { out.targets.count }

    /// The node table and the out-adjacency: what ``NodeIndexedGraph`` walks.
    @inlinable public var core: GraphCore { GraphCore(nodes: nodes, walk: out) }

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
    public func edges(from node: NodeIndex) -> EdgeList {
        EdgeList(graph: self, node: node, incoming: false, range: out.range(of: node.int))
    }

    /// The edges entering `node`, with type and weight, sorted by source.
    /// - Parameter node: a valid node index.
    /// - Returns: a non-allocating view of the in-edges.
    /// - Complexity: O(1).
    public func edges(to node: NodeIndex) -> EdgeList {
        EdgeList(graph: self, node: node, incoming: true, range: Int(inOffsets[node.int]) ..< Int(inOffsets[node.int + 1]))
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
