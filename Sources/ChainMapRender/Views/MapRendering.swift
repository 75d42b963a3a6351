/// Turning a view's ``DOTGraph`` into the bytes of a file.
public enum MapRendering {
    /// What a picture can be written as.
    public enum Format: String, CaseIterable, Sendable {
        /// Graphviz's drawings.
        case svg, png, pdf
        /// The DOT source, not laid out: feed it to `dot`/`sfdp` yourself.
        case dot

        /// The format a file name's extension names (`.gv` is DOT too), if any.
        public init?(fileName: String) {
            guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
            let ext = fileName[fileName.index(after: dot)...].lowercased()
            if ext == "gv" { self = .dot; return }
            self.init(rawValue: ext)
        }
    }

    /// The SVG `font-family` chainmap's output names: the font Graphviz measured with, then what Windows and
    /// macOS have, so a viewer elsewhere shows Chinese in a similar sans-serif instead of boxes.
    public static let svgFontFamily = "Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang SC,sans-serif"

    /// Draws `graph` as `format` with the engine its `layout` attribute names (see ``MapViews/engine(of:)``).
    /// SVG gets font fallbacks (``withFontFallbacks(svg:)``); DOT is ``DOTGraph/render()``'s text.
    ///
    /// - Returns: the file's bytes and Graphviz's warnings.
    /// - Throws: `GraphvizError` with Graphviz's message.
    /// - Complexity: the layout engine's cost, plus O(size of the output).
    public static func render(_ graph: DOTGraph, as format: Format) throws(GraphvizError) -> GraphvizOutput {
        try render(graph, as: format) { (dot, engine, format) throws(GraphvizError) in
            try GraphvizRenderer.renderWithWarnings(dot: dot, engine: engine, format: format)
        }
    }

    /// As ``render(_:as:)``, with Graphviz in a worker process (``IsolatedRenderer``): a crash, hang or memory
    /// blow-up in Graphviz becomes an ``IsolatedRenderError`` instead of ending the caller.
    ///
    /// - Returns: the file's bytes and Graphviz's warnings.
    /// - Throws: ``IsolatedRenderError``.
    /// - Complexity: the layout engine's cost, a process start, plus O(size of the output).
    public static func render(
        _ graph: DOTGraph, as format: Format, with renderer: IsolatedRenderer
    ) throws(IsolatedRenderError) -> GraphvizOutput {
        try render(graph, as: format) { (dot, engine, format) throws(IsolatedRenderError) in
            try renderer.render(dot: dot, engine: engine, format: format)
        }
    }

    /// One path for both renderers: DOT as text, SVG with font fallbacks, PNG and PDF as drawn.
    private static func render<Failure: Error>(
        _ graph: DOTGraph, as format: Format,
        drawing draw: (String, LayoutEngine, OutputFormat) throws(Failure) -> GraphvizOutput
    ) throws(Failure) -> GraphvizOutput {
        let source = graph.render()
        let engine = MapViews.engine(of: graph)
        switch format {
        case .dot:
            return GraphvizOutput(bytes: Array(source.utf8), warnings: [])
        case .svg:
            let output = try draw(source, engine, .svg)
            return GraphvizOutput(bytes: withFontFallbacks(svg: output.bytes), warnings: output.warnings)
        case .png:
            return try draw(source, engine, .png)
        case .pdf:
            return try draw(source, engine, .pdf)
        }
    }

    /// Replaces every `font-family="Noto Sans CJK SC…"` value (Graphviz 2.43 writes the bare name; some
    /// versions append their own fallbacks) with ``svgFontFamily``.
    ///
    /// - Complexity: O(n) in the size of the SVG.
    public static func withFontFallbacks(svg: [UInt8]) -> [UInt8] {
        let key = Array("font-family=\"".utf8)
        let font = Array(viewFontName.utf8)
        let replacement = Array(svgFontFamily.utf8)
        let quote = UInt8(ascii: "\"")
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + svg.count / 8)
        var index = 0
        while index < svg.count {
            if svg[index] == key[0], matches(key, in: svg, at: index), matches(font, in: svg, at: index + key.count) {
                let valueStart = index + key.count
                var valueEnd = valueStart + font.count
                // The value must be the font, or the font followed by a comma-separated list.
                if valueEnd < svg.count, svg[valueEnd] == quote || svg[valueEnd] == UInt8(ascii: ",") {
                    while valueEnd < svg.count, svg[valueEnd] != quote { valueEnd += 1 }
                    out += key
                    out += replacement
                    index = valueEnd  // the closing quote is copied next
                    continue
                }
            }
            out.append(svg[index])
            index += 1
        }
        return out
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        guard start + pattern.count <= bytes.count else { return false }
        return bytes[start..<(start + pattern.count)].elementsEqual(pattern)
    }
}
