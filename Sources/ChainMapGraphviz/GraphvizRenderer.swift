// The only file in chainmap that imports CGraphviz: the renderer and the C-side state it needs (the lock, the
// context, the message capture). Everything public here is plain Swift: no C pointer, C enum or C string escapes
// this file; the plain types it takes and gives are in GraphvizOptions.swift and GraphvizResult.swift. No Foundation
// either: the render worker (chainmap-render-worker) links this module alone and
// starts in a few milliseconds.

import CGraphviz

/// Renders DOT text with the Graphviz C library (libgvc) in-process.
///
/// libgvc and libcgraph keep global state (error handler, parser, default
/// attributes), so every call takes one process-wide lock: renders from many
/// tasks are safe but run one at a time. Each render frees its graph, layout
/// and output before returning; the Graphviz context (loaded plugins, font
/// cache) is one per process, created on first use and kept, as Graphviz's
/// own language bindings do. A fresh context per render is not safe on
/// Graphviz 2.43: its pango plugin keeps a pointer to the last font name,
/// which the old context's gvFreeContext frees, and reads it on the next
/// render (a use-after-free AddressSanitizer reports in plain C too).
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// Nothing is printed to stderr: Graphviz's messages are captured and
    /// returned in the error. Only the first graph in `dot` is rendered, and
    /// a graph-level `layout` attribute in it overrides `engine` (Graphviz's
    /// rule).
    ///
    /// The same input gives the same bytes however many renders came before
    /// in this process (for `dot`, `neato`, `sfdp`, `circo`, `twopi`; the
    /// bytes also match the `dot` command's). Graphviz alone does not manage
    /// that in a long-lived process, so the shim reads graphs with
    /// counter-based object IDs and resets the C random generators before
    /// each layout (see shim.h), and PDF gets its `/CreationDate` (cairo
    /// stamps the wall clock) pinned to 1970-01-01. `fdp` still varies from
    /// render to render on Graphviz 2.43: it builds helper graphs with
    /// cgraph's default, address-based IDs.
    ///
    /// - Complexity: Graphviz's layout cost (for `dot`, roughly quadratic in
    ///   the graph size in bad cases), plus O(output) to copy the bytes.
    ///   Serialised with every other render in the process.
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    public static func render(
        dot: String, engine: LayoutEngine = .dot, format: OutputFormat
    ) throws(GraphvizError) -> [UInt8] {
        try renderWithWarnings(dot: dot, engine: engine, format: format).bytes
    }

    /// As ``render(dot:engine:format:)``, also returning Graphviz's warnings.
    ///
    /// - Complexity: As ``render(dot:engine:format:)``.
    public static func renderWithWarnings(
        dot: String, engine: LayoutEngine = .dot, format: OutputFormat
    ) throws(GraphvizError) -> GraphvizOutput {
        var output = try render(dot: dot, engineName: engine.rawValue, formatName: format.rawValue)
        if format == .pdf { normalisePDFDates(&output.bytes) }
        return output
    }

    /// The version of the Graphviz library loaded at run time, e.g. "2.43.0".
    public static var graphvizVersion: String { runtimeVersion }

    /// The version of the Graphviz headers chainmap was compiled against.
    public static var graphvizHeaderVersion: String {
        String(cString: chainmap_gv_header_version())
    }

    // Computed once: the version cannot change while the process runs.
    private static let runtimeVersion: String = {
        renderLock.lock()
        defer { renderLock.unlock() }
        guard let gvc = sharedContext.get(), let version = gvcVersion(gvc) else {
            return graphvizHeaderVersion
        }
        return String(cString: version)
    }()

    /// The render itself, by Graphviz's names for engine and format, so tests
    /// can ask for ones the enums cannot express.
    ///
    /// - Complexity: As ``render(dot:engine:format:)``.
    static func render(
        dot: String, engineName: String, formatName: String
    ) throws(GraphvizError) -> GraphvizOutput {
        renderLock.lock()
        defer { renderLock.unlock() }
        let capture = MessageCapture.begin()
        defer { capture.end() }

        guard let gvc = sharedContext.get() else {
            throw .layout(engine: engineName, message: "gvContext() failed (out of memory?)")
        }

        // cgraph's lexer is global and outlives a read: whatever followed the
        // previous input's first graph on its last line is still buffered and
        // would be parsed first (a second graph there would be rendered
        // instead of ours). Parse empty input until it yields nothing, then
        // forget what that reported.
        drainLexer()
        capture.reset()
        // The line counter is global too; without this, error messages
        // count lines across renders.
        agsetfile(nil)
        // Outlives the graph (cgraph keeps pointers to it): freed after agclose.
        guard let disciplines = chainmap_disciplines_new() else {
            throw .syntax(message: "out of memory setting up the DOT reader")
        }
        defer { chainmap_disciplines_free(disciplines) }
        guard let graph = read(dot, disciplines) else {
            let message = capture.transcript()
            throw .syntax(message: message.isEmpty ? "no graph found in the DOT input" : message)
        }
        defer { agclose(graph) }
        // Should cgraph return a graph despite reporting an error, a graph
        // built from broken input is not one to draw.
        if capture.sawError {
            throw .syntax(message: capture.transcript())
        }

        // gvFreeLayout is safe after a failed or partial layout too.
        defer { gvFreeLayout(gvc, graph) }
        chainmap_reset_c_random()
        if gvLayout(gvc, graph, engineName) != 0 || capture.sawError {
            let message = capture.transcript()
            if isMissingPlugin(message) {
                throw .unsupportedEngine(engine: engineName, message: message)
            }
            throw .layout(engine: engineName, message: message.isEmpty ? "gvLayout failed" : message)
        }

        var data: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        let status = chainmap_gv_render_data(gvc, graph, formatName, &data, &length)
        // Graphviz allocates *result itself; it must go back through its own free.
        defer { if let data { gvFreeRenderData(data) } }
        if status != 0 || capture.sawError {
            let message = capture.transcript()
            if isMissingPlugin(message) {
                throw .unsupportedFormat(format: formatName, message: message)
            }
            throw .render(format: formatName, message: message.isEmpty ? "gvRenderData failed" : message)
        }
        var bytes: [UInt8] = []
        if let data, length > 0 {
            bytes = data.withMemoryRebound(to: UInt8.self, capacity: length) {
                Array(UnsafeBufferPointer(start: $0, count: length))
            }
        }
        return GraphvizOutput(bytes: bytes, warnings: capture.warnings())
    }

    /// Parses the first graph in `dot` with the shim's deterministic ID
    /// discipline (see shim.h: with cgraph's default one, cluster order, and
    /// so dot's layout, depends on malloc addresses in a long-lived process).
    ///
    /// - Complexity: O(n) in the length of `dot`.
    private static func read(
        _ dot: String, _ disciplines: UnsafeMutablePointer<chainmap_disciplines_t>
    ) -> UnsafeMutablePointer<Agraph_t>? {
        var text = dot
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                chainmap_ag_read(disciplines, chars.baseAddress, chars.count)
            }
        }
    }

    /// Consumes anything a previous read left in cgraph's lexer buffer.
    /// Needs `renderLock` held.
    ///
    /// - Complexity: O(leftover); one empty parse when there is none.
    private static func drainLexer() {
        guard let disciplines = chainmap_disciplines_new() else { return }
        defer { chainmap_disciplines_free(disciplines) }
        // Each round consumes at most one leftover graph; the bound only
        // guards against a lexer that never reaches its end.
        for _ in 0..<64 {
            guard let leftover = read("", disciplines) else { return }
            agclose(leftover)
        }
    }

    /// Graphviz's wording when no plugin serves an engine or format
    /// ("Layout type: \"x\" not recognized", "renderer for x is unavailable",
    /// "Format: \"x\" not recognized"); the return codes do not tell this
    /// apart from other failures.
    private static func isMissingPlugin(_ message: String) -> Bool {
        message.contains("not recognized") || message.contains("is unavailable")
    }

    /// Overwrites the digits of every `/CreationDate (D:…)` and `/ModDate (D:…)`
    /// with 1970-01-01 00:00:00, in place and at the same length, so the PDF's
    /// cross-reference offsets stay valid. cairo 1.16 ignores SOURCE_DATE_EPOCH.
    ///
    /// - Complexity: O(n) in the size of the PDF.
    static func normalisePDFDates(_ pdf: inout [UInt8]) {
        let epoch = Array("19700101000000".utf8)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var start = 0
            while let found = firstIndex(of: pattern, in: pdf, from: start) {
                var index = found + pattern.count
                var digit = 0
                // Date digits, then timezone digits (e.g. +01'00), up to ")".
                while index < pdf.count, pdf[index] != UInt8(ascii: ")") {
                    if pdf[index] >= UInt8(ascii: "0"), pdf[index] <= UInt8(ascii: "9") {
                        pdf[index] = digit < epoch.count ? epoch[digit] : UInt8(ascii: "0")
                        digit += 1
                    }
                    index += 1
                }
                start = index
            }
        }
    }

    /// - Complexity: O(n·m) worst case; m is a short key.
    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else {
            return nil
        }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}

// MARK: - Locking, context and message capture

/// Serialises all use of libgvc/libcgraph in this process.
private let renderLock = GraphvizLock()

/// The process's one Graphviz context. Only touched with `renderLock` held,
/// which is what makes the unchecked Sendable true.
private final class SharedContext: @unchecked Sendable {
    private var gvc: OpaquePointer?

    /// The context, created on first call. Needs `renderLock` held.
    func get() -> OpaquePointer? {
        if gvc == nil { gvc = gvContext() }
        return gvc
    }
}

private let sharedContext = SharedContext()

/// Where the C error handler puts Graphviz's messages, as records. Only
/// written while `renderLock` is held, but has its own lock so Swift can see
/// it is safe.
private final class MessageSink: @unchecked Sendable {
    struct Record {
        var isError: Bool
        var text: String
    }

    private let lock = GraphvizLock()
    private var records: [Record] = []
    private var expectingSeparator = false

    /// cgraph calls its handler with "Error" or "Warning", then ": ", then the
    /// message; a continuation (AGPREV) comes as the message alone.
    func receive(_ piece: String) {
        lock.lock()
        defer { lock.unlock() }
        if piece == "Error" || piece == "Warning" {
            records.append(Record(isError: piece == "Error", text: ""))
            expectingSeparator = true
        } else if expectingSeparator && piece == ": " {
            expectingSeparator = false
        } else {
            expectingSeparator = false
            if records.isEmpty { records.append(Record(isError: false, text: "")) }
            records[records.count - 1].text += piece
        }
    }

    func snapshot() -> [Record] {
        lock.lock()
        defer { lock.unlock() }
        return records
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        records = []
        expectingSeparator = false
    }
}

private let messageSink = MessageSink()

/// A C function pointer cannot carry context, hence the global sink.
private let captureHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { piece in
    if let piece { messageSink.receive(String(cString: piece)) }
    return 0
}

/// Routes cgraph's messages of every level to `messageSink` for one render,
/// then restores the previous handler and level. Needs `renderLock` held.
private struct MessageCapture {
    let previousHandler: agusererrf?
    let previousLevel: Int32

    static func begin() -> MessageCapture {
        messageSink.clear()
        _ = chainmap_ag_reset_errors()
        let handler = agseterrf(captureHandler)
        // AGWARN: warnings reach the handler too, instead of a temp file or stderr.
        let level = chainmap_ag_seterr_level_warnings()
        return MessageCapture(previousHandler: handler, previousLevel: level)
    }

    func end() {
        _ = agseterrf(previousHandler)
        chainmap_ag_restore_err_level(previousLevel)
        _ = chainmap_ag_reset_errors()
        messageSink.clear()
    }

    /// Forgets what was reported so far.
    func reset() {
        messageSink.clear()
        _ = chainmap_ag_reset_errors()
    }

    /// Whether an error (not just a warning) was reported since `begin`.
    var sawError: Bool { chainmap_ag_errors() > 0 }

    /// Everything reported so far, as Graphviz would have printed it.
    func transcript() -> String {
        messageSink.snapshot()
            .map { ($0.isError ? "Error: " : "Warning: ") + trimmedWhitespace($0.text) }
            .joined(separator: "\n")
    }

    /// The warning messages so far, without their "Warning: " prefix.
    func warnings() -> [String] {
        messageSink.snapshot()
            .filter { !$0.isError }
            .map { trimmedWhitespace($0.text) }
    }
}
