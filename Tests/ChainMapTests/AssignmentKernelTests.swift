@testable import ChainGraph
@testable import ChainMap
import Foundation
import Testing

/// The lazy-scan assignment solver against the eager one it replaced (`referenceSolve`, a verbatim copy): the
/// same arcs, not only the same optimum, so that `match` keeps its assignments among equal-cost optima.
@Suite("Assignment kernel")
struct AssignmentKernelTests {
    /// Random instances with many ties, duplicate arcs, costs of any sign and 32- and 64-bit costs.
    @Test(arguments: 0 ..< 4)
    func sameArcsAsTheEagerSolver(_ batch: Int) throws {
        var rng = SplitMix64(seed: UInt64(700 + batch))
        let costChoices = [[0, 1, 2], [0, 100, 250, 400, 401], [-7, 3, 12, 40, 41, 999], [-(1 << 40), 0, 1 << 40]][batch]
        for _ in 0 ..< 60 {
            let left = 1 + rng.next(below: 15), right = 1 + rng.next(below: 60)
            var problem = BipartiteAssignment(leftCapacities: (0 ..< left).map { _ in rng.next(below: 6) - 1 }, rightCount: right)
            for _ in 0 ..< rng.next(below: 2 * left * right + 1) {
                problem.addArc(left: rng.next(below: left), right: rng.next(below: right),
                               cost: costChoices[rng.next(below: costChoices.count)])
            }
            let reference = try problem.referenceSolve()
            #expect(try problem.solve() == reference, "\(left)×\(right), \(problem.arcCount) arcs")
        }
    }

    /// `match` on Xupu and generated maps (the 3k-tie map of record; experts to spare): the very same result.
    @Test("match: the same assignments as the eager solver on Xupu and generated maps")
    func sameMatching() throws {
        let xupu = try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path).map
        let maps: [(InnovationMap, expertsPerTask: Int)] = [
            (xupu, 64),
            (MapGenerator(seed: 1, enterprises: 2145, relationsPerEnterprise: 10.6).generate(), 64),
            (MapGenerator(seed: 4, enterprises: 300, chains: 2, relationsPerEnterprise: 6, experts: 200, demands: 40).generate(), 8),
        ]
        for (map, perTask) in maps {
            let eager = try ExpertMatching.assign(in: map, threshold: 0.2, expertsPerTask: perTask, language: .zh, ranking: nil) {
                (problem: consuming BipartiteAssignment) throws(FlowError) in try problem.referenceSolve()
            }
            let lazy = try ExpertMatching.assign(in: map, expertsPerTask: perTask)
            #expect(!lazy.assignments.isEmpty)
            #expect(lazy == eager)
        }
    }
}
