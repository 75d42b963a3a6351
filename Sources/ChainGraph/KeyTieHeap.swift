/// A binary min-heap of `(key, tie)` integer pairs in one array, ordered by key, then tie.
///
/// What ``BipartiteAssignment``'s search needs: entries that are node indices or scan markers told apart by the
/// tie, a `peek` to keep scanning while a marker is still the least entry, and 16-byte entries read from one array
/// (``MinHeap`` keeps keys and nodes in two). Lazy deletion as ``MinHeap``: stale entries are skipped by the caller.
struct KeyTieHeap {
    struct Entry {
        var key: Int
        var tie: Int

        @inline(__always) static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key < rhs.key || (lhs.key == rhs.key && lhs.tie < rhs.tie)
        }
    }

    private var entries: [Entry] = []

    /// Empties the heap, keeping its storage for reuse.
    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// The least entry, or nil when empty.
    var first: Entry? { entries.first }

    /// Adds an entry.
    /// - Complexity: O(log *n*).
    mutating func push(_ key: Int, _ tie: Int) {
        let entry = Entry(key: key, tie: tie)
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard entry < heap[parent] else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = entry
        }
    }

    /// Removes and returns the least entry, or nil when empty.
    /// - Complexity: O(log *n*).
    mutating func pop() -> Entry? {
        guard let last = entries.popLast() else { return nil }
        guard !entries.isEmpty else { return last }
        return entries.withUnsafeMutableBufferPointer { heap in
            let top = heap[0]
            let count = heap.count
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < count else { break }
                var best = left
                if left + 1 < count && heap[left + 1] < heap[left] { best = left + 1 }
                guard heap[best] < last else { break }
                heap[parent] = heap[best]
                parent = best
            }
            heap[parent] = last
            return top
        }
    }
}
