import Foundation
import Testing

/// `chainmap report` and `render --dpi`, run as a user would.
@Suite("chainmap report")
struct ReportCommandTests {
    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    @Test("report writes one self-contained HTML file of the Xupu map")
    func xupu() throws {
        let output = try temporaryFolder() + "/report.html"
        let result = try Chainmap.run("report", Chainmap.root("graphs/xupu"), "-o", output)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote \(output) ("))
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("溆浦县产业链核心技术创新图谱"))
        #expect(html.contains("<g id=\"xiangwei\" class=\"node enterprise local\" data-kind=\"enterprise\">"))
        // Nothing is loaded from elsewhere.
        #expect(!html.contains("src=\"http") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
    }

    @Test("report refuses an output that is not .html (64) and a missing map (66), writing nothing")
    func refusals() throws {
        let folder = try temporaryFolder()
        let wrong = try Chainmap.run("report", Chainmap.root("graphs/xupu"), "-o", folder + "/report.svg")
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("-o NAME.html"))
        let missing = try Chainmap.run("report", "/nonexistent/map", "-o", folder + "/report.html")
        #expect(missing.status == 66)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("report --lang en and --exclude-provenance assumed")
    func options() throws {
        let output = try temporaryFolder() + "/report.html"
        let result = try Chainmap.run(
            "report", Chainmap.root("Tests/ChainMapTests/Fixtures/tiny"), "-o", output, "--lang", "en",
            "--exclude-provenance", "assumed")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Example county map"))
        #expect(!html.contains("\"id\":\"theaflavin\""))
    }

    @Test("report --since: a map against itself says nothing changed; a missing earlier map is 66, writing nothing")
    func since() throws {
        let folder = try temporaryFolder()
        let xupu = Chainmap.root("graphs/xupu")
        let same = try Chainmap.run("report", xupu, "--since", xupu, "-o", folder + "/same.html")
        #expect(same.status == 0, "\(same.stderr)")
        let html = try String(contentsOfFile: folder + "/same.html", encoding: .utf8)
        #expect(html.contains("<section id=\"sec-since\" class=\"report\">"))
        #expect(html.contains("两版图谱之间没有变化。"))
        let missing = try Chainmap.run("report", xupu, "--since", "/nonexistent/map", "-o", folder + "/missing.html")
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: folder + "/missing.html"))
    }

    @Test("a report whose Graphviz layout is stopped (--timeout) exits 70 naming the view, with a hint, writing nothing")
    func graphvizStopped() throws {
        let output = try temporaryFolder() + "/report.html"
        let result = try Chainmap.run("report", Chainmap.root("graphs/xupu"), "-o", output, "--timeout", "0.001")
        #expect(result.status == 70)
        #expect(result.stderr.contains("error: view overview with dot: Graphviz (dot) did not finish within 0.001 s"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: a longer --timeout"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let usage = try Chainmap.run("report", Chainmap.root("graphs/xupu"), "-o", output, "--memory-limit", "1")
        #expect(usage.status == 64)
    }

    @Test("render --dpi sets a PNG's resolution; other formats refuse it")
    func dpi() throws {
        let folder = try temporaryFolder()
        let tiny = Chainmap.root("Tests/ChainMapTests/Fixtures/tiny")
        func width(_ path: String) throws -> Int {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            // PNG: IHDR width, big-endian, at bytes 16..<20.
            return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        }
        #expect(try Chainmap.run("render", tiny, "-o", folder + "/96.png").status == 0)
        #expect(try Chainmap.run("render", tiny, "--dpi", "192", "-o", folder + "/192.png").status == 0)
        let ratio = Double(try width(folder + "/192.png")) / Double(try width(folder + "/96.png"))
        #expect(ratio > 1.9 && ratio < 2.1, "\(ratio)")
        let svg = try Chainmap.run("render", tiny, "--dpi", "192", "-o", folder + "/x.svg")
        #expect(svg.status == 64)
        #expect(try Chainmap.run("render", tiny, "--dpi", "5000", "-o", folder + "/x.png").status == 64)
    }

    @Test("render's SVG nodes carry the full name and kind as their hover text")
    func tooltips() throws {
        let output = try temporaryFolder() + "/overview.svg"
        #expect(try Chainmap.run("render", Chainmap.root("graphs/xupu"), "-o", output).status == 0)
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("xlink:title=\"黄姜种植 · 环节\""))
    }
}
