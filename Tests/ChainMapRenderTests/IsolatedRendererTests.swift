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

    static var worker: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("chainmap")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
        return root.appendingPathComponent(".build/debug/chainmap").path
    }

    static func renderer(timeout: Double = 30) -> IsolatedRenderer {
        IsolatedRenderer(executable: worker, arguments: ["_render-worker"], timeout: timeout)
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
