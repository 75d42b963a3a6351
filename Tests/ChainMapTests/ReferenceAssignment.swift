@testable import ChainGraph

// A verbatim copy of `BipartiteAssignment.solve()` before lazy arc scanning (main at effb1fe), kept as the reference
// the lazy solver must match arc for arc: the same optimum and the same choice among equal-cost optima.
extension BipartiteAssignment {
    /// The solver as it was before lazy arc scanning (eager relaxation of every arc of a settled left node): the
    /// reference whose arcs, not only cost, the current solver must reproduce.
    /// Solves the problem.
    ///
    /// Successive shortest paths from the *excess* nodes (Ahuja, Magnanti & Orlin 1993, §9.7), as in the
    /// Hungarian method: every left unit is routed, one at a time, to a sink either through a right node (at cost
    /// −M, with M larger than any alternating path's cost, so that serving one more right node always wins) or
    /// through a "dump" node (cost 0: the unit stays unused). Dijkstra runs from the left node on reduced costs
    /// and stops at the sink; only the nodes it settled get their potentials moved, so a unit that finds a free
    /// right node among its own arcs costs a few heap operations, not a pass over the network. A left node
    /// whose shortest route is the dump sends all its remaining units there at once (no augmenting path can
    /// appear for it later). The result is a min-cost flow of the fixed-supply problem, hence of least cost
    /// among the assignments of maximum size.
    ///
    /// Right nodes have out-degree one in the residual network (back to their left node, or to the sink), so
    /// the working memory is a few bytes per arc and per node.
    ///
    /// - Returns: flow (right nodes served), cost and the arcs used.
    /// - Throws: ``FlowError/overflow`` if the costs are too large for the −M bound to fit in `Int`.
    /// - Complexity: O(U · (A + V) log V) in the worst case for U left units, A arcs and V nodes; on assignment
    ///   instances far less, since most searches end next to their source.
    func referenceSolve() throws(FlowError) -> AssignmentSolution {
        let nLeft = leftCapacities.count, nRight = rightCount
        let m = arcLeft.count
        let arcCost = (0 ..< m).map(cost)
        var used = [Bool](repeating: false, count: m)
        guard m > 0, nRight > 0 else { return AssignmentSolution(flow: 0, cost: 0, used: used) }
        // Arcs grouped by left node, insertion order kept within a group.
        var offsets = [Int32](repeating: 0, count: nLeft + 1)
        for left in arcLeft { offsets[Int(left) + 1] += 1 }
        for v in 0 ..< nLeft { offsets[v + 1] += offsets[v] }
        var order = [Int32](repeating: 0, count: m)
        do {
            var next = offsets
            for a in 0 ..< m {
                let left = Int(arcLeft[a])
                order[Int(next[left])] = Int32(a)
                next[left] += 1
            }
        }
        var minCost = Int.max, maxCost = Int.min
        for cost in arcCost {
            minCost = min(minCost, cost)
            maxCost = max(maxCost, cost)
        }
        // Costs shifted to start at 0 (the same shift for every arc of assignments of one size); then
        // M > span · (largest assignment) makes one more right node served outweigh any difference in cost.
        let (span, spanOverflow) = maxCost.subtractingReportingOverflow(minCost)
        let (big, bigOverflow) = (span + 1).multipliedReportingOverflow(by: min(nLeft, nRight) + 2)
        guard !spanOverflow, !bigOverflow, big < Int.max / 8 else { throw .overflow }
        var state = ReferenceAssignmentState(
            nLeft: nLeft, nRight: nRight, big: big, offsets: offsets, order: order,
            arcLeft: arcLeft, arcRight: arcRight, arcCost: arcCost, minCost: minCost)
        for left in 0 ..< nLeft {
            // A left node serves at most every right node: capping keeps all sums small.
            var excess = min(max(0, leftCapacities[left]), nRight)
            while excess > 0 {
                excess -= state.routeUnit(from: left, excess: excess)
            }
        }
        var flow = 0, total = 0
        for right in 0 ..< nRight where state.nodes[nLeft + right].assigned >= 0 {
            let arc = Int(state.nodes[nLeft + right].assigned)
            used[arc] = true
            flow += 1
            let (sum, overflow) = total.addingReportingOverflow(arcCost[arc])
            guard !overflow else { throw .overflow }
            total = sum
        }
        return AssignmentSolution(flow: flow, cost: total, used: used)
    }
}

/// The working state of ``BipartiteAssignment/solve()``: flows, potentials and Dijkstra's scratch memory.
///
/// Nodes: left `0..<nLeft`, right `nLeft..<nLeft + nRight`, then the dump and the sink. Residual arcs: left → right
/// for unused arcs (cost c), right → its left for the arc in use (−c), right → sink while free (−M), left → dump
/// (0, always open), dump → left while that left node has units in the dump (0), dump → sink (0).
///
/// Laid out for the search's memory traffic: each node's potential, distance, parent, arc in use and settled flag
/// in one 32-byte record (a relaxation reads one cache line, not five arrays), and each left node's arcs as
/// contiguous (right node, cost, arc number) slots (no indirection through the arc number).
struct ReferenceAssignmentState {
    /// One node's search and flow state.
    struct Node {
        var potential: Int
        var distance: Int
        /// The node before it on the search's path, and the bipartite arc taken (or −1).
        var parentNode: Int32
        var parentArc: Int32
        /// For a right node, the arc serving it, or −1.
        var assigned: Int32
        var settled: Bool
    }

    let nLeft: Int, nRight: Int
    let big: Int
    let offsets: [Int32]
    /// Per slot (arcs grouped by left node): the right node's index among all nodes, the shifted cost, the arc number.
    let slotRight: [Int32]
    let slotCost: [Int]
    let slotArc: [Int32]
    let arcLeft: [Int32]
    /// Costs shifted to start at 0, by arc number.
    let arcCost: [Int]
    let dump: Int, sink: Int
    var nodes: [Node]
    /// Units each left node has sent to the dump.
    var dumped: [Int]
    /// Left nodes that have had units in the dump, for the dump's residual arcs back to them (compacted when
    /// the dump is expanded).
    var dumping: [Int32] = []
    var isDumping: [Bool]
    var touched: [Int32] = []
    var heap = MinHeap<Int>()

    init(nLeft: Int, nRight: Int, big: Int, offsets: [Int32], order: [Int32],
         arcLeft: [Int32], arcRight: [Int32], arcCost: [Int], minCost: Int) {
        self.nLeft = nLeft
        self.nRight = nRight
        self.big = big
        self.offsets = offsets
        self.arcLeft = arcLeft
        let shifted = arcCost.map { $0 - minCost }
        self.arcCost = shifted
        slotArc = order
        slotRight = order.map { Int32(nLeft) + arcRight[Int($0)] }
        slotCost = order.map { shifted[Int($0)] }
        let n = nLeft + nRight + 2
        dump = n - 2
        sink = n - 1
        dumped = [Int](repeating: 0, count: nLeft)
        isDumping = [Bool](repeating: false, count: nLeft)
        // Feasible start (costs are ≥ 0 here): every node at 0 but the sink at −M, so that every residual arc
        // has a reduced cost ≥ 0 and free right nodes lead to the sink at reduced cost 0.
        nodes = [Node](repeating: Node(potential: 0, distance: Int.max, parentNode: -1, parentArc: -1, assigned: -1, settled: false),
                       count: n)
        nodes[sink].potential = -big
    }

    /// One Dijkstra search from `left` to the sink and the augmentation along the path found.
    /// - Returns: the units routed (1 through a right node; all of `excess` when the dump is the way).
    mutating func routeUnit(from left: Int, excess: Int) -> Int {
        heap.removeAll()
        let (nLeft, dump, sink, big) = (self.nLeft, self.dump, self.sink, self.big)
        let (offsets, slotRight, slotCost, slotArc, arcLeft, arcCost) = (self.offsets, self.slotRight, self.slotCost, self.slotArc,
                                                                          self.arcLeft, self.arcCost)
        var sinkDistance = Int.max
        // The mutable state moved out while the search runs (and back at the end): no exclusive access to `self`
        // overlaps the buffer pointer's.
        var touched = self.touched, heap = self.heap, dumping = self.dumping, dumped = self.dumped, isDumping = self.isDumping
        var nodes = self.nodes
        self.touched = []
        self.heap = MinHeap()
        self.dumping = []
        self.dumped = []
        self.isDumping = []
        self.nodes = []
        defer {
            self.touched = touched
            self.heap = heap
            self.dumping = dumping
            self.dumped = dumped
            self.isDumping = isDumping
            self.nodes = nodes
        }
        nodes.withUnsafeMutableBufferPointer { nodes in
            @inline(__always)
            func relax(_ v: Int, _ w: Int, _ reduced: Int, arc: Int32, from d: Int) {
                let candidate = d + reduced
                if candidate < nodes[w].distance {
                    if nodes[w].distance == Int.max { touched.append(Int32(w)) }
                    nodes[w].distance = candidate
                    nodes[w].parentNode = Int32(v)
                    nodes[w].parentArc = arc
                    heap.push(candidate, Int32(w))
                }
            }
            nodes[left].distance = 0
            touched.append(Int32(left))
            heap.push(0, Int32(left))
            while let (d, node) = heap.pop() {
                let v = Int(node)
                if nodes[v].settled || d > nodes[v].distance { continue }
                nodes[v].settled = true
                if v == sink {
                    sinkDistance = d
                    break
                }
                let pv = nodes[v].potential
                if v < nLeft {
                    slotRight.withUnsafeBufferPointer { slotRight in
                        slotCost.withUnsafeBufferPointer { slotCost in
                            slotArc.withUnsafeBufferPointer { slotArc in
                                for slot in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                                    let right = Int(slotRight[slot]), arc = slotArc[slot]
                                    if nodes[right].settled || nodes[right].assigned == arc { continue }
                                    relax(v, right, slotCost[slot] + pv - nodes[right].potential, arc: arc, from: d)
                                }
                            }
                        }
                    }
                    if !nodes[dump].settled { relax(v, dump, pv - nodes[dump].potential, arc: -1, from: d) }
                } else if v < dump {
                    let arc = nodes[v].assigned
                    if arc >= 0 {
                        let back = Int(arcLeft[Int(arc)])
                        if !nodes[back].settled { relax(v, back, -arcCost[Int(arc)] + pv - nodes[back].potential, arc: arc, from: d) }
                    } else {
                        relax(v, sink, -big + pv - nodes[sink].potential, arc: -1, from: d)
                    }
                } else {
                    // The dump: on to the sink, or back to a left node that has units there.
                    relax(v, sink, pv - nodes[sink].potential, arc: -1, from: d)
                    var kept = 0
                    for index in dumping.indices {
                        let back = Int(dumping[index])
                        guard dumped[back] > 0 else {
                            isDumping[back] = false
                            continue
                        }
                        dumping[kept] = Int32(back)
                        kept += 1
                        if !nodes[back].settled { relax(v, back, pv - nodes[back].potential, arc: -1, from: d) }
                    }
                    dumping.removeLast(dumping.count - kept)
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
            let arc = nodes[w].parentArc
            if v < nLeft && w >= nLeft && w < dump {
                nodes[w].assigned = arc  // left → right: the right node is now served by this arc
            } else if v == dump && w < nLeft {
                dumped[w] -= units  // the dump gives a unit back to left node w
            } else if v < nLeft && w == dump {
                if !isDumping[v] {
                    isDumping[v] = true
                    dumping.append(Int32(v))
                }
                dumped[v] += units
            }
            // right → left (undoing an arc) needs nothing: the right node's new arc was set above (nearer the sink).
            w = v
        }
        for node in touched {
            let v = Int(node)
            nodes[v].distance = Int.max
            nodes[v].settled = false
            nodes[v].parentNode = -1
            nodes[v].parentArc = -1
        }
        touched.removeAll(keepingCapacity: true)
        return units
    }
}
