import ChainMap
import Foundation
import Testing

@testable import ChainMapReport

/// The maps the report tests use, found from this file's path.
enum ReportFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ relativePath: String) throws -> InnovationMap {
        let loaded = try MapLoader.load(folder: repositoryRoot.appendingPathComponent(relativePath).path)
        #expect(!loaded.hasErrors, "\(relativePath) has errors: \(loaded.errors)")
        return loaded.map
    }

    static func hostile() throws -> InnovationMap { try load("Tests/ChainMapReportTests/Fixtures/hostile") }
    static func tiny() throws -> InnovationMap { try load("Tests/ChainMapTests/Fixtures/tiny") }

    /// The text between `<script type="application/json" id="chainmap-data">` and `</script>`.
    static func embeddedData(_ html: String) -> String? {
        guard let open = html.range(of: #"<script type="application/json" id="chainmap-data">"#),
              let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }
}

@Suite("Report: the page")
struct ReportBuildTests {
    @Test("a map full of markup gives a page where none of it is markup")
    func hostileMap() throws {
        let map = try ReportFixtures.hostile()
        #expect(map.name.contains("</script>"))
        let html = try Report.build(map).html
        // The only scripts are the data block and the page's own.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        for needle in ["<img", "<iframe", "<svg/onload", "<b>", "javascript:alert(1)\""] {
            #expect(!html.contains(needle), "\(needle)")
        }
        #expect(!html.lowercased().contains("href=\"javascript"))
        // Escaped text is there, literally.
        #expect(html.contains("示例县&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;图谱"))
        // The data block parses and holds the names as they are.
        let data = try #require(ReportFixtures.embeddedData(html))
        #expect(!data.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        let teaco = try #require(records.first { $0["id"] as? String == "teaco" })
        #expect(teaco["name"] as? String == "示例茶业<script>alert(1)</script>")
        let evil = try #require(records.first { $0["id"] as? String == "evil<svg/onload=alert(1)>" })
        #expect(evil["kind"] as? String == "enterprise")
        let sources = try #require(object["sources"] as? [String: [String: Any]])
        #expect(sources["report"]?["url"] == nil)
        #expect(sources["report"]?["title"] as? String == "<img src=x onerror=alert(1)>工作总结")
        #expect(sources["web"]?["url"] as? String == "https://example.org/a?b=1&c=<x>")
    }

    @Test("the CSP forbids every request and allows only the page's script, by its hash")
    func contentSecurityPolicy() throws {
        let html = try Report.build(try ReportFixtures.tiny()).html
        let hash = SHA256.base64(SHA256.digest(Array(ReportAssets.script.utf8)))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; img-src data:; "
            + "style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-\(hash)&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;\">"))
        #expect(html.contains("<script>" + ReportAssets.script + "</script>"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!ReportAssets.script.contains("innerHTML") && !ReportAssets.script.contains("outerHTML")
            && !ReportAssets.script.contains("insertAdjacentHTML") && !ReportAssets.script.contains("document.write"))
    }

    @Test("record nodes carry their id and data-kind; one template per view; the same map gives the same page")
    func pageContract() throws {
        let map = try ReportFixtures.tiny()
        let first = try Report.build(map)
        #expect(first.html == (try Report.build(map)).html)
        // Graphviz writes `-` in attribute values as `&#45;`, which the HTML parser reads back as `-`.
        let html = first.html.replacingOccurrences(of: "&#45;", with: "-")
        for (id, kind) in [("tea-garden", "segment"), ("teaco", "enterprise"), ("theaflavin", "technology"), ("d-extract", "demand")] {
            #expect(html.contains("id=\"\(id)\" class=\"node \(kind)"), "\(id)")
            #expect(html.range(of: "<g id=\"\(id)\" class=\"node \(kind)[^\"]*\" data-kind=\"\(kind)\">", options: .regularExpression) != nil, "\(id)")
        }
        #expect(html.contains("<template id=\"view-0\" data-view-id=\"overview\">"))
        #expect(html.contains("<template id=\"view-1\" data-view-id=\"chain:tea\">"))
        #expect(html.contains("<input id=\"search\""))
        #expect(html.contains("<aside id=\"detail\""))
        #expect(!html.contains("<title>tea"))  // Graphviz's titles (internal names) are gone
        #expect(first.omittedChains.isEmpty)
    }

    @Test("English: the page's words and the names switch; assumed records can be left out")
    func languageAndProvenance() throws {
        let map = try ReportFixtures.tiny()
        let english = try Report.build(map, options: ReportOptions(language: .en)).html
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("Example county map"))
        #expect(english.contains(">Indicators against targets</h2>"))
        let zh = try Report.build(map).html
        #expect(zh.contains(">指标与目标</h2>"))
        // theaflavin rests only on `assumed`.
        #expect(zh.contains("\"id\":\"theaflavin\""))
        let excluded = try Report.build(map, options: ReportOptions(excludeAssumed: true)).html
        #expect(!excluded.contains("\"id\":\"theaflavin\""))
        #expect(excluded.contains("仅以“推定”为依据的记录"))
    }

    @Test("a chain view larger than the limit is left out and the aggregated full view drawn instead")
    func largeViews() throws {
        let map = try ReportFixtures.tiny()
        let output = try Report.build(map, options: ReportOptions(maxViewNodes: 5))
        #expect(output.omittedChains == ["tea"])
        #expect(output.html.contains("data-view-id=\"full\""))
        #expect(!output.html.contains("data-view-id=\"chain:tea\""))
    }

    @Test("indicators are drawn as inline SVG bars with the target")
    func indicatorChart() throws {
        let html = try Report.build(try ReportFixtures.tiny()).html
        #expect(html.contains("<figure class=\"indicator\" data-id=\"rd-spending\">"))
        #expect(html.contains("class=\"bar target\""))
        #expect(html.contains("class=\"progress"))
    }
}
