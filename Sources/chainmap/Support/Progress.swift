import ChainMap
import Foundation

/// Progress for long work, on standard error only when it is a terminal: one line rewritten in place
/// (`\r` and erase-line), nothing at all when stderr is a pipe, a file or a CI log, or with `--quiet`.
final class Progress {
    private let enabled: Bool
    private var shown = false
    private let start = Date()

    /// - Parameter quiet: `--quiet`: never show anything.
    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Reads the map at `folder` (as ``MapOptions/load(folder:)``), saying so first.
    func load(_ folder: String) throws -> LoadedMap {
        step("loading \(folder)")
        return try MapOptions.load(folder: folder)
    }

    /// Reads the map at `folder` as ``load(_:)`` does, then shows `next`, the step the command takes with it.
    func load(_ folder: String, then next: String) throws -> LoadedMap {
        let loaded = try load(folder)
        step(next)
        return loaded
    }

    /// Shows `message` with the seconds elapsed, replacing the previous one.
    func step(_ message: String) {
        guard enabled else { return }
        let seconds = Int(Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(message) … \(seconds) s".utf8))
        shown = true
    }

    /// Clears the line; call before printing results.
    func done() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }
}
