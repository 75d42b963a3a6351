import Foundation
import Testing
@testable import ChainMap

/// One language per run: `--lang zh` and `--lang en` give the same rows and numbers, each in one language.
@Suite("Language")
struct LanguageTests {
    private static func xupu() throws -> InnovationMap {
        try MapLoader.load(folder: ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path).map
    }

    /// Whether `text` holds a CJK ideograph once the data's own Chinese (names, titles, findings, locators) is removed.
    private static func hasChineseOfItsOwn(_ text: String, map: InnovationMap) -> Bool {
        var rest = text
        let data = map.nodes.map(\.name) + map.nodes.map(\.nameEN) + map.demands.map(\.title) + map.findings.map(\.text)
            + map.findings.map(\.textEN) + map.indicators.map(\.unit) + map.relations.map(\.note)
            + ["§一", "§二", "§三", "§四", "(一)", "(二)", "(三)", "(四)"]
        for piece in data.sorted(by: { $0.count > $1.count }) where !piece.isEmpty {
            rest = rest.replacingOccurrences(of: piece, with: "")
        }
        return rest.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || $0.value == 0xFF1A }
    }

    @Test("gaps: the same rows in both languages; English text carries no Chinese words of the catalogue")
    func gaps() throws {
        let map = try Self.xupu()
        let zh = GapAnalysis.find(in: map, language: .zh), en = GapAnalysis.find(in: map, language: .en)
        #expect(zh.count == en.count)
        #expect(zh.map { [$0.kind.rawValue, $0.severity.rawValue, $0.subject] + $0.nodes + $0.sources }
                == en.map { [$0.kind.rawValue, $0.severity.rawValue, $0.subject] + $0.nodes + $0.sources })
        for gap in en {
            #expect(!Self.hasChineseOfItsOwn(gap.evidence, map: map), "\(gap.kind) \(gap.subject): \(gap.evidence)")
            #expect(!Self.hasChineseOfItsOwn(gap.action, map: map), "\(gap.kind) \(gap.subject): \(gap.action)")
        }
        // And the Chinese run writes Chinese: no English sentence of the catalogue.
        for gap in zh {
            #expect(!gap.evidence.contains("nobody") && !gap.evidence.contains("local"), "\(gap.evidence)")
            #expect(!gap.action.contains("the chain") && !gap.action.contains("Record"), "\(gap.action)")
        }
    }

    @Test("candidates and indicators: the same ids and numbers in both languages")
    func candidatesAndIndicators() throws {
        let map = try Self.xupu()
        let open = map.demands.filter { $0.status == .open }
        let zh = CandidateRanking(map: map, language: .zh).rank(demands: open, top: 5)
        let en = CandidateRanking(map: map, language: .en).rank(demands: open, top: 5)
        #expect(zh.map { $0.candidates.map(\.id) } == en.map { $0.candidates.map(\.id) })
        #expect(zh.map { $0.candidates.map(\.score) } == en.map { $0.candidates.map(\.score) })
        #expect(zh.map { $0.partners.map(\.id) } == en.map { $0.partners.map(\.id) })
        for subject in en {
            for partner in subject.partners { #expect(!Self.hasChineseOfItsOwn(partner.explanation, map: map), "\(partner.explanation)") }
        }
        let zhIndicators = IndicatorProgress.all(in: map, language: .zh), enIndicators = IndicatorProgress.all(in: map, language: .en)
        #expect(zhIndicators.map(\.progress) == enIndicators.map(\.progress))
        #expect(zhIndicators.map(\.status) == enIndicators.map(\.status))
        #expect(enIndicators.allSatisfy { !Self.hasChineseOfItsOwn($0.statusText, map: map) })
    }
}
