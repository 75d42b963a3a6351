import ChainGraph
@testable import ChainMap
import Foundation
import Testing

/// The lazy-scan assignment solver against the eager one it replaced: the same arcs, not only the same optimum, so
/// that `match` keeps its assignments among equal-cost optima. The digests of record were computed with the eager
/// solver (main at effb1fe: Dijkstra relaxing every arc of a settled expert) on the same instances.
@Suite("Assignment kernel")
struct AssignmentKernelTests {
    /// FNV-1a over a sequence of values.
    struct Digest {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ byte: UInt64) { value = (value ^ byte) &* 0x100_0000_01b3 }
    }

    /// Random instances with many ties, duplicate arcs, costs of any sign and 32- and 64-bit costs: per batch, the
    /// total flow and a digest of every instance's arcs used, as the eager solver chose them.
    @Test(arguments: [(0, 620, "32e57d66b463b79"), (1, 648, "298fcc242d5912e1"), (2, 643, "9103a90a2f9ab40c"),
                      (3, 614, "e52ee3ff40d5b179")])
    func sameArcsAsTheEagerSolver(_ batch: Int, flows: Int, digest: String) throws {
        var rng = SplitMix64(seed: UInt64(700 + batch))
        let costChoices = [[0, 1, 2], [0, 100, 250, 400, 401], [-7, 3, 12, 40, 41, 999], [-(1 << 40), 0, 1 << 40]][batch]
        var total = 0
        var arcs = Digest()
        for _ in 0 ..< 60 {
            let left = 1 + rng.next(below: 15), right = 1 + rng.next(below: 60)
            var problem = BipartiteAssignment(leftCapacities: (0 ..< left).map { _ in rng.next(below: 6) - 1 }, rightCount: right)
            for _ in 0 ..< rng.next(below: 2 * left * right + 1) {
                problem.addArc(left: rng.next(below: left), right: rng.next(below: right),
                               cost: costChoices[rng.next(below: costChoices.count)])
            }
            let solution = try problem.solve()
            total += solution.flow
            for (arc, used) in solution.used.enumerated() where used { arcs.add(UInt64(arc)) }
            arcs.add(0xff)
        }
        #expect(total == flows)
        #expect(String(arcs.value, radix: 16) == digest)
    }

    /// `match` on Xupu and generated maps (the 3k-tie map of record; experts to spare): the eager solver's
    /// assignments, pair for pair.
    @Test("match: the eager solver's assignments on Xupu and generated maps")
    func sameMatching() throws {
        let xupu = try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path).map
        let cases: [(InnovationMap, expertsPerTask: Int, count: Int, digest: String)] = [
            (xupu, 64, 4, "7cc73f900081f5df"),
            (MapGenerator(seed: 1, enterprises: 2145, relationsPerEnterprise: 10.6).generate(), 64, 855, "c3b634f08371ef42"),
            (MapGenerator(seed: 4, enterprises: 300, chains: 2, relationsPerEnterprise: 6, experts: 200, demands: 40).generate(), 8,
             253, "a67213407ee43a27"),
        ]
        for (map, perTask, count, digest) in cases {
            let result = try ExpertMatching.assign(in: map, expertsPerTask: perTask)
            var pairs = Digest()
            for byte in result.assignments.map({ "\($0.expert)\t\($0.task)\n" }).joined().utf8 { pairs.add(UInt64(byte)) }
            #expect(result.assignments.count == count)
            #expect(String(pairs.value, radix: 16) == digest)
        }
        let xupuPairs = try ExpertMatching.assign(in: xupu).assignments.map { "\($0.expert)→\($0.task)" }
        #expect(xupuPairs == ["liu-zhonghua→d-diosgenin", "syh-expert-team→d-syh-yield", "syh-expert-team→syh-growers",
                              "wang-ling→silica-firms"])
    }
}
