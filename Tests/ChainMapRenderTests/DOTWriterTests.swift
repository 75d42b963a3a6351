import Testing

@testable import ChainMapRender

@Suite("DOTWriter")
struct DOTWriterTests {
    /// A small graph with a cluster, defaults, an HTML label and escapes.
    static let sample = DOTGraph(body: DOTSubgraph(
        id: "链",
        graphAttributes: ["rankdir": "LR", "fontname": "Noto Sans CJK SC"],
        nodeDefaults: ["shape": "box", "fontname": "Noto Sans CJK SC"],
        edgeDefaults: ["penwidth": 1.5],
        subgraphs: [
            DOTSubgraph(
                id: "cluster_上游", graphAttributes: ["label": "上游", "style": "rounded"],
                nodes: [DOTNode(id: "锂矿", attributes: ["label": "锂\n矿"])])
        ],
        nodes: [
            DOTNode(id: "电池", attributes: ["label": .htmlText("电池 & <电芯>"), "tooltip": "say \"hi\""]),
            DOTNode(id: "node"),
        ],
        edges: [
            DOTEdge(from: "锂矿", to: "电池", attributes: ["weight": 2, "constraint": true]),
            DOTEdge(from: "电池", to: "node"),
        ]))

    @Test("output is pinned")
    func pinned() {
        let expected = #"""
            digraph "链" {
              graph [fontname="Noto Sans CJK SC", rankdir="LR"];
              node [fontname="Noto Sans CJK SC", shape="box"];
              edge [penwidth="1.5"];
              subgraph "cluster_上游" {
                graph [label="上游", style="rounded"];
                "锂矿" [label="锂\n矿"];
              }
              "电池" [label=<电池 &amp; &lt;电芯&gt;>, tooltip="say \"hi\""];
              "node";
              "锂矿" -> "电池" [constraint="true", weight="2"];
              "电池" -> "node";
            }

            """#
        #expect(Self.sample.render() == expected)
    }

    @Test("attribute insertion order does not show in the output")
    func deterministicAttributes() {
        var a = DOTAttributes()
        a["z"] = "1"
        a["a"] = "2"
        a["m"] = "3"
        var b = DOTAttributes()
        b["m"] = "3"
        b["z"] = "1"
        b["a"] = "2"
        #expect(a == b)
        #expect(DOTGraph(body: DOTSubgraph(nodes: [DOTNode(id: "x", attributes: a)])).render()
            == DOTGraph(body: DOTSubgraph(nodes: [DOTNode(id: "x", attributes: b)])).render())
        #expect(Self.sample.render() == Self.sample.render())
    }

    @Test("a repeated key in a literal keeps the last value")
    func repeatedKey() {
        let attributes: DOTAttributes = ["color": "red", "color": "blue"]
        #expect(attributes["color"] == "blue")
        #expect(attributes.count == 1)
    }

    @Test("undirected and strict graphs; an empty name is omitted")
    func undirected() {
        let graph = DOTGraph(directed: false, strict: true, body: DOTSubgraph(edges: [DOTEdge(from: "a", to: "b")]))
        #expect(graph.render() == "strict graph {\n  \"a\" -- \"b\";\n}\n")
    }

    @Test("an unnamed DOTGraph renders to the same bytes every time")
    func unnamedGraphIsDeterministic() throws {
        let dot = DOTGraph(body: DOTSubgraph(nodes: [DOTNode(id: "a")])).render()
        let first = try GraphvizRenderer.render(dot: dot, format: .svg)
        // With cgraph's default ID discipline this would move a process-wide
        // counter that names anonymous graphs (%N) in SVG titles.
        _ = try GraphvizRenderer.render(dot: "digraph { x }", format: .svg)
        let second = try GraphvizRenderer.render(dot: dot, format: .svg)
        let same = first == second
        #expect(same)
    }

    @Test(
        "quoted strings escape quotes, backslashes and line breaks",
        arguments: [
            ("plain", #""plain""#),
            (#"say "hi""#, #""say \"hi\"""#),
            (#"C:\path\N"#, #""C:\\path\\N""#),
            ("trailing\\", #""trailing\\""#),
            ("a\nb", #""a\nb""#),
            ("a\r\nb", #""a\nb""#),
            ("a\rb", #""a\nb""#),
            ("nul\0x", #""nulx""#),
            ("<&>", #""<&>""#),
            ("中文", #""中文""#),
            ("", #""""#),
        ])
    func quoting(input: String, expected: String) {
        #expect(DOTValue.quoted(input) == expected)
    }

    @Test("HTML text escaping")
    func htmlEscaping() {
        #expect(DOTValue.htmlEscaped(#"a & b < c > d "e" 中"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; 中")
        #expect(DOTValue.htmlEscaped("&amp;") == "&amp;amp;")
        #expect(DOTValue.html("<B>x</B>").dotText == "<<B>x</B>>")
    }

    @Test("attribute names are bare identifiers or quoted")
    func attributeKeys() {
        #expect(DOTAttributes.key("label") == "label")
        #expect(DOTAttributes.key("_x1") == "_x1")
        #expect(DOTAttributes.key("node") == #""node""#)
        #expect(DOTAttributes.key("1x") == #""1x""#)
        #expect(DOTAttributes.key("a-b") == #""a-b""#)
    }

    @Test("cluster helper prefixes the id")
    func clusterHelper() {
        let cluster = DOTSubgraph.cluster("A", attributes: ["label": "A"])
        #expect(cluster.id == "cluster_A")
        #expect(cluster.graphAttributes["label"] == "A")
    }

    @Test("awkward labels survive the trip through Graphviz")
    func labelRoundTrip() throws {
        let labels = [#"say "hi""#, #"back\slash"#, #"\N stays \l literal"#, "<tag> & more", "中文标签", #"mixed "中" \ <&>"#]
        let graph = DOTGraph(body: DOTSubgraph(
            nodeDefaults: ["fontname": "Noto Sans CJK SC"],
            nodes: labels.enumerated().map { DOTNode(id: "n\($0.offset)", attributes: ["label": .text($0.element)]) }))
        let svg = try GraphvizRenderer.render(dot: graph.render(), format: .svg)
        #expect(try TestSupport.svgTexts(svg) == labels)
    }

    @Test("a line break in a label becomes two lines")
    func multilineLabel() throws {
        let graph = DOTGraph(body: DOTSubgraph(nodes: [DOTNode(id: "n", attributes: ["label": "第一行\n第二行"])]))
        let svg = try GraphvizRenderer.render(dot: graph.render(), format: .svg)
        #expect(try TestSupport.svgTexts(svg) == ["第一行", "第二行"])
    }

    @Test("HTML-like labels survive the trip through Graphviz")
    func htmlRoundTrip() throws {
        let text = #"A & B <c> "d" 中"#
        let graph = DOTGraph(body: DOTSubgraph(nodes: [
            DOTNode(id: "n", attributes: ["label": .html("<B>" + DOTValue.htmlEscaped(text) + "</B>")])
        ]))
        let svg = try GraphvizRenderer.render(dot: graph.render(), format: .svg)
        #expect(try TestSupport.svgTexts(svg) == [text])
    }

    @Test("awkward ids stay distinct nodes, and edges find them")
    func idRoundTrip() throws {
        let ids = [#"a"b"#, #"a\b"#, #"a\\b"#, "node", "edge", "a b", "中", "-1", "a;b", "{x}"]
        var edges: [DOTEdge] = []
        for (from, to) in zip(ids, ids.dropFirst()) { edges.append(DOTEdge(from: from, to: to)) }
        let graph = DOTGraph(body: DOTSubgraph(nodes: ids.map { DOTNode(id: $0) }, edges: edges))
        let svg = try GraphvizRenderer.render(dot: graph.render(), format: .svg)
        // Default labels (\N) show each id as written.
        #expect(try TestSupport.svgTexts(svg) == ids)
        #expect(try TestSupport.svgEdgeCount(svg) == ids.count - 1)
    }
}
