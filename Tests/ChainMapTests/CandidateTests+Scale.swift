import ChainGraph
import Foundation
import Testing
@testable import ChainMap

/// The fast paths of ranking (class blocks with a bound, one link-score walk per enterprise, batches over
/// workers) against the plain definition, on a generated map big enough for hubs and thousands of ties.
extension CandidateTests {
    /// 1,200 enterprises, a few hundred open demands; built once per test (generation is deterministic).
    static func generatedMap() -> InnovationMap {
        MapGenerator(seed: 11, enterprises: 1200, chains: 3, relationsPerEnterprise: 8).generate()
    }

    @Test("the bounded cut is exact on a generated map: the best k are the first k of the uncut ranking")
    func boundedCutExact() throws {
        let map = Self.generatedMap()
        let ranking = CandidateRanking(map: map)
        let demands = map.demands.filter { $0.status == .open }
        try #require(demands.count > 100)
        // Above 64 kept, everyone is scored and sorted: no bound is used.
        let uncut = ranking.rank(demands: demands, top: 200)
        var compared = 0
        for k in [1, 5] {
            let cut = ranking.rank(demands: demands, top: k)
            for (subject, full) in zip(cut, uncut) {
                #expect(subject.candidates == Array(full.candidates.prefix(k)), "\(subject.id) top \(k)")
                compared += subject.candidates.count
            }
        }
        #expect(compared > 500)
        let enterprises = map.organizations.filter { $0.kind == .enterprise }.prefix(60)
        let uncutEnterprises = ranking.rank(enterprises: Array(enterprises), top: 200)
        for (subject, full) in zip(ranking.rank(enterprises: Array(enterprises), top: 3), uncutEnterprises) {
            #expect(subject.candidates == Array(full.candidates.prefix(3)), "\(subject.id)")
        }
    }

    @Test("proximity and prior come out as the engine's pairwise resource-allocation score and adjacency")
    func proximityIsPairwise() throws {
        let map = Self.generatedMap()
        let graph = map.graph()
        let ranking = CandidateRanking(map: map, graph: graph)
        var checked = 0, positive = 0
        for subject in ranking.rank(demands: Array(map.demands.prefix(150)), top: 8) {
            let enterpriseID = try #require(subject.enterprise)
            let enterprise = try #require(graph.undirected.index(of: enterpriseID))
            for candidate in subject.candidates {
                let node = try #require(graph.undirected.index(of: candidate.id))
                let ra = graph.undirected.linkScore(between: enterprise, and: node, method: .resourceAllocation)
                #expect(candidate.parts.proximity == ra / (1 + ra), "\(subject.id) → \(candidate.id)")
                #expect(candidate.parts.prior == (graph.undirected.containsEdge(between: enterprise, and: node) ? 1 : 0))
                #expect(candidate.score == candidate.parts.total)
                checked += 1
                if ra > 0 { positive += 1 }
            }
        }
        #expect(checked > 500 && positive > 100, "the check must meet real proximities: \(checked) checked, \(positive) positive")
    }

    @Test("a batch gives what one-by-one ranking gives, whatever the number of workers")
    func batchEqualsSingle() {
        let map = Self.generatedMap()
        let ranking = CandidateRanking(map: map)
        let demands = Array(map.demands.prefix(120))
        let single = demands.map { ranking.rank(demand: $0, top: 5) }
        #expect(ranking.rank(demands: demands, top: 5, workers: 1) == single)
        #expect(ranking.rank(demands: demands, top: 5, workers: 3) == single)
        let enterprises = Array(map.organizations.filter { $0.kind == .enterprise }.prefix(40))
        #expect(ranking.rank(enterprises: enterprises, top: 4, workers: 2) == enterprises.map { ranking.rank(enterprise: $0, top: 4) })
        #expect(ranking.rank(demands: [], top: 5).isEmpty)
    }

    @Test("keeping only experts keeps their scores and order")
    func kindsFilter() {
        let map = Self.generatedMap()
        let ranking = CandidateRanking(map: map)
        let demands = Array(map.demands.prefix(80))
        let everyone = ranking.rank(demands: demands, top: 100_000)
        let experts = ranking.rank(demands: demands, top: 100_000, kinds: [.expert])
        var kept = 0
        for (all, only) in zip(everyone, experts) {
            // Existing partners are listed apart in the full ranking, not as new candidates; `match` asks for experts only.
            let partners = Set(all.partners.map(\.id))
            #expect(only.candidates.filter { !partners.contains($0.id) } == all.candidates.filter { $0.kind == NodeKind.expert.rawValue })
            kept += only.candidates.count
        }
        #expect(kept > 0)
    }

    @Test("inference matches case-insensitively and across Unicode normal forms, never inside a character")
    func inferenceMatching() {
        let provenance = Provenance(citations: [])
        let technologies = [
            Technology(id: "pvb", name: "PVB胶片", keywords: ["pvb"], provenance: provenance),
            Technology(id: "cafe", name: "café工艺", provenance: provenance),
            Technology(id: "one", name: "硅", keywords: ["砂"], provenance: provenance),
        ]
        #expect(TechnologyInference.infer(from: "汽车用Pvb中间膜", technologies: technologies).map(\.id) == ["pvb"])
        // "e" + combining acute accent in the title, precomposed "é" in the name.
        #expect(TechnologyInference.infer(from: "cafe\u{301}工艺改进", technologies: technologies).map(\.id) == ["cafe"])
        #expect(TechnologyInference.infer(from: "硅砂提纯", technologies: technologies).isEmpty, "one-character terms are ignored")
        #expect(TechnologyInference.Index.contains(Array("溆浦硅砂".utf8), Array("硅砂".utf8)))
        #expect(!TechnologyInference.Index.contains(Array("硅".utf8), Array("硅砂".utf8)))
        #expect(TechnologyInference.Index.contains(Array("abc".utf8), []))
    }
}

extension CandidateTests {
    @Test("one actor's fit, scored alone, is what the full ranking gives it; nil where it would not be proposed")
    func singleFit() throws {
        let map = Self.generatedMap()
        let ranking = CandidateRanking(map: map)
        var checked = 0
        for demand in map.demands.prefix(60) {
            let full = ranking.rank(demand: demand, top: 100_000)
            for candidate in full.candidates.prefix(8) {
                #expect(ranking.fit(of: candidate.id, for: demand) == candidate, "\(demand.id) → \(candidate.id)")
                checked += 1
            }
            #expect(ranking.fit(of: demand.enterprise, for: demand) == nil, "an enterprise is never its own partner")
            #expect(ranking.fit(of: "no-such-actor", for: demand) == nil)
        }
        let enterprise = try #require(map.organizations.first { $0.kind == .enterprise })
        for candidate in ranking.rank(enterprise: enterprise, top: 100_000).candidates.prefix(8) {
            #expect(ranking.fit(of: candidate.id, forEnterprise: enterprise) == candidate)
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test("matching offers each task its best experts only: with one per task, every assignment is the task's best expert")
    func matchingCap() throws {
        let map = Self.generatedMap()
        let ranking = CandidateRanking(map: map)
        let capped = try ExpertMatching.assign(in: map, threshold: 0.2, expertsPerTask: 1)
        #expect(capped.assignments.count > 20)
        let demands = Dictionary(uniqueKeysWithValues: map.demands.map { ($0.id, $0) })
        let organizations = Dictionary(uniqueKeysWithValues: map.organizations.map { ($0.id, $0) })
        for assignment in capped.assignments {
            let subject = if let demand = demands[assignment.task] {
                ranking.rank(demands: [demand], top: 1, kinds: [.expert]).first
            } else {
                ranking.rank(enterprises: [try #require(organizations[assignment.task])], top: 1, kinds: [.expert]).first
            }
            let best = try #require(subject?.candidates.first)
            #expect(assignment.expert == best.id && assignment.score == best.score, "\(assignment.task)")
            #expect(assignment.explanation == best.explanation)
        }
        // The default cap changes nothing here: the uncapped assignment has the same total fit and coverage.
        let uncapped = try ExpertMatching.assign(in: map, threshold: 0.2, expertsPerTask: 100_000)
        let byDefault = try ExpertMatching.assign(in: map, threshold: 0.2)
        #expect(byDefault.assignments.count == uncapped.assignments.count)
        #expect(abs(byDefault.assignedFit - uncapped.assignedFit) < 1e-9)
        #expect(byDefault.currentFit == uncapped.currentFit)
    }
}
