// Graphviz in a child process. libgvc aborts (assertions) and loops forever on some valid inputs; in-process
// that takes the whole program down. Here a worker process (the caller's own executable re-run with a hidden
// subcommand) renders, and the parent survives whatever happens to it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ChainMapGraphviz
import Foundation

/// Why an isolated render failed.
public enum IsolatedRenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz ran and reported an error (bad DOT, failed layout, missing plugin) — as in-process.
    case graphviz(GraphvizError)
    /// The worker died from a signal (an assertion's abort, a segmentation fault, the memory limit) or exited
    /// without an answer. `message` is the worker's standard error (e.g. Graphviz's assertion text), trimmed.
    case crashed(engine: String, signal: Int32?, exitStatus: Int32?, message: String)
    /// The worker did not finish within the time limit and was killed.
    case timedOut(engine: String, seconds: Double)
    /// The worker's output passed ``IsolatedRenderer/maximumOutputBytes``; it was killed.
    case outputTooLarge(engine: String, limit: Int)
    /// The worker could not be started, or answered something that is not the protocol.
    case workerFailed(message: String)

    /// The engine the failure happened in, when known.
    public var engine: String? {
        switch self {
        case .graphviz(let error):
            if case .layout(let engine, _) = error { return engine }
            if case .unsupportedEngine(let engine, _) = error { return engine }
            return nil
        case .crashed(let engine, _, _, _), .timedOut(let engine, _), .outputTooLarge(let engine, _): return engine
        case .workerFailed: return nil
        }
    }

    /// The failure as one line for a message: what happened to the worker.
    public var description: String {
        switch self {
        case .graphviz(let error):
            return error.description
        case .crashed(let engine, let signal, let status, let message):
            let how: String
            if let signal { how = "was killed by signal \(signal)\(IsolatedRenderer.signalName(signal).map { " (\($0))" } ?? "")" }
            else { how = "exited with status \(status ?? -1) without an answer" }
            let detail = message.isEmpty ? "" : ": \(message)"
            return "Graphviz (\(engine)) crashed: the render process \(how)\(detail)"
        case .timedOut(let engine, let seconds):
            return "Graphviz (\(engine)) did not finish within \(IsolatedRenderer.format(seconds)) s and was stopped"
        case .outputTooLarge(let engine, let limit):
            return "Graphviz (\(engine)) produced more than \(limit / (1 << 20)) MiB of output and was stopped"
        case .workerFailed(let message):
            return "the render process failed: \(message)"
        }
    }
}

/// Renders DOT in a separate process so that a Graphviz crash, hang or memory blow-up cannot take the caller
/// down: the process is given a time limit (then its whole process group is killed) and a memory limit (it sets
/// `RLIMIT_AS` on itself before rendering).
///
/// The worker is `executable` run with `arguments`: the package's helper executable `chainmap-render-worker`
/// (links only Graphviz and the Swift runtime, so it starts about as fast as `dot`; ``helper(beside:)`` finds
/// it), or any program that calls ``IsolatedRenderer/serveWorker()`` and exits with its result (chainmap's
/// hidden `_render-worker` subcommand). The protocol (`RenderWorker`): a request line and the DOT text on the
/// worker's standard input; one JSON line (warnings or a `GraphvizError`) and the rendered bytes on its
/// standard output. Its standard error is kept for crash reports.
///
/// In-process rendering (`GraphvizRenderer`) stays available and is what this runs inside the worker.
public struct IsolatedRenderer: Sendable {
    /// The worker's executable.
    public var executable: String
    /// Arguments that make `executable` serve one render (``serveWorker()``).
    public var arguments: [String]
    /// Seconds the render may take, start-up included.
    public var timeout: Double
    /// The worker's address-space limit in bytes (`RLIMIT_AS`); `nil` for none.
    public var memoryLimit: UInt64?
    /// The most output accepted from the worker before it is stopped.
    public var maximumOutputBytes: Int

    /// The default time limit: 60 s.
    public static let defaultTimeout: Double = 60
    /// The default memory limit: 4 GiB of address space (a Swift process reserves a few hundred MiB of it
    /// before rendering anything; the Xupu full view needs well under 1 GiB).
    public static let defaultMemoryLimit: UInt64 = 4 << 30

    /// - Parameters:
    ///   - executable: path of the worker executable.
    ///   - arguments: arguments that make it serve one render.
    ///   - timeout: seconds before the worker is killed (default 60).
    ///   - memoryLimit: the worker's address-space limit in bytes, `nil` for none (default 4 GiB).
    ///   - maximumOutputBytes: output cap (default 1 GiB).
    public init(
        executable: String, arguments: [String], timeout: Double = defaultTimeout,
        memoryLimit: UInt64? = defaultMemoryLimit, maximumOutputBytes: Int = 1 << 30
    ) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.maximumOutputBytes = maximumOutputBytes
    }

    /// The running program's own executable (`/proc/self/exe` on Linux), for re-running it as the worker.
    public static var currentExecutable: String? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath
    }

    /// The package's helper executable (`RenderWorker/executableName`) in the same folder as `executable`, when
    /// it is there and executable: `swift build` and an installation put it beside `chainmap`.
    ///
    /// - Returns: its path, or nil.
    public static func helper(beside executable: String) -> String? {
        guard let slash = executable.lastIndex(of: "/") else { return nil }
        let path = String(executable[...slash]) + RenderWorker.executableName
        return access(path, X_OK) == 0 ? path : nil
    }

    /// Lays out `dot` with `engine` and renders it as `format` in a worker process.
    ///
    /// - Returns: the bytes and Graphviz's warnings, as `GraphvizRenderer/renderWithWarnings(dot:engine:format:)`.
    /// - Throws: ``IsolatedRenderError``; nothing is left running after a throw.
    /// - Complexity: Graphviz's cost plus starting a process (a few milliseconds with the helper) and O(input + output) copying.
    public func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws(IsolatedRenderError) -> GraphvizOutput {
        var input = Array(RenderWorker.requestLine(engine: engine, format: format, memoryLimit: memoryLimit).utf8)
        input += dot.utf8
        let run = try ChildRun.start(executable: executable, arguments: arguments)
        let result = run.communicate(input: input, timeout: timeout, maximumOutput: maximumOutputBytes)
        let stderrText = Self.trimmed(result.stderr)
        switch result.ending {
        case .timedOut:
            throw .timedOut(engine: engine.rawValue, seconds: timeout)
        case .outputTooLarge:
            throw .outputTooLarge(engine: engine.rawValue, limit: maximumOutputBytes)
        case .signal(let signal):
            throw .crashed(engine: engine.rawValue, signal: signal, exitStatus: nil, message: stderrText)
        case .exited(let status):
            guard status == 0, let newline = result.stdout.firstIndex(of: UInt8(ascii: "\n")),
                let reply = try? JSONDecoder().decode(WorkerReply.self, from: Data(result.stdout[..<newline]))
            else {
                throw .crashed(engine: engine.rawValue, signal: nil, exitStatus: status, message: stderrText)
            }
            if let error = reply.error { throw .graphviz(error.graphvizError) }
            return GraphvizOutput(bytes: Array(result.stdout[(newline + 1)...]), warnings: reply.warnings)
        }
    }

    /// The worker's side: reads one request from standard input, limits its own memory, renders in-process and
    /// writes the answer to standard output (`RenderWorker/serve()`, which the package's helper executable
    /// `chainmap-render-worker` runs alone).
    ///
    /// - Returns: the exit status for the worker process (0 when an answer, success or Graphviz error, was written).
    public static func serveWorker() -> Int32 { RenderWorker.serve() }

    static func trimmed(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.suffix(4096), as: UTF8.self)
        // The worker's own stderr may hold Swift's crash banner; Graphviz's assertion line comes first.
        return text.split(separator: "\n").prefix(3).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e9 ? String(Int(seconds)) : String(seconds)
    }

    static func signalName(_ signal: Int32) -> String? {
        switch signal {
        case SIGABRT: "SIGABRT, an assertion or abort()"
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGKILL: "SIGKILL"
        case SIGILL: "SIGILL"
        case SIGFPE: "SIGFPE"
        case SIGTRAP: "SIGTRAP"
        default: nil
        }
    }
}

/// The worker's answer line (`RenderWorker` writes it).
struct WorkerReply: Decodable {
    struct Failure: Decodable {
        var kind: String
        var name: String
        var message: String

        var graphvizError: GraphvizError {
            switch kind {
            case "syntax": .syntax(message: message)
            case "render": .render(format: name, message: message)
            case "engine": .unsupportedEngine(engine: name, message: message)
            case "format": .unsupportedFormat(format: name, message: message)
            default: .layout(engine: name, message: message)
            }
        }
    }

    var error: Failure?
    var warnings: [String]
}
