import Foundation
import Testing
@testable import ChainMap

/// The bundled Xupu map read against the county's report: what `gaps` and `candidates` must and must not say.
@Suite("Xupu diagnosis")
struct XupuDiagnosisTests {
    private static func load() throws -> LoadedMap {
        try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path)
    }

    @Test("the map validates with no errors")
    func validates() throws {
        #expect(try Self.load().errors.isEmpty)
    }

    @Test("no high-severity gap rests on an unsurveyed segment or on assumed alone")
    func highGapsAreFacts() throws {
        let map = try Self.load().map
        let chains = Dictionary(uniqueKeysWithValues: map.chains.map { ($0.id, $0) })
        let segments = Dictionary(uniqueKeysWithValues: map.segments.map { ($0.id, $0) })
        let high = GapAnalysis.find(in: map).filter { $0.severity == .high }
        #expect(!high.isEmpty)
        for gap in high {
            #expect(gap.sources != ["assumed"], "\(gap.kind) \(gap.subject)")
            if let id = gap.segment, let segment = segments[id], let chain = chains[segment.chain] {
                #expect(chain.survey(of: segment) == .complete, "\(gap.kind) \(gap.subject) rests on \(id)")
            }
        }
    }

    @Test("silica: firms pooled from §三, segments unsurveyed rather than missing, 4N8 not the county's chokepoint")
    func silica() throws {
        let map = try Self.load().map
        let gaps = GapAnalysis.find(in: map, chain: "silica")
        #expect(!gaps.contains { $0.kind == .missingSegment })
        #expect(gaps.filter { $0.kind == .unsurveyedSegment }.count == map.chains.first { $0.id == "silica" }?.segments.count)
        #expect(map.organizations.contains { $0.id == "silica-firms" && $0.tags.contains(.aboveScale) })
        #expect(map.technologies.first { $0.id == "hpq-4n8" }?.chokepoint == false)
        #expect(map.chains.first { $0.id == "silica" }?.segments.first { $0.id == "silica-benef" }?.next.contains("silica-metal") == true)
    }

    @Test("湘维: PVA alcoholysis is a data gap, and its demand names the partners that master it")
    func xiangwei() throws {
        let map = try Self.load().map
        let gaps = GapAnalysis.find(in: map)
        #expect(!gaps.contains { $0.kind == .uncoveredTechnology && $0.subject == "pva-alcoholysis" })
        #expect(gaps.contains { $0.kind == .unknownTechnologies && $0.subject == "pva-resin" && $0.nodes.contains("xiangwei") })
        let demand = try #require(map.demands.first { $0.id == "d-xiangwei-pva" })
        let subject = CandidateRanking(map: map).rank(demand: demand, top: 5)
        #expect(subject.partners.map(\.id) == ["hhu", "hnust"])
        #expect(subject.partners.allSatisfy { $0.ties.contains { $0.type == "cooperates" && $0.sources == ["report-2024"] } })
    }

    @Test("a chokepoint flag that rests on old market shares says it is assumed, and goes without assumed records")
    func assumedChokepoint() throws {
        let map = try Self.load().map
        let gap = try #require(GapAnalysis.find(in: map, kinds: [.uncoveredTechnology]).first { $0.subject == "pvb-film-extrusion" })
        #expect(gap.severity == .high)
        #expect(gap.evidence.contains("(卡脖子技术,为推断)"))
        #expect(gap.sources.contains("assumed"))
        let sourced = try #require(GapAnalysis.find(in: map.applying(.excludeAssumed), kinds: [.uncoveredTechnology])
            .first { $0.subject == "pvb-film-extrusion" })
        #expect(sourced.severity == .medium)
    }

    @Test("the report's own diagnosis (§三) is visible, each row citing it")
    func reportedProblems() throws {
        let map = try Self.load().map
        let reported = GapAnalysis.find(in: map, kinds: [.reportedProblem])
        #expect(reported.count == 6)
        #expect(reported.allSatisfy { $0.sources == ["report-2024"] })
        #expect(GapAnalysis.find(in: map, kinds: [.noLocalResearch]).count == 1)
    }

    @Test("the new-platform flow is on pace, not 150% of a running total; the derived 60 is marked assumed")
    func indicators() throws {
        let rows = IndicatorProgress.all(in: try Self.load().map, language: .en)
        let platforms = try #require(rows.first { $0.id == "provincial-platforms-new" })
        #expect(platforms.kind == .flow)
        #expect(platforms.progress == nil)
        #expect(platforms.statusText == "on pace")
        let hightech = try #require(rows.first { $0.id == "hightech-enterprises" })
        #expect(hightech.targetAssumed)
        #expect(rows.first { $0.id == "hightech-new" }?.target?.value == 3)
    }
}
