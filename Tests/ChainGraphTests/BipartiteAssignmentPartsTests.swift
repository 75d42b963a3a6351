@testable import ChainGraph
import Testing

extension BipartiteAssignmentTests {
    /// Networks of several separate parts, their nodes interleaved in index order, capacity to spare and many equal
    /// costs: solved part by part, on one thread or two, the assignment is the one the whole network's run makes
    /// (the same arcs, not only the same cost), and the general min-cost flow's optimum.
    @Test(arguments: 0 ..< 4)
    func partsSolvedApart(_ batch: Int) throws {
        var rng = SplitMix64(seed: UInt64(4_200 + batch))
        var split = 0
        for round in 0 ..< 80 {
            let left = 2 + rng.next(below: 40), right = 2 + rng.next(below: 120), blocks = 2 + rng.next(below: 5)
            let leftBlock = (0 ..< left).map { _ in rng.next(below: blocks) }
            let rightBlock = (0 ..< right).map { _ in rng.next(below: blocks) }
            let capacities = (0 ..< left).map { _ in rng.next(below: 6) - (batch == 3 ? 1 : 0) }
            let costChoices = [[0, 1, 2], [0, 100, 250, 400, 401], [-7, 3, 12, 40, 41, 999], [5, 900, 1000]][batch]
            var arcs: [(Int, Int, Int)] = []
            for _ in 0 ..< rng.next(below: 4 * left * 3 + 1) {
                let l = rng.next(below: left), r = rng.next(below: right)
                guard leftBlock[l] == rightBlock[r] else { continue }
                arcs.append((l, r, costChoices[rng.next(below: costChoices.count)]))
            }
            if Set(arcs.map { leftBlock[$0.0] }).count > 1 { split += 1 }
            func problem() -> BipartiteAssignment {
                var problem = BipartiteAssignment(leftCapacities: capacities, rightCount: right)
                for (l, r, c) in arcs { problem.addArc(left: l, right: r, cost: c) }
                return problem
            }
            let whole = try problem().solve(workers: 1, splitting: false)
            let apart = try problem().solve(workers: 1)
            let parallel = try problem().solve(workers: 2)
            #expect(apart == whole, "round \(round)")
            #expect(parallel == whole, "round \(round)")
            let reference = try flowNetwork(capacities, right, arcs)
                .minCostMaxFlow(source: NodeIndex(left + right), sink: NodeIndex(left + right + 1))
            #expect(whole.flow == reference.flow && whole.cost == reference.cost, "round \(round)")
            expectValid(parallel, capacities, right, arcs)
        }
        // Most rounds have arcs in more than one part: the case these instances are for.
        #expect(split >= 60)
    }
}
