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
    /// Right nodes have out-degree one in the residual network (back to their left node, or to the sink), so
    /// the working memory is a few bytes per arc and per node.
    ///
    /// - Returns: flow (right nodes served), cost and the arcs used.
    /// - Throws: ``FlowError/overflow`` if the costs are too large for the −M bound to fit in `Int`.
    /// - Complexity: O(U · (A + V) log V) in the worst case for U left units, A arcs and V nodes; on assignment
    ///   instances far less, since most searches end next to their source.
    public func solve() throws(FlowError) -> AssignmentSolution {
        let nLeft = leftCapacities.count, nRight = rightCount
        let m = arcLeft.count
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
        var state = AssignmentState(
            nLeft: nLeft, nRight: nRight, big: big, offsets: offsets, order: order,
            arcLeft: arcLeft, arcRight: arcRight, arcCost: arcCost.map { $0 - minCost })
        for left in 0 ..< nLeft {
            // A left node serves at most every right node: capping keeps all sums small.
            var excess = min(max(0, leftCapacities[left]), nRight)
            while excess > 0 {
                excess -= state.routeUnit(from: left, excess: excess)
            }
        }
        var flow = 0, total = 0
        for right in 0 ..< nRight where state.assignedArc[right] >= 0 {
            let arc = Int(state.assignedArc[right])
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
struct AssignmentState {
    let nLeft: Int, nRight: Int
    let big: Int
    let offsets: [Int32]
    let order: [Int32]
    let arcLeft: [Int32]
    let arcRight: [Int32]
    let arcCost: [Int]
    let dump: Int, sink: Int
    /// The arc serving each right node, or −1.
    var assignedArc: [Int32]
    /// Units each left node has sent to the dump.
    var dumped: [Int]
    /// Left nodes that have had units in the dump, for the dump's residual arcs back to them (compacted when
    /// the dump is expanded).
    var dumping: [Int32] = []
    var isDumping: [Bool]
    var potential: [Int]
    var distance: [Int]
    /// How each node was reached: the node before it, and the arc (bipartite arc number, or −1).
    var parentNode: [Int32]
    var parentArc: [Int32]
    var settled: [Bool]
    var touched: [Int32] = []
    var heap = MinHeap<Int>()

    init(nLeft: Int, nRight: Int, big: Int, offsets: [Int32], order: [Int32],
         arcLeft: [Int32], arcRight: [Int32], arcCost: [Int]) {
        self.nLeft = nLeft
        self.nRight = nRight
        self.big = big
        self.offsets = offsets
        self.order = order
        self.arcLeft = arcLeft
        self.arcRight = arcRight
        self.arcCost = arcCost
        let n = nLeft + nRight + 2
        dump = n - 2
        sink = n - 1
        assignedArc = [Int32](repeating: -1, count: nRight)
        dumped = [Int](repeating: 0, count: nLeft)
        isDumping = [Bool](repeating: false, count: nLeft)
        // Feasible start (costs are ≥ 0 here): every node at 0 but the sink at −M, so that every residual arc
        // has a reduced cost ≥ 0 and free right nodes lead to the sink at reduced cost 0.
        potential = [Int](repeating: 0, count: n)
        potential[sink] = -big
        distance = [Int](repeating: Int.max, count: n)
        parentNode = [Int32](repeating: -1, count: n)
        parentArc = [Int32](repeating: -1, count: n)
        settled = [Bool](repeating: false, count: n)
    }

    @inline(__always)
    mutating func relax(_ v: Int, _ w: Int, _ reduced: Int, arc: Int32, from d: Int) {
        let candidate = d + reduced
        if candidate < distance[w] {
            if distance[w] == Int.max { touched.append(Int32(w)) }
            distance[w] = candidate
            parentNode[w] = Int32(v)
            parentArc[w] = arc
            heap.push(candidate, Int32(w))
        }
    }

    /// One Dijkstra search from `left` to the sink and the augmentation along the path found.
    /// - Returns: the units routed (1 through a right node; all of `excess` when the dump is the way).
    mutating func routeUnit(from left: Int, excess: Int) -> Int {
        heap.removeAll()
        distance[left] = 0
        touched.append(Int32(left))
        heap.push(0, Int32(left))
        var sinkDistance = Int.max
        while let (d, node) = heap.pop() {
            let v = Int(node)
            if settled[v] || d > distance[v] { continue }
            settled[v] = true
            if v == sink {
                sinkDistance = d
                break
            }
            let pv = potential[v]
            if v < nLeft {
                for slot in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                    let arc = Int(order[slot])
                    let right = nLeft + Int(arcRight[arc])
                    if settled[right] || assignedArc[right - nLeft] == Int32(arc) { continue }
                    relax(v, right, arcCost[arc] + pv - potential[right], arc: Int32(arc), from: d)
                }
                if !settled[dump] { relax(v, dump, pv - potential[dump], arc: -1, from: d) }
            } else if v < dump {
                let arc = assignedArc[v - nLeft]
                if arc >= 0 {
                    let back = Int(arcLeft[Int(arc)])
                    if !settled[back] { relax(v, back, -arcCost[Int(arc)] + pv - potential[back], arc: arc, from: d) }
                } else {
                    relax(v, sink, -big + pv - potential[sink], arc: -1, from: d)
                }
            } else {
                // The dump: on to the sink, or back to a left node that has units there.
                relax(v, sink, pv - potential[sink], arc: -1, from: d)
                var kept = 0
                for index in dumping.indices {
                    let back = Int(dumping[index])
                    guard dumped[back] > 0 else {
                        isDumping[back] = false
                        continue
                    }
                    dumping[kept] = Int32(back)
                    kept += 1
                    if !settled[back] { relax(v, back, pv - potential[back], arc: -1, from: d) }
                }
                dumping.removeLast(dumping.count - kept)
            }
        }
        precondition(sinkDistance != Int.max, "the dump always leads to the sink")
        // π(v) += d(v) − d(sink) for nodes settled closer than the sink (the others keep theirs): reduced costs
        // stay non-negative and the path found gets reduced cost 0.
        for node in touched {
            let v = Int(node)
            if settled[v] && distance[v] < sinkDistance { potential[v] += distance[v] - sinkDistance }
        }
        // Augment, from the sink back to `left`.
        var units = 1
        if parentNode[sink] == Int32(dump) && parentNode[dump] == Int32(left) {
            units = excess  // straight to the dump: every remaining unit goes the same way
        }
        var w = sink
        while w != left {
            let v = Int(parentNode[w])
            let arc = parentArc[w]
            if v < nLeft && w >= nLeft && w < dump {
                assignedArc[w - nLeft] = arc  // left → right: the right node is now served by this arc
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
            distance[v] = Int.max
            settled[v] = false
            parentNode[v] = -1
            parentArc[v] = -1
        }
        touched.removeAll(keepingCapacity: true)
        return units
    }
}
