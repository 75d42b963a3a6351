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
    /// The costs while they all fit in 32 bits (a third less memory on large instances); emptied when one does not.
    var narrowCosts: [Int32] = []
    /// All the costs, once one does not fit in 32 bits.
    var wideCosts: [Int]?

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
        if wideCosts == nil { narrowCosts.reserveCapacity(count) } else { wideCosts?.reserveCapacity(count) }
    }

    /// The cost of an arc.
    @inline(__always) func cost(_ arc: Int) -> Int {
        if let wideCosts { return wideCosts[arc] }
        return Int(narrowCosts[arc])
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
        if wideCosts != nil {
            wideCosts?.append(cost)
        } else if let narrow = Int32(exactly: cost) {
            narrowCosts.append(narrow)
        } else {
            wideCosts = narrowCosts.map(Int.init) + [cost]
            narrowCosts = []
        }
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
    /// appear for it later). Nodes that can reach no free right node are marked *dead* by the first search that
    /// finds so (Kuhn's observation: a vertex without an augmenting path never gets one later), and searches
    /// toward a free right node leave them out: otherwise every left node with units to spare explores all it can
    /// reach before settling for the dump. The result is a min-cost flow of the fixed-supply problem, hence of
    /// least cost among the assignments of maximum size.
    ///
    /// A settled left node's arcs are scanned lazily, cheapest first: potentials only ever decrease, so an arc's
    /// reduced cost is at least its cost plus the left node's potential, and the arcs beyond the sink's distance
    /// (most of them: a left node has as many arcs as tasks offered to it) are never read. The scan keeps the
    /// eager search's choices: nodes settle in the same (distance, index) order and take the same parent, so
    /// the arcs used are the same, not only the cost. A search ends as soon as nothing is closer than the sink:
    /// the nodes tied with it would move no potential and could not change its path.
    ///
    /// A network of several connected parts is solved part by part, the parts spread over the cores (a search
    /// never leaves its part); the result does not depend on the number of cores.
    ///
    /// Consuming: the arcs are moved into the solver's layout (grouped by left node, 12 bytes an arc while the
    /// costs fit in 32 bits) and the problem's copy released on the way, so that a large instance is held about
    /// once, not twice (a network of several parts briefly holds its slots twice while they are split).
    ///
    /// - Returns: flow (right nodes served), cost and the arcs used.
    /// - Throws: ``FlowError/overflow`` if the costs are too large for the −M bound to fit in `Int`.
    /// - Complexity: O(U · (A + V) log V) in the worst case for U left units, A arcs and V nodes; on assignment
    ///   instances far less, since most searches end next to their source after reading a few arcs. With parts,
    ///   the largest part's time at best, on as many cores as parts.
    public consuming func solve() throws(FlowError) -> AssignmentSolution {
        try solve(workers: defaultWorkerCount())
    }

    /// As ``solve()``, the network's connected parts spread over `workers` threads (the result is the same whatever
    /// their number), or solved as one network when `splitting` is false (for tests: the parts' solution is the
    /// whole network's).
    consuming func solve(workers: Int, splitting: Bool = true) throws(FlowError) -> AssignmentSolution {
        let nLeft = leftCapacities.count, nRight = rightCount
        let m = arcLeft.count
        guard m > 0, nRight > 0 else { return AssignmentSolution(flow: 0, cost: 0, used: [Bool](repeating: false, count: m)) }
        var minCost = Int.max, maxCost = Int.min
        for arc in 0 ..< m {
            minCost = min(minCost, cost(arc))
            maxCost = max(maxCost, cost(arc))
        }
        // Costs shifted to start at 0 (the same shift for every arc of assignments of one size); then
        // M > span · (largest assignment) makes one more right node served outweigh any difference in cost.
        let (span, spanOverflow) = maxCost.subtractingReportingOverflow(minCost)
        let (big, bigOverflow) = (span + 1).multipliedReportingOverflow(by: min(nLeft, nRight) + 2)
        guard !spanOverflow, !bigOverflow, big < Int.max / 8 else { throw .overflow }
        let (offsets, order) = slotOrder(minCost: minCost, span: span)
        // Each array released as soon as its slot copy exists: the peak stays at the problem plus one array.
        arcLeft = []
        let slotRight = order.map { Int32(nLeft) + arcRight[Int($0)] }
        arcRight = []
        let units = leftCapacities.map { min(max(0, $0), nRight) }
        let layout = Layout(nRight: nRight, big: big, units: units, offsets: offsets, workers: splitting ? workers : nil)
        if span <= Int(Int32.max) {
            let slotCost = order.map { Int32(truncatingIfNeeded: cost(Int($0)) - minCost) }
            narrowCosts = []
            wideCosts = nil
            return try layout.solve(slotRight: slotRight, slotCost: slotCost, order: order, minCost: minCost)
        }
        let slotCost = order.map { cost(Int($0)) - minCost }
        narrowCosts = []
        wideCosts = nil
        return try layout.solve(slotRight: slotRight, slotCost: slotCost, order: order, minCost: minCost)
    }

    /// What the solver needs beside the slots.
    private struct Layout {
        let nRight: Int, big: Int
        let units: [Int]
        let offsets: [Int32]
        /// Threads for the parts; nil: one network, not split.
        let workers: Int?

        /// Routes the units, on the whole network or part by part, and reads the assignment off the slots used.
        func solve<SlotCost: FixedWidthInteger & Sendable>(slotRight: consuming [Int32], slotCost: consuming [SlotCost], order: [Int32],
                                                            minCost: Int) throws(FlowError) -> AssignmentSolution {
            let nLeft = offsets.count - 1
            if let workers,
               let parts = AssignmentParts.split(nLeft: nLeft, nRight: nRight, offsets: offsets, slotRight: slotRight, slotCost: slotCost) {
                // The parts hold their own copies: the whole network's slots go before they are solved.
                slotRight = []
                slotCost = []
                let used = parts.route(units: units, big: big, offsets: offsets, workers: workers)
                return try Self.solution(used.map(\.slot), cost: { used[$0].cost }, order: order, minCost: minCost)
            }
            var state = AssignmentState(nRight: nRight, big: big, offsets: offsets, slotRight: slotRight, slotCost: slotCost)
            let usedSlots = state.route(units: units)
            let costs = state.slotCost
            return try Self.solution(usedSlots, cost: { Int(costs[Int(usedSlots[$0])]) }, order: order, minCost: minCost)
        }

        /// Flow, cost (in the problem's costs) and the arcs used, from the slots in use and the shifted cost of
        /// each (by its position in `usedSlots`).
        /// - Throws: ``FlowError/overflow`` if the total cost does not fit in `Int`.
        static func solution(_ usedSlots: [Int32], cost: (Int) -> Int, order: [Int32], minCost: Int) throws(FlowError)
            -> AssignmentSolution {
            var used = [Bool](repeating: false, count: order.count)
            var total = 0
            for (position, slot) in usedSlots.enumerated() {
                used[Int(order[Int(slot)])] = true
                // The arc's own cost: shifted back, exactly (the shift was taken off without overflow).
                let (sum, overflow) = total.addingReportingOverflow(cost(position) + minCost)
                guard !overflow else { throw .overflow }
                total = sum
            }
            return AssignmentSolution(flow: usedSlots.count, cost: total, used: used)
        }
    }

    /// The arcs grouped by left node (`offsets[v] ..< offsets[v + 1]`), within a group cheapest first and by arc
    /// number among equal costs (the order the eager search relaxed them in).
    ///
    /// - Complexity: O(A + V) plus, per left node, a counting sort over the cost span when it is small, a comparison
    ///   sort otherwise.
    func slotOrder(minCost: Int, span: Int) -> (offsets: [Int32], order: [Int32]) {
        let nLeft = leftCapacities.count
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
        // Costs in a small range for the group's size (match's are 0…1000 for hundreds of arcs): a stable counting
        // sort, no comparisons; clearing the counts costs no more than the group itself.
        var count: [Int32] = []
        var buffer: [Int32] = []
        for v in 0 ..< nLeft {
            let group = Int(offsets[v]) ..< Int(offsets[v + 1])
            guard group.count > 1 else { continue }
            guard span < 4 * group.count + 64 else {
                order[group].sort { (cost(Int($0)), $0) < (cost(Int($1)), $1) }
                continue
            }
            count.removeAll(keepingCapacity: true)
            count.append(contentsOf: repeatElement(0, count: span + 2))
            for slot in group { count[cost(Int(order[slot])) - minCost + 1] += 1 }
            for c in 0 ..< span + 1 { count[c + 1] += count[c] }
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: repeatElement(0, count: group.count))
            for slot in group {
                let arc = order[slot], c = cost(Int(arc)) - minCost
                buffer[Int(count[c])] = arc
                count[c] += 1
            }
            order.replaceSubrange(group, with: buffer)
        }
        return (offsets, order)
    }
}

