/// A pool's class blocks for one kind of subject, sorted once and reused by every subject with the same needs.
extension CandidateRanking {
    /// What a subject's blocks depend on: the needed and considered technologies and the title's coverage of the
    /// considered ones. Subjects of one segment, or demands of one title, share it.
    struct BlockKey: Hashable {
        var needed: [Int]
        var considered: [Int]
        /// `coverage[t]` for each considered technology, in `considered` order; empty without coverage.
        var coverage: [Double]
    }

    /// A block of a subject's `technology`, with its class's parts and its bound without the proximity slack:
    /// w·technology + w·field + w·keyword + w·locality × the block's best locality.
    typealias RankedBlock = (bound: Double, technology: Int32, block: MasterBlock, parts: ClassParts)

    /// The ranked blocks of recent keys, for one worker and one pool; cleared when it holds too many.
    final class BlockCache {
        /// 512 keys of ≤ 435 blocks (72 bytes each) bound it to ≈ 16 MB a worker on the 1M-tie map.
        private static let capacity = 512
        private var lists: [BlockKey: [RankedBlock]] = [:]
        private var kinds: Set<NodeKind>?

        /// The blocks of `key` for a pool of `kinds`, built by `make` on first use, best bound first (equal bounds in
        /// the order `make` gave them).
        func blocks(for key: BlockKey, kinds: Set<NodeKind>, make: () -> [RankedBlock]) -> [RankedBlock] {
            if self.kinds != kinds {
                lists.removeAll()
                self.kinds = kinds
            }
            if let known = lists[key] { return known }
            if lists.count >= Self.capacity { lists.removeAll(keepingCapacity: true) }
            // A stable sort: equal bounds keep the order of the master lists, as the block queue hands them out.
            let ranked = make().enumerated()
                .sorted { $0.element.bound != $1.element.bound ? $0.element.bound > $1.element.bound : $0.offset < $1.offset }
                .map(\.element)
            lists[key] = ranked
            return ranked
        }
    }
}
