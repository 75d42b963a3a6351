/// The parts of a graph that ``Graph`` and ``UndirectedGraph`` have in common: the node table and the
/// adjacency that walks follow (out-edges for a ``Graph``, neighbour lists for an ``UndirectedGraph``).
///
/// Opaque outside ChainGraph; it exists so that one implementation of the node lookups and the walks
/// (breadth-first search, Dijkstra) serves both graph types through ``NodeIndexedGraph``.
public struct GraphCore: Sendable {
    /// Ids, kinds and the id → index lookup.
    @usableFromInline let nodes: NodeTable
    /// The adjacency walks follow.
    @usableFromInline let walk: CSR

    @inlinable init(nodes: NodeTable, walk: CSR) {
        self.nodes = nodes
        self.walk = walk
    }
}

/// A graph over dense ``NodeIndex`` nodes, each with a string id and a ``NodeTag``, whose walks follow one
/// adjacency: ``Graph`` (along edge directions) and ``UndirectedGraph`` (along any edge).
///
/// Only ChainGraph's own graph types conform. The protocol gives both the same node lookups
/// (``id(of:)``, ``kind(of:)``, ``index(of:)``) and walks (``hopDistances(from:maxHops:)``,
/// ``neighborhood(of:hops:includeSource:)``, ``weightedDistances(from:)``,
/// ``weightedShortestPath(from:to:)``) from one implementation.
public protocol NodeIndexedGraph: Sendable {
    /// The node table and the adjacency walks follow.
    var core: GraphCore { get }
}

extension NodeIndexedGraph {
    /// The number of nodes.
    @inlinable public var nodeCount: Int { core.nodes.count }

    /// All node indices in order, `0..<nodeCount`.
    @inlinable public var nodeIndices: LazyMapCollection<Range<Int>, NodeIndex> {
        (0 ..< nodeCount).lazy.map { NodeIndex($0) }
    }

    /// Whether some edge weight differs from 1.
    @inlinable public var isWeighted: Bool { !core.walk.weights.isEmpty }

    /// The string id of a node.
    /// - Parameter node: a valid node index.
    /// - Returns: the id given to ``GraphBuilder/addNode(id:kind:)``.
    /// - Complexity: O(1).
    @inlinable public func id(of node: NodeIndex) -> String { core.nodes.ids[node.int] }

    /// The kind of a node.
    /// - Parameter node: a valid node index.
    /// - Returns: the kind given when the node was first added.
    /// - Complexity: O(1).
    @inlinable public func kind(of node: NodeIndex) -> NodeTag { core.nodes.kinds[node.int] }

    /// Looks a node up by id.
    /// - Parameter id: a node id.
    /// - Returns: the node's index, or `nil` when no node has this id.
    /// - Complexity: O(1) on average (dictionary lookup).
    @inlinable public func index(of id: String) -> NodeIndex? {
        core.nodes.indexByID[id].map { NodeIndex(rawValue: $0) }
    }

    /// Whether `node` is a node of this graph. Several algorithms read through unsafe buffers for speed, where
    /// an out-of-range index would read or write past the end instead of trapping: their public entry points
    /// check with this, in debug and release builds alike.
    @inline(__always) func contains(_ node: NodeIndex) -> Bool { node.rawValue >= 0 && node.int < nodeCount }
}
