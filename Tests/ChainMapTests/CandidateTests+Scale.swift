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
            #expect(only.candidates == all.candidates.filter { $0.kind == NodeKind.expert.rawValue })
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
