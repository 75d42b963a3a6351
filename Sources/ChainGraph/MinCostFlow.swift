/// Residual network for successive shortest paths: arc `2a` is arc `a` forward, `2a + 1`
/// its reverse; per-node lists of residual arcs in CSR form.
struct ResidualNetwork {
    var head: [Int32]
    var residual: [Int]
    var cost: [Int]
    var offsets: [Int32]
    var arcsOut: [Int32]

    init(_ network: FlowNetwork, capacities: [Int]) {
        let m = network.arcCount
        head = [Int32](repeating: 0, count: 2 * m)
        residual = [Int](repeating: 0, count: 2 * m)
        cost = [Int](repeating: 0, count: 2 * m)
        var tails = [Int32](repeating: 0, count: 2 * m)
        for a in 0 ..< m {
            head[2 * a] = network.heads[a]
            head[2 * a + 1] = network.tails[a]
            tails[2 * a] = network.tails[a]
            tails[2 * a + 1] = network.heads[a]
            residual[2 * a] = capacities[a]
            cost[2 * a] = network.costs[a]
            cost[2 * a + 1] = -network.costs[a]
        }
        let n = network.nodeCount
        offsets = [Int32](repeating: 0, count: n + 1)
        for t in tails { offsets[Int(t) + 1] += 1 }
        for v in 0 ..< n { offsets[v + 1] += offsets[v] }
        var next = offsets
        arcsOut = [Int32](repeating: 0, count: 2 * m)
        for (arc, t) in tails.enumerated() {
            arcsOut[Int(next[Int(t)])] = Int32(arc)
            next[Int(t)] += 1
        }
    }
}

/// The residual arcs with capacity left, weighted by reduced cost `cost + potential[tail] - potential[head]`,
/// for the Dijkstra searches of successive shortest paths.
struct ReducedCostArcs: DijkstraArcs {
    let net: ResidualNetwork
    let potential: [Int]

    @inline(__always) func slots(of node: Int) -> Range<Int> { Int(net.offsets[node]) ..< Int(net.offsets[node + 1]) }

    @inline(__always) func head(at slot: Int) -> Int? {
        let arc = Int(net.arcsOut[slot])
        return net.residual[arc] > 0 ? Int(net.head[arc]) : nil
    }

    @inline(__always) func weight(at slot: Int, from tail: Int, to head: Int) -> Int {
        net.cost[Int(net.arcsOut[slot])] + potential[tail] - potential[head]
    }
}

extension FlowNetwork {
    /// A maximum flow from `source` to `sink` of minimum total cost.
    ///
    /// Successive shortest paths (Jewell 1958; Busacker & Gowen 1961) with Johnson
    /// potentials (Edmonds & Karp 1972), in primal–dual form: Bellman–Ford computes initial
    /// potentials when some cost is negative; each Dijkstra search on non-negative reduced
    /// costs is followed by a blocking flow over the arcs of reduced cost 0, which carries
    /// every shortest augmenting path of that length at once. Equals NetworkX `max_flow_min_cost(G, s, t)` in flow value and cost
    /// (per-arc flows may differ between optimal solutions), except that any negative-cost
    /// cycle is rejected (see ``FlowError/negativeCostCycle``).
    ///
    /// - Parameters:
    ///   - source: where the flow starts.
    ///   - sink: where the flow ends.
    /// - Returns: flow value, cost and the flow on each arc.
    /// - Throws: ``FlowError`` for a negative capacity, a negative-cost cycle, an
    ///   unbounded-capacity source–sink path, `source == sink`, or `Int` overflow.
    /// - Complexity: O(nodes · arcs) for Bellman–Ford (only with negative costs), plus
    ///   O(arcs log arcs) per Dijkstra search and O(nodes · arcs) per blocking flow; one
    ///   search per distinct shortest-path length (at most one per unit of flow).
    public func minCostMaxFlow(source: NodeIndex, sink: NodeIndex) throws(FlowError) -> FlowResult {
        try successiveShortestPaths(source: source.int, sink: sink.int, limit: nil)
    }

    /// A flow of exactly `amount` from `source` to `sink` of minimum total cost.
    ///
    /// Same method as ``minCostMaxFlow(source:sink:)``, stopping once `amount` is sent.
    /// Equals NetworkX `min_cost_flow_cost` with demand `-amount` at the source and
    /// `amount` at the sink.
    ///
    /// - Parameters:
    ///   - source: where the flow starts.
    ///   - sink: where the flow ends.
    ///   - amount: the flow value to send, ≥ 0.
    /// - Returns: flow value (= `amount`), cost and the flow on each arc.
    /// - Throws: ``FlowError/infeasible(maximumFlow:)`` when less can be sent, and the
    ///   errors of ``minCostMaxFlow(source:sink:)``.
    /// - Complexity: as ``minCostMaxFlow(source:sink:)``.
    public func minCostFlow(source: NodeIndex, sink: NodeIndex, amount: Int) throws(FlowError) -> FlowResult {
        precondition(amount >= 0, "amount must be non-negative")
        let result = try successiveShortestPaths(source: source.int, sink: sink.int, limit: amount)
        guard result.flow == amount else { throw .infeasible(maximumFlow: result.flow) }
        return result
    }

    /// Whether `sink` is reachable from `source` through unbounded-capacity arcs only.
    func hasUnboundedPath(from source: Int, to sink: Int) -> Bool {
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack = [source]
        seen[source] = true
        var unboundedOut = [[Int]](repeating: [], count: nodeCount)
        for a in 0 ..< arcCount where capacities[a] == nil {
            unboundedOut[Int(tails[a])].append(Int(heads[a]))
        }
        while let v = stack.popLast() {
            if v == sink { return true }
            for w in unboundedOut[v] where !seen[w] {
                seen[w] = true
                stack.append(w)
            }
        }
        return false
    }

    func successiveShortestPaths(source: Int, sink: Int, limit: Int?) throws(FlowError) -> FlowResult {
        precondition(source >= 0 && source < nodeCount && sink >= 0 && sink < nodeCount, "source or sink is not a node")
        guard source != sink else { throw .sourceIsSink }
        // Unbounded arcs get a finite stand-in larger than any flow they can carry: with no
        // unbounded source–sink path every flow crosses a cut of bounded arcs, and with no
        // negative cycle an optimal flow is a sum of paths.
        var bound = 1
        for (a, capacity) in capacities.enumerated() {
            guard let capacity else { continue }
            guard capacity >= 0 else { throw .negativeCapacity(arc: a) }
            let (sum, overflow) = bound.addingReportingOverflow(capacity)
            guard !overflow else { throw .overflow }
            bound = sum
        }
        if hasUnboundedPath(from: source, to: sink) { throw .unboundedFlow }
        let finite = capacities.map { $0 ?? bound }
        var net = ResidualNetwork(self, capacities: finite)
        let n = nodeCount
        var potential = [Int](repeating: 0, count: n)
        if costs.contains(where: { $0 < 0 }) {
            potential = try bellmanFordPotentials(net)
        }
        var flow = 0
        var totalCost = 0
        let wanted = limit ?? Int.max
        var search = DijkstraSearch<Int>(nodeCount: n)
        var level = [Int32](repeating: -1, count: n)
        var current = [Int32](repeating: 0, count: n)
        while flow < wanted {
            // Dijkstra on reduced costs cost + potential[tail] - potential[head] ≥ 0.
            search.reset()
            search.run(ReducedCostArcs(net: net, potential: potential), from: source, stoppingAt: sink)
            guard search.settled[sink] else { break }
            // π(v) += min(d(v), d(sink)): reduced costs stay non-negative (d(w) ≤ d(v) + reduced cost of (v, w)),
            // and arcs on shortest paths to the sink get reduced cost 0. Unsettled nodes are at d(sink) or farther.
            let sinkDistance = search.distance[sink]
            for v in 0 ..< n { potential[v] += search.settled[v] ? search.distance[v] : sinkDistance }
            // Every shortest path now uses only arcs of reduced cost 0: send as much as they carry (a blocking
            // flow, Dinic-style, repeated until the sink is cut off) before the next search. One search per
            // distinct path length instead of one per unit of flow (Ahuja, Magnanti & Orlin 1993, §9.7).
            while flow < wanted, levelAdmissible(net, potential: potential, source: source, sink: sink, level: &level) {
                for v in 0 ..< n { current[v] = net.offsets[v] }
                var path: [Int32] = []
                var v = source
                while flow < wanted {
                    if v == sink {
                        var push = wanted - flow
                        for arc in path { push = min(push, net.residual[Int(arc)]) }
                        var pathCost = 0
                        for arc in path {
                            net.residual[Int(arc)] -= push
                            net.residual[Int(arc) ^ 1] += push
                            pathCost += net.cost[Int(arc)]
                        }
                        let (added, overflowProduct) = pathCost.multipliedReportingOverflow(by: push)
                        let (sum, overflowSum) = totalCost.addingReportingOverflow(added)
                        guard !overflowProduct, !overflowSum else { throw .overflow }
                        totalCost = sum
                        flow += push
                        path.removeAll(keepingCapacity: true)
                        v = source
                        continue
                    }
                    // Advance along the first admissible arc one level down, or retreat from a dead end.
                    var advanced = false
                    while current[v] < net.offsets[v + 1] {
                        let arc = Int(net.arcsOut[Int(current[v])])
                        let w = Int(net.head[arc])
                        if net.residual[arc] > 0, level[w] == level[v] + 1, net.cost[arc] + potential[v] - potential[w] == 0 {
                            path.append(Int32(arc))
                            v = w
                            advanced = true
                            break
                        }
                        current[v] += 1
                    }
                    if advanced { continue }
                    level[v] = -1
                    guard let arc = path.popLast() else { break }
                    v = Int(net.head[Int(arc) ^ 1])
                    current[v] += 1
                }
            }
        }
        let arcFlows = (0 ..< arcCount).map { net.residual[2 * $0 + 1] }
        return FlowResult(flow: flow, cost: totalCost, arcFlows: arcFlows)
    }

    /// Breadth-first levels from `source` over residual arcs of reduced cost 0, no deeper than the sink.
    /// - Returns: whether `sink` is reached.
    /// - Complexity: O(nodes + arcs).
    func levelAdmissible(_ net: ResidualNetwork, potential: [Int], source: Int, sink: Int, level: inout [Int32]) -> Bool {
        for v in level.indices { level[v] = -1 }
        level[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            // Nothing at the sink's depth or deeper is on a level path to it: stop there.
            if level[sink] >= 0 && level[v] >= level[sink] { break }
            for slot in Int(net.offsets[v]) ..< Int(net.offsets[v + 1]) {
                let arc = Int(net.arcsOut[slot])
                let w = Int(net.head[arc])
                guard level[w] < 0, net.residual[arc] > 0, net.cost[arc] + potential[v] - potential[w] == 0 else { continue }
                level[w] = level[v] + 1
                queue.append(w)
            }
        }
        return level[sink] >= 0
    }

    /// Shortest distances from a virtual source joined to every node by a 0-cost arc, over
    /// arcs with positive capacity: valid Johnson potentials, or a negative cycle.
    /// - Complexity: O(nodes · arcs).
    func bellmanFordPotentials(_ net: ResidualNetwork) throws(FlowError) -> [Int] {
        let n = nodeCount
        var potential = [Int](repeating: 0, count: n)
        for round in 0 ... n {
            var changed = false
            for v in 0 ..< n {
                for slot in Int(net.offsets[v]) ..< Int(net.offsets[v + 1]) {
                    let arc = Int(net.arcsOut[slot])
                    guard net.residual[arc] > 0 else { continue }
                    let w = Int(net.head[arc])
                    let candidate = potential[v] + net.cost[arc]
                    if candidate < potential[w] {
                        potential[w] = candidate
                        changed = true
                    }
                }
            }
            if !changed { return potential }
            // Still improving after n rounds: some cycle has negative cost.
            if round == n { throw .negativeCostCycle }
        }
        return potential
    }
}
