/// The node indices of one adjacency list: a lightweight view into a graph's CSR arrays.
///
/// Creating one does not allocate; it holds a reference to the graph's storage and a range.
/// Neighbour lists of an ``UndirectedGraph`` are sorted by index.
public struct NodeIndexList: RandomAccessCollection, Sendable {
    @usableFromInline let storage: [Int32]
    @usableFromInline let base: Int
    /// The number of nodes in the list.
    public let count: Int

    init(storage: [Int32], range: Range<Int>) {
        self.storage = storage
        self.base = range.lowerBound
        self.count = range.count
    }

    /// Always 0: positions run `0..<count`.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The element at `position`, which must be in `0..<count` (checked).
    @inlinable public subscript(position: Int) -> NodeIndex {
        precondition(position >= 0 && position < count, "NodeIndexList index out of range")
        return NodeIndex(rawValue: storage[base + position])
    }
}
