/// The per-node attributes shared (copy-on-write) by a ``Graph`` and the
/// ``UndirectedGraph`` projected from it: string ids, kinds and the id → index lookup.
@usableFromInline struct NodeTable: Sendable {
    @usableFromInline var ids: [String] = []
    @usableFromInline var kinds: [NodeTag] = []
    @usableFromInline var indexByID: [String: Int32] = [:]

    @inlinable var count: Int { ids.count }

    init() {}

    init(reservingCapacity capacity: Int) {
        ids.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        indexByID.reserveCapacity(capacity)
    }

    /// Adds a node unless its id is present; returns the index either way.
    mutating func add(id: String, kind: NodeTag) -> Int32 {
        if let existing = indexByID[id] { return existing }
        let index = Int32(ids.count)
        ids.append(id)
        kinds.append(kind)
        indexByID[id] = index
        return index
    }
}
