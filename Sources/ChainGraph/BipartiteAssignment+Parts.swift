import Foundation

/// The connected parts of an assignment problem, solved apart and side by side.
///
/// A search of ``AssignmentState`` only ever reaches nodes joined to its left node by arcs, so the parts of the
/// network (left and right nodes joined by arcs) are separate problems: routing one part's units never reads or
/// moves another part's flows or potentials. Each part is solved by the same successive shortest paths, with the
/// whole problem's cost shift and bonus M, its left nodes in the same (index) order, so its searches are those
/// the whole run makes for its nodes; the parts run on separate cores, and the result is the same whatever their
/// number. One thing the whole network's run shares across parts: the dead nodes' potential offset, which a live
/// search in one part moves for the dead nodes of all. It moves them alike, so the optimum (flow and cost) is the
/// same; in principle it could order two equally short paths among dead nodes differently, and the parts' run
/// would then take the other of two assignments of equal cost. It has not happened: `partsSolvedApart` compares
/// the arcs used on 320 random networks of up to six parts, and `match` is byte-identical on the generated maps.
///
/// On the 1M-tie map of `match` the network has three parts of 59, 27 and 14 % of the arcs: on two cores the
/// solve takes the largest part's time.
struct AssignmentParts<SlotCost: FixedWidthInteger & Sendable>: Sendable {
    /// One part, in its own numbering: left nodes `0..<left.count`, right nodes `0..<rightCount`.
    struct Part: Sendable {
        /// The whole problem's left nodes of the part, ascending.
        var left: [Int32] = []
        /// The number of its right nodes (numbered in the whole problem's order).
        var rightCount = 0
        var offsets: [Int32] = [0]
        /// Per slot: the right node in the part's numbering offset by `left.count`, and the cost. A left node's
        /// slots keep their order, so a slot's place in the whole problem follows from its left node's.
        var slotRight: [Int32] = []
        var slotCost: [SlotCost] = []

        /// The whole problem's slot of a slot of the part.
        /// - Complexity: O(log *L*) for *L* left nodes in the part.
        func wholeSlot(_ slot: Int32, offsets whole: [Int32]) -> Int32 {
            // The last left node whose slots start at or before `slot`.
            var low = 0, high = left.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if offsets[middle] <= slot { low = middle } else { high = middle - 1 }
            }
            return whole[Int(left[low])] + (slot - offsets[low])
        }
    }

    let parts: [Part]

    /// Splits the slots of a problem into its connected parts; nil when it is one part (or none).
    ///
    /// - Parameters:
    ///   - nLeft: the number of left nodes.
    ///   - nRight: the number of right nodes.
    ///   - offsets: each left node's slots, `offsets[v] ..< offsets[v + 1]`.
    ///   - slotRight: per slot, the right node offset by `nLeft`.
    ///   - slotCost: per slot, the shifted cost.
    /// - Complexity: O((V + A) α(V)) for V nodes and A slots; the parts hold the slots a second time.
    static func split(nLeft: Int, nRight: Int, offsets: [Int32], slotRight: [Int32], slotCost: [SlotCost]) -> AssignmentParts? {
        // Union–find over left and right nodes, halving paths: no recursion, near-constant time per arc. Through a
        // buffer: a nested function over the array itself paid an exclusivity check per access.
        var rootOf = [Int32](0 ..< Int32(nLeft + nRight))
        rootOf.withUnsafeMutableBufferPointer { parent in
            func root(_ node: Int) -> Int {
                var node = node
                while Int(parent[node]) != node {
                    parent[node] = parent[Int(parent[node])]
                    node = Int(parent[node])
                }
                return node
            }
            for left in 0 ..< nLeft {
                for slot in Int(offsets[left]) ..< Int(offsets[left + 1]) {
                    let a = root(left), b = root(Int(slotRight[slot]))
                    if a != b { parent[max(a, b)] = Int32(min(a, b)) }
                }
            }
            for node in parent.indices { parent[node] = Int32(root(node)) }
        }
        // Parts numbered by their first left node; nodes without arcs belong to none (their units stay unused).
        var partOfRoot = [Int32](repeating: -1, count: nLeft + nRight)
        var partOfLeft = [Int32](repeating: -1, count: nLeft)
        var slotCount: [Int] = []
        for left in 0 ..< nLeft where offsets[left] < offsets[left + 1] {
            let r = Int(rootOf[left])
            if partOfRoot[r] < 0 {
                partOfRoot[r] = Int32(slotCount.count)
                slotCount.append(0)
            }
            partOfLeft[left] = partOfRoot[r]
            slotCount[Int(partOfRoot[r])] += Int(offsets[left + 1] - offsets[left])
        }
        guard slotCount.count > 1 else { return nil }
        // Each part built in local arrays of known size, one part at a time (appending through `parts[part]` paid
        // a uniqueness check per slot).
        var localRight = [Int32](repeating: -1, count: nRight)
        var rightCount = [Int](repeating: 0, count: slotCount.count)
        for right in 0 ..< nRight {
            let part = partOfRoot[Int(rootOf[nLeft + right])]
            guard part >= 0 else { continue }
            localRight[right] = Int32(rightCount[Int(part)])
            rightCount[Int(part)] += 1
        }
        var parts: [Part] = []
        for part in slotCount.indices {
            var piece = Part()
            piece.rightCount = rightCount[part]
            piece.slotRight.reserveCapacity(slotCount[part])
            piece.slotCost.reserveCapacity(slotCount[part])
            for left in 0 ..< nLeft where partOfLeft[left] == Int32(part) { piece.left.append(Int32(left)) }
            // Right nodes numbered after the part's left nodes, as the solver expects.
            let shift = Int32(piece.left.count)
            piece.offsets.reserveCapacity(piece.left.count + 1)
            for left in piece.left {
                for slot in Int(offsets[Int(left)]) ..< Int(offsets[Int(left) + 1]) {
                    piece.slotRight.append(localRight[Int(slotRight[slot]) - nLeft] + shift)
                    piece.slotCost.append(slotCost[slot])
                }
                piece.offsets.append(Int32(piece.slotRight.count))
            }
            parts.append(piece)
        }
        return AssignmentParts(parts: parts)
    }

    /// Routes every part's units, the largest parts first, on up to `workers` threads.
    ///
    /// - Parameters:
    ///   - units: each left node's capacity (whole problem), clamped to `0…nRight`.
    ///   - big: the whole problem's bonus M.
    ///   - offsets: the whole problem's slots of each left node.
    ///   - workers: threads to use; the result is the same whatever their number.
    /// - Returns: the whole problem's slots in use, ascending, each with its shifted cost.
    /// - Complexity: the sum of the parts' solves, divided over the workers (the largest part at least).
    func route(units: [Int], big: Int, offsets: [Int32], workers: Int) -> [(slot: Int32, cost: Int)] {
        let byWork = parts.indices.sorted { (parts[$0].slotRight.count, $1) > (parts[$1].slotRight.count, $0) }
        let queue = PartQueue(order: byWork)
        forEachWorker(max(1, min(workers, parts.count))) { _ in
            while let index = queue.next() {
                let part = parts[index]
                var state = AssignmentState(nRight: part.rightCount, big: big, offsets: part.offsets, slotRight: part.slotRight,
                                            slotCost: part.slotCost)
                let used = state.route(units: part.left.map { units[Int($0)] })
                queue.store(used.map { (part.wholeSlot($0, offsets: offsets), Int(part.slotCost[Int($0)])) }, for: index)
            }
        }
        return queue.results.flatMap { $0 }.sorted { $0.slot < $1.slot }
    }
}

/// The parts still to solve and the slots each solved part uses, shared by the workers.
private final class PartQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let order: [Int]
    private var position = 0
    private var done: [[(slot: Int32, cost: Int)]]

    init(order: [Int]) {
        self.order = order
        done = Array(repeating: [], count: order.count)
    }

    /// The next part to solve, or nil when every part is taken.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard position < order.count else { return nil }
        position += 1
        return order[position - 1]
    }

    func store(_ slots: [(slot: Int32, cost: Int)], for part: Int) {
        lock.lock()
        defer { lock.unlock() }
        done[part] = slots
    }

    /// Every part's slots, by part; read after the workers have finished.
    var results: [[(slot: Int32, cost: Int)]] {
        lock.lock()
        defer { lock.unlock() }
        return done
    }
}
