/// A binary min-heap of `(key, node)` entries ordered by key, then node index.
///
/// Used with lazy deletion (stale entries are skipped when popped), which is simpler and in
/// practice as fast as a decrease-key heap for Dijkstra. Ordering ties by node index makes
/// the pop order, and therefore every result, deterministic.
struct MinHeap<Key: Comparable> {
    private var keys: [Key] = []
    private var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    /// Empties the heap, keeping its storage for reuse.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    @inline(__always) private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && nodes[i] < nodes[j])
    }

    mutating func push(_ key: Key, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (key: Key, node: Int32)? {
        guard let lastKey = keys.popLast(), let lastNode = nodes.popLast() else { return nil }
        guard !keys.isEmpty else { return (lastKey, lastNode) }
        let top = (keys[0], nodes[0])
        keys[0] = lastKey
        nodes[0] = lastNode
        var parent = 0
        let count = keys.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { break }
            var best = left
            if left + 1 < count && less(left + 1, left) { best = left + 1 }
            guard less(best, parent) else { break }
            keys.swapAt(best, parent)
            nodes.swapAt(best, parent)
            parent = best
        }
        return top
    }
}
