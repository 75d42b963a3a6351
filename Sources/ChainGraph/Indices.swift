/// What ``NodeIndex`` and ``EdgeIndex`` share: a position held as an `Int32`, ordered by position and
/// printed as a letter and the position.
public protocol DenseIndex: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
where RawValue == Int32 {
    /// Creates an index from its raw value.
    /// - Parameter rawValue: the position.
    init(rawValue: Int32)
    /// The letter before the position in ``description``.
    static var letter: String { get }
}

extension DenseIndex {
    /// Creates an index from an `Int` position.
    /// - Parameter value: the position; must fit in `Int32`.
    @inlinable public init(_ value: Int) { self.init(rawValue: Int32(value)) }

    /// The position as an `Int`, convenient for subscripting per-node or per-edge result arrays.
    @inlinable public var int: Int { Int(rawValue) }

    /// Orders by position.
    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The letter followed by the position, e.g. `n42` or `e7`.
    public var description: String { "\(Self.letter)\(rawValue)" }
}

/// A dense, typed index of a node in a ``Graph`` or ``UndirectedGraph``.
///
/// Indices run from `0` to `nodeCount - 1` in the order nodes were added to the
/// ``GraphBuilder``. A distinct type (rather than a bare `Int`) keeps node and edge
/// indices from being mixed up; `Int32` halves the size of adjacency arrays.
///
/// Example:
/// ```swift
/// var builder = GraphBuilder()
/// let a: NodeIndex = builder.addNode(id: "a", kind: NodeTag(rawValue: 0))
/// print(a.rawValue) // 0
/// ```
public struct NodeIndex: DenseIndex {
    /// The position of the node, `0..<nodeCount`.
    public var rawValue: Int32

    /// Creates an index from its raw value.
    /// - Parameter rawValue: the position of the node.
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// `n`, as in `n42`.
    public static var letter: String { "n" }
}

/// A dense, typed index of an edge in a ``Graph``.
///
/// Edge indices are positions in the out-adjacency (CSR) order: edges sorted by source,
/// then target, then insertion order. They are stable for a given built graph.
public struct EdgeIndex: DenseIndex {
    /// The position of the edge, `0..<edgeCount`.
    public var rawValue: Int32

    /// Creates an index from its raw value.
    /// - Parameter rawValue: the position of the edge.
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// `e`, as in `e7`.
    public static var letter: String { "e" }
}

/// A small tag classifying a node (for example "company" or "county" in a domain layer).
///
/// The graph engine attaches no meaning to the values; the domain layer defines its own
/// constants, e.g. `extension NodeTag { static let firm = NodeTag(rawValue: 1) }`.
/// One byte per node keeps the node table small.
public struct NodeTag: RawRepresentable, Hashable, Sendable {
    /// The tag value.
    public var rawValue: UInt8

    /// Creates a node tag.
    /// - Parameter rawValue: the tag value.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// A small tag classifying an edge (for example "supplies" or "owns" in a domain layer).
///
/// As for ``NodeTag``, the meaning is up to the domain layer. One byte per edge.
public struct EdgeType: RawRepresentable, Hashable, Sendable {
    /// The tag value.
    public var rawValue: UInt8

    /// Creates an edge type tag.
    /// - Parameter rawValue: the tag value.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
}
