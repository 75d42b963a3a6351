import Foundation
import Testing
@testable import ChainMap

/// `chainmap diff` on constructed pairs: the tiny fixture against a copy with one kind of edit each.
@Suite("map diff")
struct MapDiffTests {
    private func diff(_ edits: [(file: String, old: String, new: String)]) throws -> MapDiff {
        let old = try ScratchMap().load()
        let new = try ScratchMap(edits: edits).load()
        #expect(!old.hasErrors && !new.hasErrors)
        return MapDiff(old: old.map, new: new.map)
    }

    @Test("ties on a generated map, some dropped, some reversed, one listed twice: the set difference either way")
    func tiesAgainstSets() throws {
        let old = MapGenerator(seed: 3, enterprises: 300, chains: 2, relationsPerEnterprise: 6).generate()
        var new = old
        let dropped = Set(stride(from: 0, to: old.relations.count, by: 7))
        new.relations = RelationList(old.relations.enumerated().filter { !dropped.contains($0.offset) }.map(\.element))
        for index in stride(from: 3, to: old.relations.count, by: 11) {
            var reversed = old.relations[index]
            (reversed.from, reversed.to) = (reversed.to, reversed.from)
            new.relations.append(reversed)
        }
        new.relations.append(new.relations[0])
        func set(_ map: InnovationMap) -> Set<[String]> {
            var ties = Set<[String]>()
            map.forEachEdge { ties.insert([$0.kind.rawValue, $0.from, $0.to]) }
            return ties
        }
        let expected = (set(new).subtracting(set(old)).map { ["added"] + $0 } + set(old).subtracting(set(new)).map { ["removed"] + $0 })
            .sorted { $0.lexicographicallyPrecedes($1) }
        let ties = MapDiff(old: old, new: new).ties
        #expect(ties.count { $0.change == "removed" } > 10 && ties.count { $0.change == "added" } > 10)
        #expect(ties.map { [$0.change, $0.type, $0.from, $0.to] } == expected)
    }

    @Test("a map against itself: nothing changed")
    func unchanged() throws {
        let map = try ScratchMap().load().map
        #expect(MapDiff(old: map, new: map).isEmpty)
    }

    @Test("a demand solved: one field change and one forward status move, nothing else")
    func demandSolved() throws {
        let diff = try diff([(file: "demands.csv", old: ",tea-extract,open,", new: ",tea-extract,solved,")])
        #expect(diff.records == [MapDiff.RecordChange(change: .changed, id: "d-extract", kind: "demand", name: "茶黄素提取工艺开发, 提高得率",
                                                      fields: [MapDiff.FieldChange(field: "status", old: "open", new: "solved")])])
        #expect(diff.demands == [MapDiff.DemandMove(id: "d-extract", title: "茶黄素提取工艺开发, 提高得率", enterprise: "teaco",
                                                    old: "open", new: "solved", forward: true)])
        #expect(diff.ties.isEmpty && diff.indicators.isEmpty && diff.candidates.isEmpty)
    }

    @Test("an enterprise added to the missing segment: the record, its ties, and the missing-segment gap closed")
    func gapClosed() throws {
        let diff = try diff([(file: "organizations.csv", old: "\nagri-uni,", new: "\nnewco,enterprise,新茶提取,,county,tea-extract,,,report §三,2025\nagri-uni,")])
        #expect(diff.records.map { "\($0.change.rawValue) \($0.id)" } == ["added newco"])
        #expect(diff.ties == [MapDiff.TieChange(change: "added", from: "newco", to: "tea-extract", type: "operates-in")])
        #expect(diff.gaps.contains { $0.change == "closed" && $0.kind == "missing-segment" && $0.subject == "tea-extract" })
        #expect(!diff.gaps.contains { $0.change == "opened" && $0.kind == "missing-segment" })
    }

    @Test("an indicator updated: values changed, progress against the 2025 target before and after")
    func indicatorUpdated() throws {
        let diff = try diff([(file: "map.yaml", old: "values: {2022: 2.72, 2023: 4.54}", new: "values: {2022: 2.72, 2023: 4.54, 2024: 5.1}")])
        let move = try #require(diff.indicators.first)
        #expect(diff.indicators.count == 1)
        #expect(move.id == "rd-spending")
        #expect(move.oldLatest == YearValue(year: 2023, value: 4.54) && move.newLatest == YearValue(year: 2024, value: 5.1))
        #expect(move.target == YearValue(year: 2025, value: 5.1))
        #expect(abs((move.oldProgress ?? 0) - 4.54 / 5.1) < 1e-12 && move.newProgress == 1)
        #expect(move.newOnTrack == true)
        #expect(diff.records.first?.fields == [MapDiff.FieldChange(field: "values", old: "2022: 2.72; 2023: 4.54", new: "2022: 2.72; 2023: 4.54; 2024: 5.1")])
    }

    @Test("a renamed id with the same kind and name is a rename, and its ties do not churn")
    func rename() throws {
        let diff = try diff([
            (file: "organizations.csv", old: "\nagri-uni,university", new: "\nhunau,university"),
            (file: "relations.csv", old: "teaco,agri-uni,", new: "teaco,hunau,"),
            (file: "experts.csv", old: "provincial,agri-uni,", new: "provincial,hunau,"),
        ])
        // The expert's affiliation cell changed in the file: that is reported, the university is not churned.
        #expect(diff.records.map { "\($0.change.rawValue) \($0.oldID ?? "-") \($0.id)" } == ["renamed agri-uni hunau", "changed - liu"])
        #expect(diff.records.first?.fields == [])
        #expect(diff.records.last?.fields == [MapDiff.FieldChange(field: "affiliation", old: "agri-uni", new: "hunau")])
        #expect(diff.ties.isEmpty)
        #expect(diff.gaps.isEmpty)
    }

    @Test("a removal and an addition of different names stay a removal and an addition")
    func notARename() throws {
        let diff = try diff([
            (file: "organizations.csv", old: "\nagri-uni,university,湖南农业大学", new: "\nhunau,university,湖南农大"),
            (file: "relations.csv", old: "teaco,agri-uni,", new: "teaco,hunau,"),
            (file: "experts.csv", old: "provincial,agri-uni,", new: "provincial,hunau,"),
        ])
        #expect(diff.records.map { "\($0.change.rawValue) \($0.id)" } == ["added hunau", "removed agri-uni", "changed liu"])
        #expect(diff.ties.count { $0.change == "removed" } == 4 && diff.ties.count { $0.change == "added" } == 4)
    }

    @Test("rows, table and Markdown agree on the sections")
    func renderings() throws {
        let diff = try diff([(file: "demands.csv", old: ",tea-extract,open,", new: ",tea-extract,solved,")])
        #expect(diff.rows.map { $0[0] } == ["records", "demands"])
        #expect(diff.summary.joined(separator: "\n").hasPrefix("records: 0 added, 0 removed, 0 renamed, 1 changed\nties: 0 added, 0 removed\ndemands: 1 moved status (1 solved)\n"))
        let markdown = diff.markdown(title: "tiny | 2025")
        #expect(markdown.hasPrefix("# tiny \\| 2025\n\n- records: 0 added"))
        #expect(markdown.contains("\n## demands\n\n| change | kind | id | name | field | old | new |\n| --- | --- | --- | --- | --- | --- | --- |\n| moved | demand | d-extract | 茶黄素提取工艺开发, 提高得率 | status | open | solved |\n"))
    }
}
