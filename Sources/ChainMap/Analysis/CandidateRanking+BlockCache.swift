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

    /// A block's place in the ranking: best bound first, then the order made.
    struct RankKey: Comparable {
        var bound: Double
        var offset: Int

        static func < (lhs: RankKey, rhs: RankKey) -> Bool {
            lhs.bound != rhs.bound ? lhs.bound > rhs.bound : lhs.offset < rhs.offset
        }
    }

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
            // Equal bounds keep the order of the master lists, as the block queue hands them out. Sorted as 16-byte
            // keys, not the 72-byte blocks: a miss costs a few hundred comparisons and moves, on every new needs.
            let made = make()
            let order = made.indices.map { RankKey(bound: made[$0].bound, offset: $0) }.sorted()
            let ranked = order.map { made[$0.offset] }
            lists[key] = ranked
            return ranked
        }
    }
}
