/// The working state of ``BipartiteAssignment/solve()``: flows, potentials and Dijkstra's scratch memory.
///
/// Nodes: left `0..<nLeft`, right `nLeft..<nLeft + nRight`, then the dump and the sink. Residual arcs: left → right
/// for unused arcs (cost c), right → its left for the arc in use (−c), right → sink while free (−M), left → dump
/// (0, always open), dump → left while that left node has units in the dump (0), dump → sink (0).
///
/// Laid out for the search's memory traffic: each node's potential, distance, parent, arc in use and settled flag
/// in one record (a relaxation reads one cache line, not five arrays), and each left node's arcs as contiguous
/// (right node, cost) slots, cheapest first, for the lazy scan, the costs in 32 bits when they fit (`SlotCost`).
struct AssignmentState<SlotCost: FixedWidthInteger> {
    /// One node's search and flow state.
    struct Node {
        var potential: Int
        var distance: Int
        /// The node before it on the search's path, and the slot taken from a left node (or −1).
        var parentNode: Int32
        var parentSlot: Int32
        /// For a right node, the slot serving it, or −1, that slot's left node and its cost (kept here: the back
        /// arc is read at every settle of a served right node, and the slot's cost is a cache miss away).
        var assigned: Int32
        var assignedLeft: Int32
        var assignedCost: Int
        /// For a left node settled in the current search, the next of its slots to scan.
        var cursor: Int32
        var settled: Bool
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
    /// Units each left node has sent to the dump.
    var dumped: [Int]
    /// Left nodes that have had units in the dump, for the dump's residual arcs back to them (compacted when
    /// the dump is expanded).
    var dumping: [Int32] = []
    var isDumping: [Bool]
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
        dumped = [Int](repeating: 0, count: nLeft)
        isDumping = [Bool](repeating: false, count: nLeft)
        // Feasible start (costs are ≥ 0 here): every node at 0 but the sink at −M, so that every residual arc
        // has a reduced cost ≥ 0 and free right nodes lead to the sink at reduced cost 0. Potentials only
        // decrease from there, which the lazy scan relies on.
        nodes = [Node](repeating: Node(potential: 0, distance: Int.max, parentNode: -1, parentSlot: -1, assigned: -1, assignedLeft: -1, assignedCost: 0,
                                       cursor: 0, settled: false),
                       count: n)
        nodes[sink].potential = -big
    }

    /// One Dijkstra search from `left` to the sink and the augmentation along the path found.
    /// - Returns: the units routed (1 through a right node; all of `excess` when the dump is the way).
    mutating func routeUnit(from left: Int, excess: Int) -> Int {
        let (nLeft, dump, sink, big, real) = (self.nLeft, self.dump, self.sink, self.big, Self.real)
        let (offsets, slotRight, slotCost) = (self.offsets, self.slotRight, self.slotCost)
        var sinkDistance = Int.max
        // The mutable state moved out while the search runs (and back at the end): no exclusive access to `self`
        // overlaps the buffer pointer's.
        var touched = self.touched, heap = self.heap, dumping = self.dumping, dumped = self.dumped, isDumping = self.isDumping
        var nodes = self.nodes, scanning = self.scanning
        self.touched = []
        self.heap = KeyTieHeap()
        self.dumping = []
        self.dumped = []
        self.isDumping = []
        self.nodes = []
        self.scanning = []
        defer {
            self.touched = touched
            self.heap = heap
            self.dumping = dumping
            self.dumped = dumped
            self.isDumping = isDumping
            self.nodes = nodes
            self.scanning = scanning
        }
        heap.removeAll()
        scanning.removeAll(keepingCapacity: true)
        nodes.withUnsafeMutableBufferPointer { nodes in
            slotRight.withUnsafeBufferPointer { slotRight in
                slotCost.withUnsafeBufferPointer { slotCost in
                    @inline(__always)
                    func relax(_ v: Int, _ w: Int, _ reduced: Int, slot: Int32, from d: Int) {
                        let candidate = d + reduced
                        // Farther than the sink's tentative distance: neither on the path found nor a potential moved
                        // (ties with the sink are kept: they settle before it, as they did).
                        guard candidate < nodes[w].distance, candidate <= nodes[sink].distance else { return }
                        if nodes[w].distance == Int.max { touched.append(Int32(w)) }
                        nodes[w].distance = candidate
                        nodes[w].parentNode = Int32(v)
                        nodes[w].parentSlot = slot
                        heap.push(candidate, real + w)
                    }
                    /// Relaxes the left node of scan rank `rank` along its next slots, cheapest first, while they come
                    /// before every heap entry; then leaves a marker at the next slot's lower bound, unless that bound is
                    /// beyond the sink. The bound (distance + cost + the left node's potential) never exceeds the reduced
                    /// distance, right potentials being ≤ 0, so every arc is relaxed before the node it reaches could
                    /// settle, and arcs of equal reduced distance in the eager order (earlier-settled left node first).
                    @inline(__always)
                    func scan(rank: Int) {
                        let v = Int(scanning[rank])
                        let d = nodes[v].distance, pv = nodes[v].potential
                        let end = Int(offsets[v + 1])
                        var slot = Int(nodes[v].cursor)
                        while slot < end {
                            let cost = Int(slotCost[slot])
                            let bound = d + cost + pv
                            if bound > nodes[sink].distance { break }
                            if let top = heap.first, top < KeyTieHeap.Entry(key: bound, tie: rank) {
                                heap.push(bound, rank)
                                break
                            }
                            let right = Int(slotRight[slot])
                            if !nodes[right].settled && nodes[right].assigned != Int32(slot) {
                                relax(v, right, cost + pv - nodes[right].potential, slot: Int32(slot), from: d)
                            }
                            slot += 1
                        }
                        nodes[v].cursor = Int32(slot)
                    }
                    nodes[left].distance = 0
                    touched.append(Int32(left))
                    heap.push(0, real + left)
                    while let entry = heap.pop() {
                        if entry.tie < real {
                            scan(rank: entry.tie)
                            continue
                        }
                        let v = entry.tie - real, d = entry.key
                        if nodes[v].settled || d > nodes[v].distance { continue }
                        nodes[v].settled = true
                        if v == sink {
                            sinkDistance = d
                            break
                        }
                        let pv = nodes[v].potential
                        if v < nLeft {
                            if !nodes[dump].settled { relax(v, dump, pv - nodes[dump].potential, slot: -1, from: d) }
                            if offsets[v] < offsets[v + 1] {
                                nodes[v].cursor = offsets[v]
                                scanning.append(Int32(v))
                                scan(rank: scanning.count - 1)
                            }
                        } else if v < dump {
                            let slot = nodes[v].assigned
                            if slot >= 0 {
                                let back = Int(nodes[v].assignedLeft)
                                if !nodes[back].settled {
                                    relax(v, back, -nodes[v].assignedCost + pv - nodes[back].potential, slot: -1, from: d)
                                }
                            } else {
                                relax(v, sink, -big + pv - nodes[sink].potential, slot: -1, from: d)
                            }
                        } else {
                            // The dump: on to the sink, or back to a left node that has units there.
                            relax(v, sink, pv - nodes[sink].potential, slot: -1, from: d)
                            var kept = 0
                            for index in dumping.indices {
                                let back = Int(dumping[index])
                                guard dumped[back] > 0 else {
                                    isDumping[back] = false
                                    continue
                                }
                                dumping[kept] = Int32(back)
                                kept += 1
                                if !nodes[back].settled { relax(v, back, pv - nodes[back].potential, slot: -1, from: d) }
                            }
                            dumping.removeLast(dumping.count - kept)
                        }
                    }
                }
            }
            precondition(sinkDistance != Int.max, "the dump always leads to the sink")
            // π(v) += d(v) − d(sink) for nodes settled closer than the sink (the others keep theirs): reduced costs
            // stay non-negative and the path found gets reduced cost 0.
            for node in touched {
                let v = Int(node)
                if nodes[v].settled && nodes[v].distance < sinkDistance { nodes[v].potential += nodes[v].distance - sinkDistance }
            }
        }
        // Augment, from the sink back to `left`.
        var units = 1
        if nodes[sink].parentNode == Int32(dump) && nodes[dump].parentNode == Int32(left) {
            units = excess  // straight to the dump: every remaining unit goes the same way
        }
        var w = sink
        while w != left {
            let v = Int(nodes[w].parentNode)
            if v < nLeft && w >= nLeft && w < dump {
                // left → right: the right node is now served by this slot
                nodes[w].assigned = nodes[w].parentSlot
                nodes[w].assignedLeft = Int32(v)
                nodes[w].assignedCost = Int(slotCost[Int(nodes[w].parentSlot)])
            } else if v == dump && w < nLeft {
                dumped[w] -= units  // the dump gives a unit back to left node w
            } else if v < nLeft && w == dump {
                if !isDumping[v] {
                    isDumping[v] = true
                    dumping.append(Int32(v))
                }
                dumped[v] += units
            }
            // right → left (undoing an arc) needs nothing: the right node's new slot was set above (nearer the sink).
            w = v
        }
        for node in touched {
            let v = Int(node)
            nodes[v].distance = Int.max
            nodes[v].settled = false
            nodes[v].parentNode = -1
            nodes[v].parentSlot = -1
        }
        touched.removeAll(keepingCapacity: true)
        return units
    }
}

extension AssignmentState {
    /// Routes every left node's units in turn, then reads the assignment off the right nodes.
    /// - Parameters:
    ///   - units: each left node's capacity, clamped to `0…nRight`.
    ///   - order: the arc number of each slot.
    ///   - minCost: the shift taken off every cost.
    /// - Returns: flow, cost (in the problem's costs) and the arcs used.
    /// - Throws: ``FlowError/overflow`` if the total cost does not fit in `Int`.
    mutating func solve(units: [Int], order: [Int32], minCost: Int) throws(FlowError) -> AssignmentSolution {
        for left in 0 ..< nLeft {
            var excess = units[left]
            while excess > 0 {
                excess -= routeUnit(from: left, excess: excess)
            }
        }
        var used = [Bool](repeating: false, count: order.count)
        var flow = 0, total = 0
        for right in 0 ..< nRight where nodes[nLeft + right].assigned >= 0 {
            let slot = Int(nodes[nLeft + right].assigned)
            used[Int(order[slot])] = true
            flow += 1
            // The arc's own cost: shifted back, exactly (the shift was taken off without overflow).
            let (sum, overflow) = total.addingReportingOverflow(Int(slotCost[slot]) + minCost)
            guard !overflow else { throw .overflow }
            total = sum
        }
        return AssignmentSolution(flow: flow, cost: total, used: used)
    }
}
