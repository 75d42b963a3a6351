import ChainGraph
import Testing

@Suite("Bipartite assignment")
struct BipartiteAssignmentTests {
    /// The same instance as a general flow network: source → left (capacity) → right (1) → sink.
    func flowNetwork(_ capacities: [Int], _ rightCount: Int, _ arcs: [(Int, Int, Int)]) -> FlowNetwork {
        let left = capacities.count
        var network = FlowNetwork(nodeCount: left + rightCount + 2)
        let source = left + rightCount, sink = source + 1
        for (l, capacity) in capacities.enumerated() {
            network.addArc(from: NodeIndex(source), to: NodeIndex(l), capacity: max(0, capacity), cost: 0)
        }
        for (l, r, cost) in arcs { network.addArc(from: NodeIndex(l), to: NodeIndex(left + r), capacity: 1, cost: cost) }
        for r in 0 ..< rightCount { network.addArc(from: NodeIndex(left + r), to: NodeIndex(sink), capacity: 1, cost: 0) }
        return network
    }

    /// Capacities respected, each right node served once, cost the sum of the used arcs.
    func expectValid(_ solution: AssignmentSolution, _ capacities: [Int], _ rightCount: Int, _ arcs: [(Int, Int, Int)],
                     sourceLocation: SourceLocation = #_sourceLocation) {
        var load = [Int](repeating: 0, count: capacities.count)
        var taken = [Int](repeating: 0, count: rightCount)
        var cost = 0
        for (a, (l, r, c)) in arcs.enumerated() where solution.used[a] {
            load[l] += 1
            taken[r] += 1
            cost += c
        }
        #expect(cost == solution.cost, sourceLocation: sourceLocation)
        #expect(taken.reduce(0, +) == solution.flow, sourceLocation: sourceLocation)
        #expect(taken.allSatisfy { $0 <= 1 }, sourceLocation: sourceLocation)
        #expect(zip(load, capacities).allSatisfy { $0 <= max(0, $1) }, sourceLocation: sourceLocation)
    }

    func solve(_ capacities: [Int], _ rightCount: Int, _ arcs: [(Int, Int, Int)]) throws -> AssignmentSolution {
        var problem = BipartiteAssignment(leftCapacities: capacities, rightCount: rightCount)
        for (l, r, c) in arcs { problem.addArc(left: l, right: r, cost: c) }
        return try problem.solve()
    }

    @Test func documentationExample() throws {
        let solution = try solve([2, 1], 3, [(0, 0, 5), (0, 1, 1), (1, 1, 0)])
        #expect(solution.flow == 2)
        #expect(solution.cost == 5)
        #expect(solution.used == [true, false, true])
    }

    /// Serving more beats serving cheaper: one expert, two tasks, capacity 1 each side is the classic trap.
    @Test func maximumSizeFirst() throws {
        // a can serve x (cost 0) or y (cost 900); b only x (cost 800). Cheapest single: a–x; the maximum needs a–y, b–x.
        let arcs = [(0, 0, 0), (0, 1, 900), (1, 0, 800)]
        let solution = try solve([1, 1], 2, arcs)
        #expect(solution.flow == 2)
        #expect(solution.cost == 1700)
        expectValid(solution, [1, 1], 2, arcs)
    }

    /// NetworkX's answer on the assignment case of the flow fixtures (experts 2…31, tasks 32…121).
    @Test func networkXAssignmentFixture() throws {
        let fixture = try Fixtures.flows()
        for name in ["assignment_ties"] {
            let flowCase = try #require(fixture.cases.first { $0.name == name })
            var capacities = [Int](repeating: 0, count: 30)
            var arcs: [(Int, Int, Int)] = []
            for arc in flowCase.arcs {
                if arc.from == 0 { capacities[arc.to - 2] = arc.capacity ?? 0 }
                if (2 ..< 32).contains(arc.from) { arcs.append((arc.from - 2, arc.to - 32, arc.cost)) }
            }
            let solution = try solve(capacities, 90, arcs)
            #expect(solution.flow == flowCase.expected.flow)
            #expect(solution.cost == flowCase.expected.cost)
            expectValid(solution, capacities, 90, arcs)
        }
    }

    /// Random instances, scarce and ample capacity, costs of any sign and many ties: the same flow and cost as the
    /// general min-cost flow.
    @Test(arguments: 0 ..< 6)
    func equalsGeneralMinCostFlow(_ batch: Int) throws {
        var rng = SplitMix64(seed: UInt64(100 + batch))
        for _ in 0 ..< 40 {
            let left = 1 + rng.next(below: 12), right = 1 + rng.next(below: 40)
            let capacities = (0 ..< left).map { _ in rng.next(below: 5) - (batch == 5 ? 1 : 0) }
            let costChoices = batch % 2 == 0 ? [0, 100, 250, 400] : [-7, 3, 12, 40, 41, 999]
            var arcs: [(Int, Int, Int)] = []
            var seen = Set<Int>()
            for _ in 0 ..< rng.next(below: left * right + 1) {
                let l = rng.next(below: left), r = rng.next(below: right)
                guard seen.insert(l * right + r).inserted else { continue }
                arcs.append((l, r, costChoices[rng.next(below: costChoices.count)]))
            }
            let solution = try solve(capacities, right, arcs)
            let network = flowNetwork(capacities, right, arcs)
            let reference = try network.minCostMaxFlow(source: NodeIndex(left + right), sink: NodeIndex(left + right + 1))
            #expect(solution.flow == reference.flow, "flow, \(left)×\(right), \(arcs.count) arcs")
            #expect(solution.cost == reference.cost, "cost, \(left)×\(right), \(arcs.count) arcs")
            expectValid(solution, capacities, right, arcs)
        }
    }

    /// Capacity to spare and tasks no spare unit can reach: the dead nodes' searches (left out of live searches,
    /// their units routed to the dump among dead nodes alone) keep the optimum of the general min-cost flow.
    @Test(arguments: 0 ..< 4)
    func unitsToSpare(_ batch: Int) throws {
        var rng = SplitMix64(seed: UInt64(900 + batch))
        var spare = 0
        for round in 0 ..< 100 {
            let left = 1 + rng.next(below: round % 4 == 0 ? 60 : 20), right = 1 + rng.next(below: round % 4 == 0 ? 200 : 60)
            let capacities = (0 ..< left).map { _ in rng.next(below: 7) - (batch == 3 ? 1 : 0) }
            let costChoices = [[0, 1, 2], [0, 100, 250, 400, 401], [-7, 3, 12, 40, 41, 999], [5, 900, 1000]][batch]
            var arcs: [(Int, Int, Int)] = []
            for _ in 0 ..< rng.next(below: (1 + rng.next(below: 4)) * left * 3 + 1) {
                arcs.append((rng.next(below: left), rng.next(below: right), costChoices[rng.next(below: costChoices.count)]))
            }
            let solution = try solve(capacities, right, arcs)
            let reference = try flowNetwork(capacities, right, arcs)
                .minCostMaxFlow(source: NodeIndex(left + right), sink: NodeIndex(left + right + 1))
            #expect(solution.flow == reference.flow, "flow, round \(round)")
            #expect(solution.cost == reference.cost, "cost, round \(round)")
            expectValid(solution, capacities, right, arcs)
            if solution.flow < min(right, capacities.reduce(0) { $0 + max(0, $1) }) { spare += 1 }
        }
        // Most rounds leave units unused while tasks stay free: the case these instances are for.
        #expect(spare >= 50)
    }

    @Test func emptyAndOverflow() throws {
        #expect(try solve([3], 0, []).flow == 0)
        #expect(try solve([], 4, []).flow == 0)
        #expect(try solve([Int.max], 2, [(0, 0, 1), (0, 1, 2)]).cost == 3)
        #expect(throws: FlowError.overflow) { try solve([1, 1], 2, [(0, 0, Int.min), (1, 1, Int.max)]) }
    }
}
