import ChainMap
import ChainMapRender
import Foundation
import Testing

@testable import ChainMapReport

/// `report --since OLD_MAP`: the Xupu map against an earlier copy altered in a temporary folder.
@Suite("Report: what changed since an earlier map")
struct ReportSinceTests {
    /// The Xupu map as it was "before": one enterprise more (named with markup), a demand still open, one
    /// indicator value fewer and one cooperation not yet signed.
    static func earlierXupu() throws -> InnovationMap {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-since-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ReportFixtures.repositoryRoot.appendingPathComponent("graphs/xupu"), to: folder)
        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "\(file) unchanged")
            try changed.write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("organizations.csv") {
            $0 + "oldco,enterprise,<img src=x onerror=alert(1)>旧企业,,county,,,,report-2024 §二(三),2023-12\n"
        }
        try edit("demands.csv") { $0.replacingOccurrences(of: "pva-pvb-resin,matched,", with: "pva-pvb-resin,open,") }
        try edit("map.yaml") { $0.replacingOccurrences(of: "values: {2022: 2.72, 2023: 4.54}", with: "values: {2022: 2.72}") }
        try edit("relations.csv") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("xiangwei,hnust,cooperates,") }.joined(separator: "\n")
        }
        let loaded = try MapLoader.load(folder: folder.path)
        #expect(!loaded.hasErrors, "\(loaded.errors)")
        return loaded.map
    }

    @Test("the page gains a section of what changed: records, demands, gaps, candidates that became ties, indicators")
    func sinceSection() throws {
        let now = try ReportFixtures.load("graphs/xupu")
        let html = try Report.build(now, since: try Self.earlierXupu()).html
        #expect(html.contains("<section id=\"sec-since\" class=\"report\"><h2>自 2024-12 以来的变化</h2>"))
        #expect(html.contains("<div id=\"since-body\"></div>"))
        // The markup in the removed record's name is data only.
        #expect(!html.contains("<img"))
        let data = try #require(ReportFixtures.embeddedData(html))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let since = try #require(object["since"] as? [String: Any])
        #expect(since["asOf"] as? String == "2024-12")
        let diff = try #require(since["diff"] as? [String: Any])
        let records = try #require(diff["records"] as? [[String: Any]])
        #expect(records.contains { $0["change"] as? String == "removed" && $0["id"] as? String == "oldco"
            && $0["name"] as? String == "<img src=x onerror=alert(1)>旧企业" })
        let demands = try #require(diff["demands"] as? [[String: Any]])
        #expect(demands.count == 1 && demands[0]["id"] as? String == "d-xiangwei-pvb" && demands[0]["old"] as? String == "open"
            && demands[0]["new"] as? String == "matched" && demands[0]["forward"] as? Bool == true)
        let gaps = try #require(diff["gaps"] as? [[String: Any]])
        #expect(gaps.contains { $0["change"] as? String == "closed" && $0["kind"] as? String == "indicator-shortfall" })
        let candidates = try #require(diff["candidates"] as? [[String: Any]])
        #expect(candidates.contains { $0["enterprise"] as? String == "xiangwei" && $0["partner"] as? String == "hnust" })
        let indicators = try #require(diff["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as? String } == ["rd-spending"])
        // Five of the eight cards count something.
        #expect(html.contains("<div class=\"number\">1</div><div class=\"label\">删除记录</div>"))
        #expect(html.contains("<div class=\"number\">1</div><div class=\"label\">已成为实际合作的候选</div>"))
    }

    @Test("in English the section and the gaps' evidence are English; without --since there is no section")
    func englishAndAbsent() throws {
        let now = try ReportFixtures.load("graphs/xupu")
        let english = try Report.build(now, since: try Self.earlierXupu(), options: ReportOptions(language: .en)).html
        #expect(english.contains("<h2>What changed since 2024-12</h2>"))
        let data = try #require(ReportFixtures.embeddedData(english))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let diff = try #require((object["since"] as? [String: Any])?["diff"] as? [String: Any])
        let evidence = try #require((diff["gaps"] as? [[String: Any]])?.compactMap { $0["evidence"] as? String })
        #expect(!evidence.isEmpty && evidence.allSatisfy { !$0.contains("目标") }, "\(evidence)")
        let plain = try Report.build(now).html
        #expect(!plain.contains("sec-since"))
        #expect(!(ReportFixtures.embeddedData(plain) ?? "").contains("\"since\""))
    }

    @Test("a Graphviz worker that dies is a ReportError naming the view, not a crash of the caller")
    func workerCrash() throws {
        // A "worker" that kills itself with SIGSEGV, as libgvc's crashes did.
        let renderer = IsolatedRenderer(executable: "/bin/sh", arguments: ["-c", "kill -SEGV $$"], timeout: 10)
        #expect {
            _ = try Report.build(try ReportFixtures.tiny(), renderer: renderer)
        } throws: { error in
            guard case .isolated(let view, _, .crashed(_, let signal, _, _))? = error as? ReportError else { return false }
            return view == "overview" && signal == SIGSEGV
        }
    }
}
