import Foundation
import Testing
@testable import ChainMap

/// Partner candidates and expert assignment on maps whose answers are known by construction.
@Suite("Candidates and matching")
struct CandidateTests {
    /// tiny, with a tea institute that alone masters 茶黄素 (theaflavin) once 刘专家 loses it.
    private func instituteMap() throws -> InnovationMap {
        try ScratchMap(edits: [
            ("organizations.csv", "agri-uni,university", "tea-inst,institute,茶叶研究所,,province,,theaflavin,,report §三,2024\nagri-uni,university"),
            ("experts.csv", "agri-uni,theaflavin,茶学", "agri-uni,,茶学"),
        ]).load().map
    }

    @Test("a demand needing a technology only one institute may offer gets that institute first, with its evidence path")
    func onlyInstituteFirst() throws {
        let map = try instituteMap()
        let ranking = CandidateRanking(map: map)
        let subject = ranking.rank(demand: map.demands[0], top: 5)
        #expect(subject.technologies == ["theaflavin"])
        #expect(subject.inferred)
        let first = try #require(subject.candidates.first)
        #expect(first.id == "tea-inst")
        #expect(first.sharedTechnologies == ["theaflavin"])
        #expect(first.path == ["teaco", "d-extract", "theaflavin", "tea-inst"])
        #expect(first.explanation == "示例茶业 → 茶黄素提取工艺开发, 提高得率 → 茶黄素酶法制备 → 茶叶研究所")
        #expect(first.parts.technology == 1)
        #expect(abs(first.parts.locality - 0.5) < 1e-12)
        #expect(abs(first.score - first.parts.total) < 1e-12)
    }

    @Test("a partner that already cooperates is never proposed again")
    func cooperatingExcluded() throws {
        let map = try instituteMap()
        let ranking = CandidateRanking(map: map)
        // agri-uni masters theaflavin but has a cooperation agreement with teaco.
        #expect(!ranking.rank(demand: map.demands[0], top: 10).candidates.contains { $0.id == "agri-uni" })
        #expect(!ranking.rank(enterprise: map.organizations[0], top: 10).candidates.contains { $0.id == "agri-uni" })
        // Without the agreement it is a candidate.
        let free = try ScratchMap(edits: [("relations.csv", "teaco,agri-uni,cooperates,2023,产学研合作协议,report §三\n", "")]).load().map
        #expect(CandidateRanking(map: free).rank(demand: free.demands[0], top: 10).candidates.contains { $0.id == "agri-uni" })
    }

    @Test("rarer technologies weigh more: an actor with the rare one beats an actor with the common one")
    func rarityWeighting() throws {
        let map = try ScratchMap(edits: [
            ("demands.csv", ",,tea-extract,open", ",tea-breeding；theaflavin,tea-extract,open"),
            ("relations.csv", "teaco,agri-uni,cooperates,2023,产学研合作协议,report §三\n", ""),
            ("experts.csv", ",3,teaco,1,", ",3,,1,"),  // liu serving teaco would make it an existing partner
            ("organizations.csv", "agri-uni,university",
             "breeder-a,institute,育种所甲,,province,,tea-breeding,,report §三,2024\nbreeder-b,institute,育种所乙,,province,,tea-breeding,,report §三,2024\nagri-uni,university"),
        ]).load().map
        let candidates = CandidateRanking(map: map).rank(demand: map.demands[0], top: 10).candidates
        let theaflavinOnly = try #require(candidates.first { $0.id == "liu" })
        let breedingOnly = try #require(candidates.first { $0.id == "breeder-a" })
        // tea-breeding is mastered by 3 actors, theaflavin by 2: theaflavin's share is larger.
        #expect(theaflavinOnly.parts.technology > breedingOnly.parts.technology)
        #expect(candidates.first?.id == "agri-uni")  // masters both
    }

    @Test("matching assigns by fit within capacity and reports what stays unmatched")
    func matching() throws {
        let map = try ScratchMap().load().map
        let result = try ExpertMatching.assign(in: map, threshold: 0.2)
        #expect(result.assignments.map(\.task) == ["d-extract", "teaco"])
        #expect(result.assignments.allSatisfy { $0.expert == "liu" })
        #expect(result.unassigned == [])
        #expect(result.unknownSkills == ["comm-county"])
        #expect(result.idle.map(\.expert) == ["liu"])  // capacity 3, two tasks
        #expect(abs(result.gain - (result.assignedFit - result.currentFit)) < 1e-12)
        let scores = Dictionary(uniqueKeysWithValues: result.assignments.map { ($0.task, $0.score) })
        #expect(abs(result.currentFit - (scores["teaco"] ?? -1)) < 1e-12)  // liu serves teaco today

        // With room for one task only, the better fit wins.
        let single = try ScratchMap(edits: [("experts.csv", "茶学,3,teaco", "茶学,1,teaco")]).load().map
        let one = try ExpertMatching.assign(in: single, threshold: 0.2)
        #expect(one.assignments.count == 1)
        let best = try #require(result.assignments.max { $0.score < $1.score })
        #expect(one.assignments.first?.task == best.task)
        #expect(one.unassigned.count == 1)
    }

    @Test("the top-k cut is exact: the best k equal the first k of the full ranking, on every Xupu demand")
    func topKExact() throws {
        let map = try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path).map
        let ranking = CandidateRanking(map: map)
        for demand in map.demands {
            let all = ranking.rank(demand: demand, top: 1000).candidates
            for k in 1...3 {
                #expect(ranking.rank(demand: demand, top: k).candidates == Array(all.prefix(k)))
            }
        }
    }

    @Test("character bigrams compare Chinese titles")
    func bigrams() {
        #expect(TextSimilarity.bigrams("黄精药食") == ["黄精", "精药", "药食"])
        #expect(TextSimilarity.coverage(of: TextSimilarity.bigrams("黄精药食同源"), by: TextSimilarity.bigrams("药食同源")) == 0.6)
        #expect(TextSimilarity.jaccard(["ab", "bc"], ["bc", "cd"]) == 1.0 / 3.0)
    }
}
