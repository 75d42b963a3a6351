import ArgumentParser
import ChainMapRender

/// The hidden `_render-worker` subcommand: when the helper executable `chainmap-render-worker` is not beside
/// chainmap (a binary copied alone), `render` re-runs the chainmap binary with it so that Graphviz still lays out
/// and draws in a separate process (see ``IsolatedRenderer``). Reads a request and DOT on standard input, writes
/// the answer on standard output. Not for people: hidden from --help.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_render-worker",
        abstract: "Internal: render one DOT graph for `chainmap render` (reads standard input).",
        shouldDisplay: false
    )

    func run() throws {
        let status = IsolatedRenderer.serveWorker()
        if status != 0 { throw ExitCode(status) }
    }
}
