import ChainGraph
import Foundation
import Testing
@testable import ChainMap

/// `chainmap match` solved as a capacitated assignment must reach the optimum of the general min-cost max-flow on
/// the same network (source → expert → task → sink): as many tasks served, the same least total cost.
@Suite("Expert matching")
struct ExpertMatchingTests {
    /// The network `ExpertMatching` builds, rebuilt here from the public ranking and solved by the general
    /// successive-shortest-paths min-cost flow.
    func reference(_ map: InnovationMap, threshold: Double = 0.2, expertsPerTask: Int = 64) throws -> FlowResult {
        let ranking = CandidateRanking(map: map)
        let experts = map.experts.filter { !$0.hasUnknownSkills && $0.capacity > 0 && $0.headcount > 0 }.sorted { $0.id < $1.id }
        let offset = Dictionary(uniqueKeysWithValues: experts.enumerated().map { ($1.id, $0) })
        let demands = map.demands.filter { $0.status == .open }.sorted { $0.id < $1.id }
        let enterprises = map.organizations.filter { $0.kind == .enterprise && $0.isLocal }.sorted { $0.id < $1.id }
        let subjects = ranking.rank(demands: demands, top: expertsPerTask, kinds: [.expert])
            + ranking.rank(enterprises: enterprises, top: expertsPerTask, kinds: [.expert])
        var network = FlowNetwork(nodeCount: 2 + experts.count + subjects.count)
        for (e, expert) in experts.enumerated() {
            network.addArc(from: NodeIndex(0), to: NodeIndex(2 + e), capacity: expert.capacity * expert.headcount, cost: 0)
        }
        for (t, subject) in subjects.enumerated() {
            let task = NodeIndex(2 + experts.count + t)
            network.addArc(from: task, to: NodeIndex(1), capacity: 1, cost: 0)
            for candidate in subject.candidates where candidate.score >= threshold {
                guard let e = offset[candidate.id] else { continue }
                network.addArc(from: NodeIndex(2 + e), to: task, capacity: 1, cost: 1000 - Int((candidate.score * 1000).rounded()))
            }
        }
        return try network.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(1))
    }

    func expectSameOptimum(_ map: InnovationMap, expertsPerTask: Int = 64, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try ExpertMatching.assign(in: map, threshold: 0.2, expertsPerTask: expertsPerTask)
        let flow = try reference(map, expertsPerTask: expertsPerTask)
        #expect(result.assignments.count == flow.flow, sourceLocation: sourceLocation)
        let cost = result.assignments.reduce(0) { $0 + 1000 - Int(($1.score * 1000).rounded()) }
        #expect(cost == flow.cost, sourceLocation: sourceLocation)
        // Every expert within capacity, every task served once.
        var load: [String: Int] = [:]
        for assignment in result.assignments { load[assignment.expert, default: 0] += 1 }
        for expert in map.experts { #expect((load[expert.id] ?? 0) <= expert.capacity * expert.headcount, sourceLocation: sourceLocation) }
        #expect(Set(result.assignments.map(\.task)).count == result.assignments.count, sourceLocation: sourceLocation)
        #expect(result.assignments.count + result.unassigned.count == Set(result.assignments.map(\.task) + result.unassigned).count,
                sourceLocation: sourceLocation)
    }

    @Test("Xupu: the same optimum as the general min-cost flow")
    func xupu() throws {
        let loaded = try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path)
        try expectSameOptimum(loaded.map)
    }

    @Test("generated maps, scarce and ample capacity: the same optimum as the general min-cost flow")
    func generated() throws {
        try expectSameOptimum(MapGenerator(seed: 3, enterprises: 500, chains: 3, relationsPerEnterprise: 8).generate())
        // Many experts for few tasks: capacity to spare, tasks contested by many.
        try expectSameOptimum(MapGenerator(seed: 4, enterprises: 300, chains: 2, relationsPerEnterprise: 6, experts: 200,
                                           demands: 40).generate(), expertsPerTask: 8)
    }

    /// The optimum `match` printed before the experts were ranked apart (`KindPool`, unexplained fits): the same
    /// assignments count, integer cost and total fit, to the last bit of the JSON's figures.
    @Test("Xupu and the generated 3k map: the optimum of record")
    func optimumOfRecord() throws {
        let loaded = try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path)
        let cases: [(InnovationMap, count: Int, cost: Int, fit: Double, current: Double)] = [
            (loaded.map, 4, 2937, 1.062737929240781, 0.28),
            (MapGenerator(seed: 1, enterprises: 2145, relationsPerEnterprise: 10.6).generate(), 855, 517_880, 337.1156957116634,
             80.01061103090079),
        ]
        for (map, count, cost, fit, current) in cases {
            let result = try ExpertMatching.assign(in: map)
            #expect(result.assignments.count == count)
            #expect(result.assignments.reduce(0) { $0 + 1000 - Int(($1.score * 1000).rounded()) } == cost)
            #expect(abs(result.assignedFit - fit) <= 1e-9 * max(1, fit))
            #expect(abs(result.currentFit - current) <= 1e-9 * max(1, current))
            #expect(try ExpertMatching.assign(in: map) == result, "deterministic")
        }
    }

    /// Ranking the experts through the pool, unexplained, keeps exactly the candidates (ids and scores, in order)
    /// the explained ranking with `kinds: [.expert]` and no pool keeps.
    @Test("expert fits equal the explained ranking's candidates")
    func fitsEqualRanking() throws {
        let map = MapGenerator(seed: 3, enterprises: 500, chains: 3, relationsPerEnterprise: 8).generate()
        let ranking = CandidateRanking(map: map)
        let pool = ranking.pool(of: [.expert])
        let demands = map.demands.sorted { $0.id < $1.id }
        let enterprises = map.organizations.filter { $0.kind == .enterprise }
        let fits = ranking.fits(demands: demands, top: 16, pool: pool) + ranking.fits(enterprises: enterprises, top: 16, pool: pool)
        // Without a pool: every kind's master lists read, the walk over every neighbour.
        let scratch = CandidateRanking.Scratch(ranking)
        let subjects = demands.map { ranking.rank(demand: $0, top: 16, kinds: [.expert], scratch: scratch) }
            + enterprises.map { ranking.rank(enterprise: $0, top: 16, kinds: [.expert], scratch: scratch) }
        #expect(fits.count == subjects.count)
        #expect(fits.contains { !$0.isEmpty })
        for (fit, subject) in zip(fits, subjects) {
            #expect(fit.map { ranking.actors[Int($0.actor)].id } == subject.candidates.map(\.id))
            #expect(fit.map(\.score) == subject.candidates.map(\.score))
        }
    }

    @Test("the block cache ranks a key's blocks once, best bound first, equal bounds in the order made")
    func blockCache() {
        typealias Ranking = CandidateRanking
        let cache = Ranking.BlockCache()
        var made = 0
        func block(_ bound: Double, _ technology: Int32) -> Ranking.RankedBlock {
            (bound: bound, technology: technology,
             block: Ranking.MasterBlock(technologyClass: 0, start: 0, end: 1, maximumLocality: 0),
             parts: Ranking.ClassParts(technology: 0, field: 0, keyword: 0, eligible: true, owner: 0))
        }
        let key = Ranking.BlockKey(needed: [1], considered: [1, 2], coverage: [])
        let ranked = cache.blocks(for: key, kinds: [.expert]) {
            made += 1
            return [block(0.2, 1), block(0.5, 2), block(0.2, 3), block(0.7, 4)]
        }
        #expect(ranked.map(\.technology) == [4, 2, 1, 3])
        #expect(cache.blocks(for: key, kinds: [.expert]) { made += 1; return [] }.map(\.technology) == [4, 2, 1, 3])
        #expect(made == 1)
        // Another key, and the same key for another pool, are made anew.
        _ = cache.blocks(for: Ranking.BlockKey(needed: [1], considered: [1, 2], coverage: [0.5, 0]), kinds: [.expert]) { made += 1; return [] }
        #expect(cache.blocks(for: key, kinds: [.university]) { made += 1; return [] }.isEmpty)
        #expect(made == 3)
    }

    @Test("capacity × headcount saturates instead of trapping")
    func hugeCapacity() throws {
        var map = MapGenerator(seed: 5, enterprises: 200, chains: 2, relationsPerEnterprise: 6).generate()
        let index = try #require(map.experts.firstIndex { !$0.hasUnknownSkills })
        map.experts[index].capacity = Int.max
        map.experts[index].headcount = 3
        let result = try ExpertMatching.assign(in: map, threshold: 0.2)
        let idle = result.idle.first { $0.expert == map.experts[index].id }
        #expect(idle?.capacity == Int.max)
        #expect(ExpertMatching.servableUnits(map.experts[index]) == Int.max)
    }
}
