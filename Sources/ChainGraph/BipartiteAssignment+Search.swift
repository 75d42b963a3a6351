/// The working state of ``BipartiteAssignment/solve()``: flows, potentials and Dijkstra's scratch memory.
///
/// Nodes: left `0..<nLeft`, right `nLeft..<nLeft + nRight`, then the dump and the sink. Residual arcs: left → right
/// for unused arcs (cost c), right → its left for the arc in use (−c), right → sink while free (−M), left → dump
/// (0, always open), dump → sink (0).
///
/// **Dead nodes.** A left node from which no free right node can be reached will never reach one again (the
/// residual graph only changes along augmenting paths, and a path to a free right node cannot pass through a node
/// that reaches none: it would reach one); so will every node it reaches. The first search from such a node marks
/// everything it reached dead, and from then on searches toward a free right node never enter dead nodes, and a
/// dead node's units find their cheapest way to the dump among dead nodes alone. Without the marks, every search
/// from a node with units to spare explored all the nodes it can reach before settling for the dump: quadratic on
/// large instances, where thousands of experts keep capacity no task can use. The dead nodes and the dump share one
/// potential offset (`deadOffset`), moved at once when a search leaves them out, so that reduced costs stay
/// non-negative on every arc a later search may take: live → dead arcs can only grow, arcs among dead nodes keep
/// theirs, and no arc leads from a dead node to a live one.
///
/// Laid out for the search's memory traffic: each node's potential, distance, parent, arc in use and flags in one
/// record (a relaxation reads one cache line, not five arrays), and each left node's arcs as contiguous
/// (right node, cost) slots, cheapest first, for the lazy scan, the costs in 32 bits when they fit (`SlotCost`).
struct AssignmentState<SlotCost: FixedWidthInteger> {
    /// One node's search and flow state.
    ///
    /// The fields a scan reads for every arc (potential, distance, slot in use, flags) come first: in the first 24
    /// bytes of a 48-byte record they share one cache line in three records of four.
    struct Node {
        /// The potential; a dead node's is this plus `deadOffset`.
        var potential: Int
        var distance: Int
        /// For a right node, the slot serving it, or −1.
        var assigned: Int32
        var settled: Bool
        /// Can reach no free right node, now or later (the dump always counts as dead).
        var dead: Bool
        /// The node before it on the search's path, and the slot taken from a left node (or −1).
        var parentNode: Int32
        var parentSlot: Int32
        /// For a right node served, that slot's left node and its cost (kept here: the back arc is read at every
        /// settle of a served right node, and the slot's cost is a cache miss away).
        var assignedLeft: Int32
        /// For a left node settled in the current search, the next of its slots to scan.
        var cursor: Int32
        var assignedCost: Int
    }

    /// Heap ties at or above this are nodes (`real + node`); below, the scan of the settled left node of that
    /// rank (`scanning`), which sorts before any node at the same key.
    static var real: Int { 1 << 32 }

    let nLeft: Int, nRight: Int
    let big: Int
    /// Each left node's slots: `offsets[v] ..< offsets[v + 1]`.
    let offsets: [Int32]
    /// Per slot (arcs grouped by left node, by cost then arc number): the right node's index among all nodes and
    /// the shifted cost.
    let slotRight: [Int32]
    let slotCost: [SlotCost]
    let dump: Int, sink: Int
    var nodes: [Node]
    /// Added to the stored potential of every dead node (and the dump).
    var deadOffset = 0
    var touched: [Int32] = []
    /// The left nodes settled in the current search, in order: a scan marker's tie is its rank here.
    var scanning: [Int32] = []
    var heap = KeyTieHeap()

    /// - Parameters:
    ///   - nRight: the number of right nodes.
    ///   - big: M, the bonus for serving one more right node.
    ///   - offsets: each left node's slots, `offsets[v] ..< offsets[v + 1]` (one more entry than left nodes).
    ///   - slotRight: per slot, the right node (`0..<nRight`) offset by the number of left nodes.
    ///   - slotCost: per slot, the cost shifted to start at 0; cheapest first within a left node.
    init(nRight: Int, big: Int, offsets: [Int32], slotRight: [Int32], slotCost: [SlotCost]) {
        let nLeft = offsets.count - 1
        self.nLeft = nLeft
        self.nRight = nRight
        self.big = big
        self.offsets = offsets
        self.slotRight = slotRight
        self.slotCost = slotCost
        let n = nLeft + nRight + 2
        dump = n - 2
        sink = n - 1
        // Feasible start (costs are ≥ 0 here): every node at 0 but the sink at −M, so that every residual arc
        // has a reduced cost ≥ 0 and free right nodes lead to the sink at reduced cost 0. Potentials only
        // decrease from there, which the lazy scan relies on.
        nodes = [Node](repeating: Node(potential: 0, distance: Int.max, assigned: -1, settled: false, dead: false, parentNode: -1, parentSlot: -1,
                                       assignedLeft: -1, cursor: 0, assignedCost: 0),
                       count: n)
        nodes[sink].potential = -big
        nodes[dump].dead = true
    }

    /// Routes units of `left`: one to a free right node if it can reach one (on the cheapest path), otherwise to
    /// the dump on the cheapest path among dead nodes (all of them at once when that path is the direct arc).
    /// - Returns: the units routed.
    mutating func routeUnit(from left: Int, excess: Int) -> Int {
        if !nodes[left].dead {
            if search(from: left, toward: sink) {
                augment(from: left, to: sink)
                return 1
            }
            clearSearch()
        }
        // Dead now, if it was not: the dump is always reachable.
        let reached = search(from: left, toward: dump)
        precondition(reached, "the dump is always reachable")
        let units = nodes[dump].parentNode == Int32(left) ? excess : 1
        augment(from: left, to: dump)
        return units
    }

    /// One Dijkstra search from `left` to `target` on reduced costs (``Search``), ending with the
    /// potentials moved.
    ///
    /// Toward the sink, dead nodes (and the dump) are left out; if the sink cannot be reached, every node reached
    /// is marked dead. Toward the dump, `left` is dead and so is everything it reaches.
    /// - Returns: whether `target` was reached; the path is left in the nodes' parents for ``augment(from:to:)``.
    mutating func search(from left: Int, toward target: Int) -> Bool {
        // The scratch moved into the search's frame and back: each array stays uniquely referenced.
        var nodes = self.nodes, touched = self.touched, scanning = self.scanning, heap = self.heap
        self.nodes = []
        self.touched = []
        self.scanning = []
        self.heap = KeyTieHeap()
        defer {
            self.nodes = nodes
            self.touched = touched
            self.scanning = scanning
            self.heap = heap
        }
        let deadOffset = self.deadOffset
        var newOffset = deadOffset
        let reached = nodes.withUnsafeMutableBufferPointer { nodes in
            offsets.withUnsafeBufferPointer { offsets in
                slotRight.withUnsafeBufferPointer { slotRight in
                    slotCost.withUnsafeBufferPointer { slotCost in
                        var search = Search(
                            nodes: nodes, offsets: offsets, slotRight: slotRight, slotCost: slotCost, nLeft: nLeft, dump: dump,
                            sink: sink, big: big, target: target, deadOffset: deadOffset, touched: touched, scanning: scanning,
                            heap: heap)
                        touched = []
                        scanning = []
                        heap = KeyTieHeap()
                        let reached = search.run(from: left)
                        newOffset = search.movePotentials(reached: reached)
                        (touched, scanning, heap) = (search.touched, search.scanning, search.heap)
                        return reached
                    }
                }
            }
        }
        self.deadOffset = newOffset
        return reached
    }

    /// Moves one unit along the path the last search found, from `left` to `target`, and clears the search's marks.
    mutating func augment(from left: Int, to target: Int) {
        var w = target
        while w != left {
            let v = Int(nodes[w].parentNode)
            if v < nLeft && w >= nLeft && w < dump {
                // left → right: the right node is now served by this slot
                nodes[w].assigned = nodes[w].parentSlot
                nodes[w].assignedLeft = Int32(v)
                nodes[w].assignedCost = Int(slotCost[Int(nodes[w].parentSlot)])
            }
            // right → left (undoing an arc) needs nothing: the right node's new slot was set above (nearer the
            // target). left → dump and right → sink carry no state.
            w = v
        }
        clearSearch()
    }

    /// Resets the nodes the last search touched.
    mutating func clearSearch() {
        for node in touched {
            let v = Int(node)
            nodes[v].distance = Int.max
            nodes[v].settled = false
            nodes[v].parentNode = -1
            nodes[v].parentSlot = -1
        }
        touched.removeAll(keepingCapacity: true)
    }
}

extension AssignmentState {
    /// Routes every left node's units in turn, in index order.
    /// - Parameter units: each left node's capacity, clamped to `0…nRight`.
    /// - Returns: per right node served, the slot serving it, in right-node order.
    /// - Complexity: as ``BipartiteAssignment/solve()``.
    mutating func route(units: [Int]) -> [Int32] {
        for left in 0 ..< nLeft {
            var excess = units[left]
            while excess > 0 {
                excess -= routeUnit(from: left, excess: excess)
            }
        }
        return (nLeft ..< nLeft + nRight).compactMap { nodes[$0].assigned >= 0 ? nodes[$0].assigned : nil }
    }
}
