import Foundation

extension Terminal {
    /// Standard output gathered into large blocks while an answer is produced piece by piece, so that the answer is
    /// never held whole: text is escaped as ``Terminal/output(_:)`` escapes it (control characters made visible when
    /// standard output is a terminal), or written as it is, as CSV is.
    final class Stream {
        private var buffer: [UInt8] = []
        private let escaping: Bool
        private let flushAt = 1 << 20

        /// - Parameter escapingControls: escape as ``Terminal/output(_:)`` does (true), or write bytes as they are,
        ///   as ``Terminal/print(_:headers:as:)`` writes CSV (false).
        init(escapingControls: Bool) {
            escaping = escapingControls && Terminal.outputIsTerminal
            buffer.reserveCapacity(flushAt + 4096)
        }

        /// Appends `text`.
        func write(_ text: String) {
            var text = escaping ? TerminalText.escapingControls(text) : text
            text.withUTF8 { buffer.append(contentsOf: $0) }
            if buffer.count >= flushAt { flush() }
        }

        /// Appends bytes holding whole UTF-8 characters (escaping looks at characters, so none may be cut).
        func write(bytes: [UInt8]) {
            guard !escaping else { return write(String(decoding: bytes, as: UTF8.self)) }
            buffer.append(contentsOf: bytes)
            if buffer.count >= flushAt { flush() }
        }

        /// Writes what is buffered to standard output; call once at the end.
        func flush() {
            guard !buffer.isEmpty else { return }
            buffer.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
