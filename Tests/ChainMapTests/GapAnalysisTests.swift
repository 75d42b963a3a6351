import Foundation
import Testing
@testable import ChainMap

/// Gap rules on maps where the right answer is known by construction.
@Suite("Gap analysis")
struct GapAnalysisTests {
    private func gaps(_ edits: [(file: String, old: String, new: String)] = [], filter: ProvenanceFilter = .all) throws -> [String] {
        let map = try ScratchMap(edits: edits).load().map.applying(filter)
        return GapAnalysis.find(in: map, language: .en).map { "\($0.severity.rawValue) \($0.kind.rawValue) \($0.subject)" }
    }

    @Test("the tiny map: one missing segment, one weak, one uncovered technology, platforms and a skill-less pool")
    func tiny() throws {
        let found = try gaps()
        // Industry gaps first (the only university is outside the county: no local research), then data gaps.
        #expect(found == [
            "high missing-segment tea-extract",
            "medium no-local-research tiny",
            "medium uncovered-technology tea-breeding",
            "medium weak-segment tea-garden",
            "medium weak-segment tea-processing",
            "low no-platform tea-extract",
            "low no-platform tea-garden",
            "medium unknown-skills comm-county",
        ])
    }

    @Test("removing the only firm of a segment makes it a missing segment")
    func removeOnlyFirm() throws {
        let found = try gaps([("organizations.csv", "tea-garden；tea-processing", "tea-garden")])
        #expect(found.contains("high missing-segment tea-processing"))
        #expect(!found.contains("high missing-segment tea-garden"))
    }

    @Test("a chokepoint technology nobody local masters is high severity and names who outside does")
    func chokepoint() throws {
        let map = try ScratchMap(edits: [("experts.csv", "theaflavin,茶学,3,teaco", "theaflavin,茶学,3,")]).load().map
        let gap = try #require(GapAnalysis.find(in: map, kinds: [.uncoveredTechnology], language: .en).first { $0.subject == "theaflavin" })
        #expect(gap.severity == .high)
        #expect(gap.evidence.contains("a chokepoint technology"))
        #expect(gap.evidence.contains("outside the county: Hunan Agricultural University (agri-uni), 刘专家 (liu)"))
        let chinese = try #require(GapAnalysis.find(in: map, kinds: [.uncoveredTechnology]).first { $0.subject == "theaflavin" })
        #expect(chinese.evidence.contains("(卡脖子技术,为推断)"))  // theaflavin itself rests on `assumed`
        #expect(chinese.evidence.contains("县外掌握者:湖南农业大学 (agri-uni)、刘专家 (liu)"))
        #expect(gap.nodes == ["theaflavin", "tea-extract", "agri-uni", "liu"])
    }

    @Test("an open demand whose technology nobody else masters is unmet; its technologies are inferred from the title")
    func unmetDemand() throws {
        let found = try gaps([("demands.csv", "茶黄素提取工艺开发, 提高得率", "良种选育")])
        #expect(!found.contains("high unmet-demand d-extract"))
        let nobody = try gaps([("demands.csv", "茶黄素提取工艺开发, 提高得率", "揉捻设备改造"),
                               ("organizations.csv", ",tea-processing-tech,high-tech", ",,high-tech"),
                               ("experts.csv", "theaflavin,茶学,3", "theaflavin,机械,3")])
        #expect(nobody.contains("high unmet-demand d-extract"))  // nobody masters 初制/揉捻, not even by field
        let onlySelf = try gaps([("demands.csv", "茶黄素提取工艺开发, 提高得率", "揉捻设备改造"), ("experts.csv", "theaflavin,茶学,3", "theaflavin,机械,3")])
        #expect(onlySelf.contains("medium unmet-demand d-extract"))  // only the poster itself masters 初制/揉捻
    }

    @Test("a commissioner serving a firm outside their field is a mismatch; within it is not")
    func expertMismatch() throws {
        let outside = try gaps([("experts.csv", "liu,刘专家,specialist,provincial,agri-uni,theaflavin,茶学", "liu,刘专家,commissioner,provincial,agri-uni,theaflavin,机械")])
        #expect(outside.contains("medium expert-mismatch liu"))
        let inside = try gaps([("experts.csv", "liu,刘专家,specialist,provincial,agri-uni,theaflavin,茶学", "liu,刘专家,commissioner,provincial,agri-uni,theaflavin,茶学")])
        #expect(!inside.contains("medium expert-mismatch liu"))
    }

    @Test("an organization with no tie is isolated")
    func isolated() throws {
        let found = try gaps([("organizations.csv", "agri-uni,university", "lonely,enterprise,孤立企业,,county,,,,report §三,2024\nagri-uni,university")])
        #expect(found.contains("medium isolated lonely"))
    }

    @Test("excluding assumed records drops the assumed technology and what rests on it")
    func excludeAssumed() throws {
        let map = try ScratchMap().load().map.applying(.excludeAssumed)
        #expect(!map.technologies.contains { $0.id == "theaflavin" })
        #expect(map.segments.first { $0.id == "tea-extract" }?.technologies == [])
        #expect(map.experts.first { $0.id == "liu" }?.technologies == [])
    }

    @Test("technologies are inferred from a demand title by keyword, longest match first")
    func inference() throws {
        let map = try ScratchMap().load().map
        #expect(TechnologyInference.infer(from: "茶黄素提取与良种选育", technologies: map.technologies).map(\.id) == ["theaflavin", "tea-breeding"])
        let demand = map.technologies(of: map.demands[0])
        #expect(demand.ids == ["theaflavin"])
        #expect(demand.inferred)
    }
}

@Suite("Indicators")
struct IndicatorTests {
    @Test("progress, required growth and linear projection, against hand-computed values")
    func progress() {
        let indicator = Indicator(id: "rd", name: "研发", unit: "亿元", values: [.init(year: 2023, value: 4.54), .init(year: 2022, value: 2.72)],
                                  targets: [.init(year: 2025, value: 5.1)], provenance: Provenance(citations: []))
        let row = IndicatorProgress(indicator)
        #expect(row.latest == YearValue(year: 2023, value: 4.54))
        #expect(abs((row.progress ?? 0) - 4.54 / 5.1) < 1e-12)
        #expect(abs((row.requiredGrowth ?? 0) - ((5.1 / 4.54).squareRoot() - 1)) < 1e-12)
        #expect(abs((row.projected ?? 0) - (4.54 + 2 * 1.82)) < 1e-9)
        #expect(row.onTrack == true)
        #expect(row.shortfall == nil)
    }

    @Test("a single value below its target is a shortfall gap")
    func shortfall() throws {
        let indicator = Indicator(id: "loans", name: "知识价值信用贷款", unit: "万元", values: [.init(year: 2024, value: 3752.12)],
                                  targets: [.init(year: 2025, value: 4000)], provenance: Provenance(parsing: "report §四"))
        let gap = try #require(IndicatorProgress(indicator, language: .en).shortfall)
        #expect(gap.kind == .indicatorShortfall)
        #expect(gap.evidence == "知识价值信用贷款: target 4000 万元 in 2025; the only value is 3752.12 万元 (2024)")
        #expect(gap.action == "Raise 知识价值信用贷款 by 247.88 万元, which needs 6.61% a year")
        let chinese = try #require(IndicatorProgress(indicator).shortfall)
        #expect(chinese.evidence == "知识价值信用贷款:2025年目标4000 万元;仅有2024年数值3752.12 万元")
        #expect(chinese.action == "将知识价值信用贷款提高247.88 万元,需年均增长6.61%")
        #expect(gap.sources == ["report"])
    }
}
