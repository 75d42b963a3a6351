/// The per-node attributes shared (copy-on-write) by a ``Graph`` and the
/// ``UndirectedGraph`` projected from it: string ids, kinds and the id → index lookup.
struct NodeTable: Sendable {
    var ids: [String] = []
    var kinds: [NodeKind] = []
    var indexByID: [String: Int32] = [:]

    var count: Int { ids.count }

    init() {}

    init(reservingCapacity capacity: Int) {
        ids.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        indexByID.reserveCapacity(capacity)
    }

    /// Adds a node unless its id is present; returns the index either way.
    mutating func add(id: String, kind: NodeKind) -> Int32 {
        if let existing = indexByID[id] { return existing }
        let index = Int32(ids.count)
        ids.append(id)
        kinds.append(kind)
        indexByID[id] = index
        return index
    }
}

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

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inlinable public subscript(position: Int) -> NodeIndex {
        precondition(position >= 0 && position < count, "NodeIndexList index out of range")
        return NodeIndex(rawValue: storage[base + position])
    }
}
