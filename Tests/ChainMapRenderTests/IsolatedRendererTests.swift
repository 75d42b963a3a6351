import ChainMapRender
import Foundation
import Testing

/// Graphviz in a worker process: the same bytes as in-process, and a crash or hang becomes a typed error.
/// The worker is the built `chainmap` binary's hidden `_render-worker` subcommand.
@Suite("isolated renderer")
struct IsolatedRendererTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The folder of the built products (the test bundle sits in it).
    static var products: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if FileManager.default.isExecutableFile(atPath: beside.appendingPathComponent("chainmap").path) { return beside }
        return root.appendingPathComponent(".build/debug")
    }

    /// The package's helper executable, as `chainmap render` finds it: beside `chainmap`.
    static var helper: String? { IsolatedRenderer.helper(beside: products.appendingPathComponent("chainmap").path) }

    static func renderer(timeout: Double = 30) -> IsolatedRenderer {
        IsolatedRenderer(executable: helper ?? "/nonexistent/chainmap-render-worker", arguments: [], timeout: timeout)
    }

    static func crashDOT(_ folder: String, _ file: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Tests/Crashes/\(folder)/\(file)"), encoding: .utf8)
    }

    @Test("a render in the worker gives the same bytes and warnings as in-process")
    func sameBytes() throws {
        let dot = #"digraph G { a -> b; b [label="茶\N"]; }"#
        let isolated = try Self.renderer().render(dot: dot, engine: .dot, format: .svg)
        let inProcess = try GraphvizRenderer.renderWithWarnings(dot: dot, engine: .dot, format: .svg)
        #expect(isolated == inProcess)
    }

    @Test("the helper executable is built beside chainmap, and chainmap's own _render-worker gives the same answer")
    func helperAndFallback() throws {
        #expect(Self.helper?.hasSuffix("/chainmap-render-worker") == true)
        let dot = #"digraph G { a -> b; b [label="茶\N", shape="no\"such"]; }"#
        let fallback = IsolatedRenderer(
            executable: Self.products.appendingPathComponent("chainmap").path, arguments: ["_render-worker"], timeout: 30)
        let viaHelper = try Self.renderer().render(dot: dot, engine: .dot, format: .svg)
        // The warning crosses the pipe as JSON: the quote in it must survive.
        #expect(viaHelper.warnings == [#"using box for unknown shape no"such"#])
        #expect(try fallback.render(dot: dot, engine: .dot, format: .svg) == viaHelper)
        #expect(viaHelper == (try GraphvizRenderer.renderWithWarnings(dot: dot, engine: .dot, format: .svg)))
    }

    @Test("Graphviz's own errors come back typed, as in-process")
    func graphvizError() throws {
        #expect {
            try Self.renderer().render(dot: "digraph { -> }", engine: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? IsolatedRenderError, case .graphviz(.syntax(let message)) = error else { return false }
            return message.contains("syntax error")
        }
    }

    @Test("libgvc's merge_chain assertion (exit 134 in-process) is a crash report, not the caller's death")
    func abortIsCaught() throws {
        let dot = try Self.crashDOT("libgvc-abort-merge_chain", "chain-ch0.dot")
        do {
            _ = try Self.renderer().render(dot: dot, engine: .dot, format: .svg)
            Issue.record("the merge_chain input rendered; Graphviz was fixed?")
        } catch .crashed(let engine, let signal, _, let message) {
            #expect(engine == "dot")
            #expect(signal == SIGABRT)
            #expect(message.contains("merge_chain"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("dot's endless loop is stopped at the time limit")
    func hangIsStopped() throws {
        let dot = try Self.crashDOT("hang-dot-chain-view", "chain-ch1.dot")
        #expect(throws: IsolatedRenderError.timedOut(engine: "dot", seconds: 2)) {
            try Self.renderer(timeout: 2).render(dot: dot, engine: .dot, format: .svg)
        }
    }

    @Test("a missing worker executable is reported")
    func missingWorker() {
        let renderer = IsolatedRenderer(executable: "/nonexistent/chainmap", arguments: ["_render-worker"])
        #expect {
            try renderer.render(dot: "digraph { a }", engine: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? IsolatedRenderError, case .workerFailed(let message) = error else { return false }
            return message.contains("/nonexistent/chainmap")
        }
    }
}
