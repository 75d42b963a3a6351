/// A capacitated assignment (transportation) problem: left nodes ("experts") with a capacity each, right nodes
/// ("tasks") that take one unit each, and arcs with integer costs between them. ``solve()`` finds an assignment
/// serving as many right nodes as possible and, among those, of least total cost: the min-cost maximum flow of
/// source → left (capacity) → right (1) → sink, which ``FlowNetwork/minCostMaxFlow(source:sink:)`` also computes
/// (same flow value and cost), in far less time and memory on large sparse instances.
///
/// Example:
/// ```swift
/// var problem = BipartiteAssignment(leftCapacities: [2, 1], rightCount: 3)
/// problem.addArc(left: 0, right: 0, cost: 5)
/// problem.addArc(left: 0, right: 1, cost: 1)
/// problem.addArc(left: 1, right: 1, cost: 0)
/// let solution = try problem.solve()   // flow 2, cost 5: arcs 0 and 2
/// ```
public struct BipartiteAssignment: Sendable {
    /// Units each left node can serve (negative counts as 0).
    public let leftCapacities: [Int]
    /// The number of right nodes; each takes at most one unit.
    public let rightCount: Int
    var arcLeft: [Int32] = []
    var arcRight: [Int32] = []
    var arcCost: [Int] = []

    /// Creates a problem without arcs.
    /// - Parameters:
    ///   - leftCapacities: the capacity of each left node, indexed `0..<leftCapacities.count`.
    ///   - rightCount: the number of right nodes, indexed `0..<rightCount`.
    public init(leftCapacities: [Int], rightCount: Int) {
        precondition(rightCount >= 0 && leftCapacities.count + rightCount + 2 <= Int(Int32.max), "too many nodes")
        self.leftCapacities = leftCapacities
        self.rightCount = rightCount
    }

    /// The number of arcs.
    public var arcCount: Int { arcLeft.count }

    /// Reserves room for `count` arcs.
    public mutating func reserveArcs(_ count: Int) {
        arcLeft.reserveCapacity(count)
        arcRight.reserveCapacity(count)
        arcCost.reserveCapacity(count)
    }

    /// Adds an arc.
    /// - Parameters:
    ///   - left: a left node.
    ///   - right: a right node.
    ///   - cost: the cost of assigning `right` to `left` (any sign).
    /// - Returns: the arc's number, `0..<arcCount`, in insertion order.
    /// - Complexity: O(1) amortized.
    @discardableResult
    public mutating func addArc(left: Int, right: Int, cost: Int) -> Int {
        precondition(left >= 0 && left < leftCapacities.count && right >= 0 && right < rightCount, "arc endpoint is not a node")
        arcLeft.append(Int32(left))
        arcRight.append(Int32(right))
        arcCost.append(cost)
        return arcLeft.count - 1
    }
}

/// The result of ``BipartiteAssignment/solve()``.
public struct AssignmentSolution: Hashable, Sendable {
    /// The number of right nodes served (the maximum possible).
    public var flow: Int
    /// The least total cost of serving that many.
    public var cost: Int
    /// Whether each arc, by number, is used.
    public var used: [Bool]
}

extension BipartiteAssignment {
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
    /// A settled left node's arcs are scanned lazily, cheapest first: potentials only ever decrease, so an arc's
    /// reduced cost is at least its cost plus the left node's potential, and the arcs beyond the sink's distance
    /// (most of them: a left node has as many arcs as tasks offered to it) are never read. The scan order keeps
    /// the eager search's choices: nodes settle in the same (distance, index) order and take the same parent, so
    /// the arcs used are the same, not only the cost.
    ///
    /// Right nodes have out-degree one in the residual network (back to their left node, or to the sink), so
    /// the working memory is a few bytes per arc and per node.
    ///
    /// - Returns: flow (right nodes served), cost and the arcs used.
    /// - Throws: ``FlowError/overflow`` if the costs are too large for the −M bound to fit in `Int`.
    /// - Complexity: O(U · (A + V) log V) in the worst case for U left units, A arcs and V nodes; on assignment
    ///   instances far less, since most searches end next to their source after reading a few arcs.
    public func solve() throws(FlowError) -> AssignmentSolution {
        let nLeft = leftCapacities.count, nRight = rightCount
        let m = arcLeft.count
        var used = [Bool](repeating: false, count: m)
        guard m > 0, nRight > 0 else { return AssignmentSolution(flow: 0, cost: 0, used: used) }
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
        var state = AssignmentState(nLeft: nLeft, nRight: nRight, big: big, arcLeft: arcLeft, arcRight: arcRight, arcCost: arcCost,
                                    minCost: minCost)
        for left in 0 ..< nLeft {
            // A left node serves at most every right node: capping keeps all sums small.
            var excess = min(max(0, leftCapacities[left]), nRight)
            while excess > 0 {
                excess -= state.routeUnit(from: left, excess: excess)
            }
        }
        var flow = 0, total = 0
        for right in 0 ..< nRight where state.nodes[nLeft + right].assigned >= 0 {
            let arc = Int(state.slotArc[Int(state.nodes[nLeft + right].assigned)])
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
/// in one record (a relaxation reads one cache line, not five arrays), and each left node's arcs as contiguous
/// (right node, cost) slots, cheapest first, for the lazy scan.
struct AssignmentState {
    /// One node's search and flow state.
    struct Node {
        var potential: Int
        var distance: Int
        /// The node before it on the search's path, and the slot taken from a left node (or −1).
        var parentNode: Int32
        var parentSlot: Int32
        /// For a right node, the slot serving it, or −1, and that slot's left node.
        var assigned: Int32
        var assignedLeft: Int32
        /// For a left node settled in the current search, the next of its slots to scan.
        var cursor: Int32
        var settled: Bool
    }

    /// Heap ties at or above this are nodes (`real + node`); below, the scan of the settled left node of that
    /// rank (`scanning`), which sorts before any node at the same key.
    static let real = 1 << 32

    let nLeft: Int, nRight: Int
    let big: Int
    /// Each left node's slots: `offsets[v] ..< offsets[v + 1]`.
    let offsets: [Int32]
    /// Per slot (arcs grouped by left node, by cost then arc number): the right node's index among all nodes,
    /// the shifted cost, the arc number.
    let slotRight: [Int32]
    let slotCost: [Int]
    let slotArc: [Int32]
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

    init(nLeft: Int, nRight: Int, big: Int, arcLeft: [Int32], arcRight: [Int32], arcCost: [Int], minCost: Int) {
        self.nLeft = nLeft
        self.nRight = nRight
        self.big = big
        // Arcs grouped by left node; within a group cheapest first, by arc number among equal costs (the order
        // the eager search relaxed them in).
        var offsets = [Int32](repeating: 0, count: nLeft + 1)
        for left in arcLeft { offsets[Int(left) + 1] += 1 }
        for v in 0 ..< nLeft { offsets[v + 1] += offsets[v] }
        var order = [Int32](repeating: 0, count: arcLeft.count)
        var next = offsets
        for a in arcLeft.indices {
            let left = Int(arcLeft[a])
            order[Int(next[left])] = Int32(a)
            next[left] += 1
        }
        for v in 0 ..< nLeft {
            order[Int(offsets[v]) ..< Int(offsets[v + 1])].sort { (arcCost[Int($0)], $0) < (arcCost[Int($1)], $1) }
        }
        self.offsets = offsets
        slotArc = order
        slotRight = order.map { Int32(nLeft) + arcRight[Int($0)] }
        slotCost = order.map { arcCost[Int($0)] - minCost }
        let n = nLeft + nRight + 2
        dump = n - 2
        sink = n - 1
        dumped = [Int](repeating: 0, count: nLeft)
        isDumping = [Bool](repeating: false, count: nLeft)
        // Feasible start (costs are ≥ 0 here): every node at 0 but the sink at −M, so that every residual arc
        // has a reduced cost ≥ 0 and free right nodes lead to the sink at reduced cost 0. Potentials only
        // decrease from there, which the lazy scan relies on.
        nodes = [Node](repeating: Node(potential: 0, distance: Int.max, parentNode: -1, parentSlot: -1, assigned: -1, assignedLeft: -1,
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
                            let bound = d + slotCost[slot] + pv
                            if bound > nodes[sink].distance { break }
                            if let top = heap.first, top < KeyTieHeap.Entry(key: bound, tie: rank) {
                                heap.push(bound, rank)
                                break
                            }
                            let right = Int(slotRight[slot])
                            if !nodes[right].settled && nodes[right].assigned != Int32(slot) {
                                relax(v, right, slotCost[slot] + pv - nodes[right].potential, slot: Int32(slot), from: d)
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
                                    relax(v, back, -slotCost[Int(slot)] + pv - nodes[back].potential, slot: -1, from: d)
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
