import ChainMap
import Foundation
import Testing

@testable import ChainMapRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Views: rendered through Graphviz")
struct ViewsRenderingTests {
    private static let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The concatenated `<text>` of the SVG group whose id is `id`, or nil when there is none.
    private func svgText(ofGroup id: String, in document: XMLDocument) throws -> (className: String, text: String)? {
        let groups = try document.nodes(forXPath: "//*[local-name()='g'][@id='\(id)']")
        guard let group = groups.first as? XMLElement else { return nil }
        let texts = try group.nodes(forXPath: ".//*[local-name()='text']").map { $0.stringValue ?? "" }
        let className = try group.nodes(forXPath: "@class").first?.stringValue ?? ""
        return (className, texts.joined())
    }

    @Test("the SVG overview of Xupu is XML holding every segment as a node with its Chinese name")
    func xupuOverviewSVG() throws {
        let map = try ViewsFixtures.xupu()
        let svg = try MapRendering.render(MapViews.overview(map), as: .svg).bytes
        let document = try XMLDocument(data: Data(svg), options: [])
        #expect(map.segments.count > 40)
        for segment in map.segments {
            let group = try svgText(ofGroup: segment.id, in: document)
            #expect(group?.className.hasPrefix("node segment") == true, "\(segment.id)")
            #expect(group?.text.hasPrefix(segment.name) == true, "\(segment.id): \(group?.text ?? "missing")")
        }
        // Chains are clusters with their id.
        for chain in map.chains {
            #expect(try svgText(ofGroup: chain.id, in: document)?.className == "cluster chain")
        }
    }

    @Test("SVG names fonts that exist on Windows and macOS too")
    func svgFontFallbacks() throws {
        let svg = try MapRendering.render(MapViews.overview(try ViewsFixtures.tiny()), as: .svg).bytes
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("font-family=\"Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang SC,sans-serif\""))
        #expect(!text.contains("font-family=\"Noto Sans CJK SC\""))
    }

    @Test("font fallbacks replace the bare name and an appended list, and nothing else")
    func fontFallbackRewrite() {
        let input = #"<text font-family="Noto Sans CJK SC">a</text><text font-family="Noto Sans CJK SC,sans-Serif">b</text>"#
            + #"<text font-family="Noto Sans CJK SCX">c</text><text font-family="Times,serif">d</text>"#
        let output = String(decoding: MapRendering.withFontFallbacks(svg: Array(input.utf8)), as: UTF8.self)
        let family = MapRendering.svgFontFamily
        #expect(output == #"<text font-family="\#(family)">a</text><text font-family="\#(family)">b</text>"#
            + #"<text font-family="Noto Sans CJK SCX">c</text><text font-family="Times,serif">d</text>"#)
    }

    @Test("PNG starts with the PNG signature, PDF with %PDF")
    func binaryFormats() throws {
        let graph = try MapViews.chain(try ViewsFixtures.tiny(), id: "tea", options: ViewOptions(overlays: [.gaps]))
        let png = try MapRendering.render(graph, as: .png).bytes
        #expect(Array(png.prefix(8)) == Self.pngMagic)
        let pdf = try MapRendering.render(graph, as: .pdf).bytes
        #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
    }

    @Test("DOT output is the view's source text")
    func dotFormat() throws {
        let graph = MapViews.overview(try ViewsFixtures.tiny())
        #expect(try MapRendering.render(graph, as: .dot).bytes == Array(graph.render().utf8))
    }

    @Test("rendering the same map twice gives identical bytes", arguments: [MapRendering.Format.svg, .png])
    func deterministic(format: MapRendering.Format) throws {
        let options = ViewOptions(overlays: [.gaps])
        let first = try MapRendering.render(MapViews.overview(try ViewsFixtures.xupu(), options: options), as: format).bytes
        let second = try MapRendering.render(MapViews.overview(try ViewsFixtures.xupu(), options: options), as: format).bytes
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test("every Xupu chain renders in-process", arguments: ["silica", "pva", "herbal", "tea", "ceramics"])
    func xupuChains(chain: String) throws {
        // herbal once crashed Graphviz 2.43 when its layout was freed (a labelled flat edge in a cluster).
        let graph = try MapViews.chain(try ViewsFixtures.xupu(), id: chain, options: ViewOptions(overlays: [.gaps, .candidates]))
        let output = try MapRendering.render(graph, as: .svg)
        #expect(output.bytes.count > 10_000)
        #expect(output.warnings.isEmpty, "\(output.warnings)")
    }

    @Test("the full view renders with dot, and aggregated with sfdp")
    func fullViews() throws {
        let map = try ViewsFixtures.xupu()
        let small = try MapRendering.render(MapViews.full(map), as: .svg)
        #expect(small.warnings.isEmpty, "\(small.warnings)")
        let large = try MapRendering.render(MapViews.full(map, threshold: 10), as: .svg)
        let document = try XMLDocument(data: Data(large.bytes), options: [])
        #expect(try svgText(ofGroup: "enterprises;herbal-saponin", in: document)?.text.contains("3 家企业") == true)
    }

    @Test("an engine chosen by the user replaces the view's")
    func engineOverride() throws {
        let graph = MapViews.using(.neato, MapViews.overview(try ViewsFixtures.tiny()))
        #expect(MapViews.engine(of: graph) == .neato)
        #expect(graph.render().contains("layout=\"neato\""))
        #expect(try MapRendering.render(graph, as: .svg).bytes.count > 1000)
    }

    @Test("the format follows the file name's extension")
    func formatFromFileName() {
        #expect(MapRendering.Format(fileName: "/tmp/a.SVG") == .svg)
        #expect(MapRendering.Format(fileName: "out/map.png") == .png)
        #expect(MapRendering.Format(fileName: "map.pdf") == .pdf)
        #expect(MapRendering.Format(fileName: "map.dot") == .dot)
        #expect(MapRendering.Format(fileName: "map.gv") == .dot)
        #expect(MapRendering.Format(fileName: "map.jpeg") == nil)
        #expect(MapRendering.Format(fileName: "map") == nil)
        #expect(MapRendering.Format(fileName: "dir.svg/map") == nil)
    }
}
