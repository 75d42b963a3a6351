import Foundation
import Testing

@testable import ChainMapGraphviz
import ChainMapRender

/// A tiny graph with Chinese labels in a CJK font.
private let chineseDOT = """
    digraph "产业链" {
      graph [fontname="Noto Sans CJK SC", label="新能源汽车产业链"];
      node [fontname="Noto Sans CJK SC", shape=box];
      "锂矿" -> "电池" -> "整车";
      "电池" [label="动力电池"];
    }
    """

private let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    @Test("the library links and reports its version")
    func version() {
        #expect(!GraphvizRenderer.graphvizVersion.isEmpty)
        #expect(GraphvizRenderer.graphvizVersion.first?.isNumber == true)
        #expect(!GraphvizRenderer.graphvizHeaderVersion.isEmpty)
    }

    @Test("SVG keeps Chinese labels as text")
    func chineseSVG() throws {
        let svg = try GraphvizRenderer.render(dot: chineseDOT, engine: .dot, format: .svg)
        let texts = try TestSupport.svgTexts(svg)
        #expect(texts.contains("新能源汽车产业链"))
        #expect(texts.contains("锂矿"))
        #expect(texts.contains("动力电池"))
        #expect(texts.contains("整车"))
        #expect(TestSupport.contains(svg, "Noto Sans CJK SC"))
    }

    @Test("PNG output starts with the PNG signature")
    func png() throws {
        let png = try GraphvizRenderer.render(dot: chineseDOT, format: .png)
        #expect(TestSupport.hasPrefix(png, pngMagic))
        #expect(png.count > 1000)
    }

    @Test("PDF output starts with %PDF- and carries a pinned creation date")
    func pdf() throws {
        let pdf = try GraphvizRenderer.render(dot: chineseDOT, format: .pdf)
        #expect(TestSupport.hasPrefix(pdf, Array("%PDF-".utf8)))
        #expect(TestSupport.contains(pdf, "/CreationDate (D:19700101000000"))
    }

    @Test("the same input renders to identical bytes", arguments: [OutputFormat.svg, .png, .pdf, .dot, .json])
    func deterministic(format: OutputFormat) throws {
        let first = try GraphvizRenderer.render(dot: chineseDOT, format: format)
        let second = try GraphvizRenderer.render(dot: chineseDOT, format: format)
        #expect(!first.isEmpty)
        let same = first == second
        #expect(same)
    }

    /// A graph with clusters, big enough that Graphviz 2.43 with its default
    /// (address-based) object IDs lays it out differently from render to
    /// render in one process.
    static let clusteredDOT: String = {
        var graph = DOTGraph(body: DOTSubgraph(
            id: "clusters", graphAttributes: ["rankdir": "LR"],
            nodeDefaults: ["shape": "box", "fontname": "Noto Sans CJK SC"]))
        for cluster in 0..<8 {
            var subgraph = DOTSubgraph.cluster("c\(cluster)", attributes: ["label": .text("环节\(cluster)")])
            for node in 0..<6 {
                subgraph.nodes.append(DOTNode(id: "n\(cluster)_\(node)", attributes: ["label": .text("企业\(cluster)-\(node)")]))
            }
            graph.subgraphs.append(subgraph)
        }
        var state: UInt64 = 7
        for _ in 0..<80 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let from = Int((state >> 33) % 7)
            let to = from + 1 + Int((state >> 40) % 2)
            graph.edges.append(DOTEdge(from: "n\(from)_\((state >> 20) % 6)", to: "n\(min(to, 7))_\((state >> 50) % 6)"))
        }
        return graph.render()
    }()

    // fdp is left out: it builds helper graphs with cgraph's default,
    // address-based IDs, which no discipline of ours reaches.
    @Test(
        "clustered layouts repeat exactly, whatever was rendered in between",
        arguments: LayoutEngine.allCases.filter { $0 != .fdp })
    func deterministicEngines(engine: LayoutEngine) throws {
        let first = try GraphvizRenderer.render(dot: Self.clusteredDOT, engine: engine, format: .svg)
        for round in 0..<3 {
            // Churn the heap and the C random generators between renders.
            _ = try GraphvizRenderer.render(dot: chineseDOT, engine: engine, format: .svg)
            _ = try GraphvizRenderer.render(dot: "graph r\(round) { a -- b -- c -- a }", engine: .sfdp, format: .png)
            let again = try GraphvizRenderer.render(dot: Self.clusteredDOT, engine: engine, format: .svg)
            let same = again == first  // a Bool, so a failure does not print both documents
            #expect(same, "round \(round)")
        }
    }

    @Test("anonymous graphs get the same name every time")
    func anonymousGraphName() throws {
        let first = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg)
        _ = try GraphvizRenderer.render(dot: "digraph { c }", format: .svg)
        let second = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg)
        let same = first == second
        #expect(same)
    }

    @Test("node names survive layouts that build helper subgraphs", arguments: LayoutEngine.allCases)
    func namesSurviveLayout(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer.render(
            dot: "graph { a -- b -- c -- a; c -- d; x -- y }", engine: engine, format: .svg)
        #expect(try TestSupport.svgNodeTitles(svg).sorted() == ["a", "b", "c", "d", "x", "y"])
        #expect(try TestSupport.svgEdgeCount(svg) == 5)
    }

    @Test("PDF dates are rewritten in place at the same length")
    func pdfDateNormalisation() {
        let original = "1 0 obj << /CreationDate (D:20261127102128+01'00) /ModDate (D:20261127102129Z) >> xref"
        var bytes = Array(original.utf8)
        GraphvizRenderer.normalisePDFDates(&bytes)
        #expect(bytes.count == original.utf8.count)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "1 0 obj << /CreationDate (D:19700101000000+00'00) /ModDate (D:19700101000000Z) >> xref")
    }

    @Test("laid-out DOT and JSON come back as text with positions")
    func textFormats() throws {
        let dot = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .dot)
        #expect(String(decoding: dot, as: UTF8.self).contains("pos="))
        let json = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .json)
        let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
        #expect(object?["directed"] as? Bool == true)
        #expect(OutputFormat.json.isText && !OutputFormat.png.isText)
    }

    @Test("laid-out DOT writes plain names as plain strings")
    func namesAreNotHTML() throws {
        // cgraph decides from a flag stored in front of a name string whether
        // to write it as <HTML>; names must be cgraph's own strings for that.
        for _ in 0..<10 {
            let text = String(decoding: try GraphvizRenderer.render(dot: chineseDOT, format: .dot), as: UTF8.self)
            #expect(text.contains("锂矿 -> 电池"))
            #expect(!text.contains("<电池>") && !text.contains("<整车>"))
        }
        let html = try GraphvizRenderer.render(dot: "digraph { <<b>x</b>> -> y }", format: .dot)
        #expect(String(decoding: html, as: UTF8.self).contains("<<b>x</b>>"))
    }

    @Test("every layout engine renders", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer.render(
            dot: "graph { a -- b -- c -- a; c -- d }", engine: engine, format: .svg)
        #expect(try TestSupport.svgNodeTitles(svg).sorted() == ["a", "b", "c", "d"])
    }

    @Test("a DOT syntax error is a typed error with Graphviz's message, and stderr stays quiet")
    func syntaxError() throws {
        let (result, stderr) = try TestSupport.capturingStderr {
            Result { () throws(GraphvizError) -> [UInt8] in
                try GraphvizRenderer.render(dot: "digraph { a -> ; }", format: .svg)
            }
        }
        guard case .failure(.syntax(let message)) = result else {
            Issue.record("expected a syntax error, got \(result)")
            return
        }
        #expect(message.contains("syntax error"))
        #expect(message.contains("line 1"))
        #expect(!stderr.contains("syntax error"))
    }

    @Test("a failed render leaves no state behind for the next one")
    func recoveryAfterError() throws {
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(dot: "digraph { \"unterminated }", format: .svg) }
        let svg = try GraphvizRenderer.render(dot: "digraph { x -> y }", format: .svg)
        #expect(try TestSupport.svgNodeTitles(svg) == ["x", "y"])
        // The next error carries its own message only.
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "digraph { a -> ; }", format: .svg)
        }
        #expect(error?.message.components(separatedBy: "syntax error").count == 2)
    }

    @Test("text after the first graph does not leak into the next render")
    func leftoverInput() throws {
        let first = try GraphvizRenderer.render(dot: "digraph a { x } digraph b { y } digraph c {", format: .svg)
        #expect(try TestSupport.svgNodeTitles(first) == ["x"])
        let second = try GraphvizRenderer.render(dot: "digraph d { z }", format: .svg)
        #expect(try TestSupport.svgNodeTitles(second) == ["z"])
    }

    @Test("syntax error line numbers count from the start of each input")
    func lineNumbers() throws {
        for _ in 0..<3 {
            _ = try GraphvizRenderer.render(dot: "digraph g {\n a\n ->\n b\n }\n", format: .svg)
            let error = #expect(throws: GraphvizError.self) {
                try GraphvizRenderer.render(dot: "digraph g {\n a -> b\n c -> ;\n}\n", format: .svg)
            }
            #expect(error?.message.contains("line 3") == true, "\(String(describing: error))")
        }
    }

    @Test("empty input is a syntax error, not a crash")
    func emptyInput() {
        #expect(throws: GraphvizError.syntax(message: "no graph found in the DOT input")) {
            try GraphvizRenderer.render(dot: "", format: .svg)
        }
    }

    @Test("a broken HTML-like label is a typed error")
    func badHTMLLabel() {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "digraph { a [label=<x<b>y>] }", format: .svg)
        }
        #expect(error?.message.contains("mismatched tag") == true)
    }

    @Test("an unknown layout engine is unsupportedEngine")
    func unknownEngine() {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "digraph { a }", engineName: "nosuchengine", formatName: "svg")
        }
        guard case .unsupportedEngine(let engine, let message)? = error else {
            Issue.record("expected unsupportedEngine, got \(String(describing: error))")
            return
        }
        #expect(engine == "nosuchengine")
        #expect(message.contains("nosuchengine"))
    }

    @Test("an unknown output format is unsupportedFormat")
    func unknownFormat() {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "digraph { a }", engineName: "dot", formatName: "nosuchformat")
        }
        guard case .unsupportedFormat(let format, let message)? = error else {
            Issue.record("expected unsupportedFormat, got \(String(describing: error))")
            return
        }
        #expect(format == "nosuchformat")
        #expect(message.contains("nosuchformat"))
    }

    @Test("warnings are captured, not printed")
    func warnings() throws {
        let (output, stderr) = try TestSupport.capturingStderr {
            try GraphvizRenderer.renderWithWarnings(dot: "digraph { a [shape=nosuchshape] }", format: .svg)
        }
        #expect(output.warnings.contains { $0.contains("nosuchshape") })
        #expect(!stderr.contains("nosuchshape"))
    }

    @Test("error descriptions name the failing stage")
    func descriptions() {
        #expect(GraphvizError.syntax(message: "m").description.contains("parse"))
        #expect(GraphvizError.layout(engine: "dot", message: "m").description.contains("dot"))
        #expect(GraphvizError.render(format: "svg", message: "m").message == "m")
    }

    @Test("8 concurrent renders all succeed and match sequential output")
    func concurrentRenders() async throws {
        let inputs = (0..<8).map { index in
            // Named: an anonymous graph's SVG title comes from a process-wide counter.
            "digraph g\(index) { node [fontname=\"Noto Sans CJK SC\"]; \"节点\(index)\" -> \"n\(index)\" -> \"终点\" }"
        }
        let expected = try inputs.map { try GraphvizRenderer.render(dot: $0, format: .svg) }
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (index, dot) in inputs.enumerated() {
                group.addTask { (index, try GraphvizRenderer.render(dot: dot, format: .svg)) }
            }
            var collected: [Int: [UInt8]] = [:]
            for try await (index, bytes) in group { collected[index] = bytes }
            return collected
        }
        #expect(results.count == 8)
        for index in 0..<8 {
            let same = results[index] == expected[index]
            #expect(same, "render \(index)")
        }
    }
}

/// The worker's answer line is JSON written by hand (the worker has no Foundation): any message reads back.
@Suite("render worker: answer line")
struct RenderWorkerReplyTests {
    struct Reply: Decodable {
        struct Failure: Decodable { var kind: String, name: String, message: String }
        var error: Failure?
        var warnings: [String]
    }

    @Test("quotes, backslashes, line breaks and control characters survive the JSON answer")
    func escaping() throws {
        let message = "a\"b\\c\nd\u{1}e\u{7F}茶\t"
        let line = RenderWorker.replyLine(error: .layout(engine: "dot", message: message), warnings: [message, ""])
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let reply = try JSONDecoder().decode(Reply.self, from: Data(line.utf8))
        #expect(reply.error?.kind == "layout")
        #expect(reply.error?.name == "dot")
        #expect(reply.error?.message == message)
        #expect(reply.warnings == [message, ""])
        let success = try JSONDecoder().decode(Reply.self, from: Data(RenderWorker.replyLine(error: nil, warnings: []).utf8))
        #expect(success.error == nil && success.warnings.isEmpty)
    }
}
