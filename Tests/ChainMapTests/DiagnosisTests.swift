import Foundation
import Testing
@testable import ChainMap

/// Gaps the bureau can trust: survey state, field matching, existing partners, indicator kinds, actors-only links and
/// one language per run — each on a map whose right answer is known by construction.
@Suite("Diagnosis")
struct DiagnosisTests {
    private static let survey = (file: "map.yaml", old: "        technologies: [theaflavin]\n", new: "        technologies: [theaflavin]\n        survey: STATE\n")

    private func rows(_ map: InnovationMap, language: Language = .zh) -> [String] {
        GapAnalysis.find(in: map, language: language).map { "\($0.group.rawValue) \($0.severity.rawValue) \($0.kind.rawValue) \($0.subject)" }
    }

    private func map(surveyState state: String) throws -> InnovationMap {
        try ScratchMap(edits: [(Self.survey.file, Self.survey.old, Self.survey.new.replacingOccurrences(of: "STATE", with: state))]).load().map
    }

    @Test("a pending-survey segment without local firms is a data gap; the same segment surveyed complete is 断链")
    func surveyState() throws {
        let pending = rows(try map(surveyState: "pending"))
        #expect(pending.contains("data low unsurveyed-segment tea-extract"))
        #expect(!pending.contains { $0.hasSuffix("missing-segment tea-extract") })
        // Its technology rests on the same unrecorded facts: not judged either.
        #expect(!pending.contains { $0.hasSuffix("uncovered-technology theaflavin") })
        #expect(!pending.contains { $0.hasSuffix("no-platform tea-extract") })
        let complete = rows(try map(surveyState: "complete"))
        #expect(complete.contains("industry high missing-segment tea-extract"))
        #expect(!complete.contains { $0.hasSuffix("unsurveyed-segment tea-extract") })
        // Industry gaps print before data gaps.
        let groups = complete.map { $0.split(separator: " ")[0] }
        #expect(groups == groups.sorted { $0 == "industry" && $1 == "data" } || groups.firstIndex(of: "data").map { !groups[$0...].contains("industry") } == true)
    }

    @Test("a chain's survey state reaches its segments, a segment's own state overrides it, and stats count them")
    func surveyInheritance() throws {
        let map = try ScratchMap(edits: [
            ("map.yaml", "    source: report §二\n    segments:", "    source: report §二\n    survey: partial\n    segments:"),
            (Self.survey.file, Self.survey.old, Self.survey.new.replacingOccurrences(of: "STATE", with: "complete")),
        ]).load()
        let found = rows(map.map)
        #expect(found.contains("data low unsurveyed-segment tea-garden"))
        #expect(found.contains("data low unsurveyed-segment tea-processing"))
        #expect(found.contains("industry high missing-segment tea-extract"))
        #expect(map.statistics.survey.segments == ["complete": 1, "partial": 2, "pending": 0])
        #expect(map.statistics.survey.localEnterprises == ["complete": 0, "partial": 1, "pending": 0])
    }

    @Test("an unknown survey state is an error with the allowed words")
    func unknownSurveyState() throws {
        let scratch = try ScratchMap(edits: [(Self.survey.file, Self.survey.old, Self.survey.new.replacingOccurrences(of: "STATE", with: "partal"))])
        let errors = try scratch.messages(.error)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("unknown survey state \"partal\"") == true)
        #expect(errors.first?.contains("partial") == true)
    }

    @Test("an enterprise with no technologies recorded is unknown: a data gap, not an uncovered technology")
    func unknownTechnologies() throws {
        // teaco works in tea-garden, whose tea-breeding only an outside university masters.
        let recorded = rows(try ScratchMap().load().map)
        #expect(recorded.contains("industry medium uncovered-technology tea-breeding"))
        let unknown = rows(try ScratchMap(edits: [("organizations.csv", ",tea-processing-tech,high-tech", ",,high-tech")]).load().map)
        #expect(!unknown.contains { $0.hasSuffix("uncovered-technology tea-breeding") })
        #expect(unknown.contains("data low unknown-technologies tea-garden"))
    }

    @Test("an open demand only the poster itself masters says so, never \"nobody in the map\"")
    func onlyThePoster() throws {
        // 刘专家's field 茶学 would answer 揉捻 by field: give him another field.
        let map = try ScratchMap(edits: [("demands.csv", "茶黄素提取工艺开发, 提高得率", "揉捻设备改造"),
                                         ("experts.csv", "theaflavin,茶学,3", "theaflavin,机械,3")]).load().map
        let gap = try #require(GapAnalysis.find(in: map, kinds: [.unmetDemand], language: .en).first)
        #expect(gap.severity == .medium)
        #expect(gap.evidence.contains("nobody but Example Tea (teaco) itself masters"))
        #expect(!gap.evidence.contains("nobody in the map"))
    }

    // MARK: - Experts by field

    /// The tiny map with a field-only pool in theaflavin's field (食品工程), and 刘专家 without theaflavin.
    private func fieldPoolMap(liuMasters: Bool) throws -> InnovationMap {
        try ScratchMap(edits: [
            ("experts.csv", "liu,刘专家,specialist,provincial,agri-uni,theaflavin,茶学,3,teaco,1,report §四,2024",
             (liuMasters ? "liu,刘专家,specialist,provincial,agri-uni,theaflavin,茶学,3,,1,report §四,2024"
                         : "liu,刘专家,specialist,provincial,agri-uni,,机械,3,,1,report §四,2024")
             + "\npool,食品工程科技特派员,commissioner,county,,,食品工程,2,,12,report §四,2024"),
        ]).load().map
    }

    @Test("a field-only pool is proposed for a demand in its field, with the field part printed")
    func fieldPoolProposed() throws {
        let map = try fieldPoolMap(liuMasters: false)
        let subject = CandidateRanking(map: map).rank(demand: map.demands[0], top: 10)
        let pool = try #require(subject.candidates.first { $0.id == "pool" })
        #expect(pool.parts.field == 1)
        #expect(pool.parts.technology == 0)
        #expect(pool.fieldTechnologies == ["theaflavin"])
        #expect(pool.explanation == "示例茶业 → 茶黄素提取工艺开发, 提高得率 → 茶黄素酶法制备 → 食品工程科技特派员")
    }

    @Test("an exact technology match ranks above a field match")
    func exactAboveField() throws {
        let map = try fieldPoolMap(liuMasters: true)
        let ids = CandidateRanking(map: map).rank(demand: map.demands[0], top: 10).candidates.map(\.id)
        let liu = try #require(ids.firstIndex(of: "liu")), pool = try #require(ids.firstIndex(of: "pool"))
        #expect(liu < pool)
    }

    @Test("a field-only pool is assigned by match, with capacity × headcount")
    func fieldPoolAssigned() throws {
        let map = try fieldPoolMap(liuMasters: false)
        let result = try ExpertMatching.assign(in: map)
        #expect(result.assignments.contains { $0.expert == "pool" && $0.task == "d-extract" })
        let idle = try #require(result.idle.first { $0.expert == "pool" })
        #expect(idle.capacity == 24)
    }

    @Test("capacity × headcount saturates instead of trapping")
    func saturatingCapacity() {
        let expert = Expert(id: "x", name: "x", role: .commissioner, fields: ["f"], capacity: Int.max / 2, headcount: 3,
                            provenance: Provenance(citations: []))
        #expect(expert.totalCapacity == Int.max)
    }

    // MARK: - Existing partners

    @Test("a demand whose need an existing partner masters gets the existing-partner row, naming the tie and its source")
    func existingPartner() throws {
        let map = try ScratchMap().load().map
        let subject = CandidateRanking(map: map, language: .en).rank(demand: map.demands[0], top: 5)
        let partner = try #require(subject.partners.first)
        #expect(subject.partners.map(\.id) == ["agri-uni", "liu"])
        #expect(partner.technologies == ["theaflavin"])
        #expect(partner.ties.map(\.type) == ["cooperates"])
        #expect(partner.ties.first?.sources == ["report"])
        #expect(partner.explanation.hasPrefix("existing partner Hunan Agricultural University (cooperation agreement (report §三)) masters"))
        #expect(partner.explanation.hasSuffix("activate the agreement"))
        // Not proposed again as a new candidate.
        #expect(!subject.candidates.contains { $0.id == "agri-uni" })
    }

    @Test("every candidate with a prior tie names it")
    func priorTieNamed() throws {
        let map = try ScratchMap().load().map
        // Experts only, as `match` asks: 刘专家 serves teaco.
        let subject = try #require(CandidateRanking(map: map).rank(demands: map.demands, top: 5, kinds: [.expert]).first)
        let liu = try #require(subject.candidates.first { $0.id == "liu" })
        #expect(liu.parts.prior == 1)
        #expect(liu.ties.map(\.type) == ["serves"])
        #expect(subject.candidates.allSatisfy { ($0.parts.prior > 0) == !$0.ties.isEmpty })
    }

    // MARK: - Links

    @Test("links --top proposes actors only")
    func linksActorsOnly() throws {
        let map = try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path).map
        let graph = map.graph()
        let proposals = PartnerLinks.top(in: graph, k: 5, method: .resourceAllocation)
        #expect(!proposals.isEmpty)
        let kinds = Dictionary(map.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for proposal in proposals {
            #expect(kinds[proposal.enterprise] == .enterprise)
            #expect(PartnerLinks.actorKinds.contains(kinds[proposal.partner] ?? .segment), "\(proposal.partner) is not an actor")
            #expect(!graph.undirected.containsEdge(between: try #require(graph.undirected.index(of: proposal.enterprise)),
                                                   and: try #require(graph.undirected.index(of: proposal.partner))))
        }
    }
}
