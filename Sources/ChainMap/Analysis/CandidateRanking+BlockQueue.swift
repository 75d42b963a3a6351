extension CandidateRanking {
    /// The class blocks of one subject, handed out best bound first and equal bounds in the order they were added:
    /// the order a stable sort by decreasing bound gives.
    ///
    /// A binary heap rather than a sort because `best` usually stops after a fraction of the blocks (on the 1M-tie
    /// map about 90 of 435 per task): O(*B*) to build and O(log *B*) per block taken, instead of O(*B* log *B*).
    /// The heap holds 16-byte keys; the blocks themselves stay where they were added.
    struct BlockQueue {
        /// A block's bound and the order it was added in (the tie-break, and where the block is).
        private struct Key {
            var bound: Double
            var order: Int

            /// Higher bound first; equal bounds in the order added.
            @inline(__always)
            func ranks(before other: Key) -> Bool {
                bound != other.bound ? bound > other.bound : order < other.order
            }
        }

        private var keys: [Key] = []
        private var blocks: [(technology: Int, block: MasterBlock)] = []
        private var ordered = false

        /// Adds a block of `technology`'s master list whose actors score at most `bound`.
        mutating func append(bound: Double, technology: Int, block: MasterBlock) {
            keys.append(Key(bound: bound, order: blocks.count))
            blocks.append((technology, block))
        }

        /// The block of highest bound not yet taken (the first added among equals), and removes it; nil when none
        /// is left.
        ///
        /// - Complexity: O(*B*) on the first call (the heap is built then), O(log *B*) after, for *B* blocks.
        mutating func popFirst() -> (bound: Double, technology: Int, block: MasterBlock)? {
            if !ordered {
                ordered = true
                var start = keys.count / 2
                while start > 0 {
                    start -= 1
                    siftDown(from: start, count: keys.count)
                }
            }
            guard let first = keys.first else { return nil }
            let last = keys.removeLast()
            if !keys.isEmpty {
                keys[0] = last
                siftDown(from: 0, count: keys.count)
            }
            let entry = blocks[first.order]
            return (first.bound, entry.technology, entry.block)
        }

        /// Restores the heap below `position`: the key there moves down past every child that ranks before it.
        private mutating func siftDown(from position: Int, count: Int) {
            keys.withUnsafeMutableBufferPointer { keys in
                let moving = keys[position]
                var hole = position
                while true {
                    var child = 2 * hole + 1
                    guard child < count else { break }
                    if child + 1 < count, keys[child + 1].ranks(before: keys[child]) { child += 1 }
                    guard keys[child].ranks(before: moving) else { break }
                    keys[hole] = keys[child]
                    hole = child
                }
                keys[hole] = moving
            }
        }
    }
}
