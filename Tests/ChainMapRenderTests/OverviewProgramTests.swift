import ChainMap
import ChainMapRender
import Foundation
import Testing

/// The program of ChainMap's DocC overview article, compiled and run here so it cannot rot: the test also checks
/// that the article shows exactly these lines.
@Suite("the documented overview program")
struct OverviewProgramTests {
    /// Load a map, find its gaps, rank candidates, render a view — the article's program, between the markers.
    static func overview(folder: String, output: String) throws -> (gaps: [Gap], ranked: [CandidateRanking.Subject]) {
        // BEGIN overview
        // Load a map: its records and every problem, each at its file, line and column.
        let loaded = try MapLoader.load(folder: folder)
        for problem in loaded.errors { print(problem) }
        let map = loaded.map

        // Find its gaps: missing or weak segments, uncovered technologies, unmet demands …
        let gaps = GapAnalysis.find(in: map)
        for gap in gaps.prefix(5) { print(gap.severity, gap.kind.rawValue, gap.subject, gap.evidence) }

        // Rank partner candidates for every open demand.
        let ranking = CandidateRanking(map: map)
        let ranked = map.demands.filter { $0.status == .open }.map { ranking.rank(demand: $0, top: 3) }
        for subject in ranked { print(subject.name, subject.candidates.map(\.name)) }

        // Render a view: the overview with the gaps over it, as SVG, written whole or not at all.
        let picture = try MapViews.graph(.overview, of: map, options: ViewOptions(overlays: [.gaps]))
        let svg = try MapRendering.render(picture, as: .svg)
        try AtomicFile.write(svg.bytes, to: output)
        // END overview
        return (gaps, ranked)
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the program runs on Xupu: gaps found, candidates ranked, an SVG written")
    func runs() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("overview-\(UUID().uuidString).svg").path
        let (gaps, ranked) = try Self.overview(folder: Self.root.appendingPathComponent("graphs/xupu").path, output: output)
        #expect(gaps.contains { $0.kind == .missingSegment && $0.subject == "pva-optical-film" })
        #expect(ranked.contains { $0.candidates.count == 3 })
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("</svg>"))
    }

    @Test("ChainMap.docc's overview shows exactly this program")
    func articleMatches() throws {
        func dedented(_ lines: [Substring]) -> [String] {
            let indent = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { $0.prefix { $0 == " " }.count }.min() ?? 0
            return lines.map { String($0.dropFirst(Swift.min(indent, $0.count))) }
        }
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(source.firstIndex { $0.hasSuffix("// BEGIN overview") })
        let end = try #require(source.firstIndex { $0.hasSuffix("// END overview") })
        let program = dedented(Array(source[(begin + 1)..<end]))
        let article = try String(contentsOf: Self.root.appendingPathComponent("Sources/ChainMap/ChainMap.docc/ChainMap.md"), encoding: .utf8)
        let block = try #require(article.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let shown = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The article adds the two imports and the two names the test passes in.
        let expected = ["import ChainMap", "import ChainMapRender", "", "let folder = \"graphs/xupu\", output = \"overview.svg\""] + program
        #expect(shown == expected)
        #expect(program.count <= 20)
    }
}
