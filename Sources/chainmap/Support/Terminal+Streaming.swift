import Foundation

extension Terminal {
    /// Standard output gathered into large blocks while an answer is produced piece by piece, so that the answer is
    /// never held whole: text is escaped as ``Terminal/output(_:)`` escapes it (control characters made visible when
    /// standard output is a terminal), or written as it is, as CSV is.
    final class Stream {
        private var buffer: [UInt8] = []
        private let escaping: Bool
        /// Small enough to leave no mark on the peak memory, large enough that the writes are few.
        private let flushAt = 1 << 16

        /// - Parameter escapingControls: escape as ``Terminal/output(_:)`` does (true), or write bytes as they are,
        ///   as ``Terminal/print(_:headers:as:)`` writes CSV (false).
        init(escapingControls: Bool) {
            escaping = escapingControls && Terminal.outputIsTerminal
            buffer.reserveCapacity(flushAt)
        }

        /// Appends `text`.
        func write(_ text: String) {
            var text = escaping ? TerminalText.escapingControls(text) : text
            text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
        }

        /// Appends bytes holding whole UTF-8 characters (escaping looks at characters, so none may be cut).
        func write(bytes: [UInt8]) {
            guard !escaping else { return write(String(decoding: bytes, as: UTF8.self)) }
            bytes.withUnsafeBytes { append($0) }
        }

        /// Writes what is buffered to standard output; call once at the end.
        func flush() {
            guard !buffer.isEmpty else { return }
            buffer.withUnsafeBytes { Self.emit($0) }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Buffers `bytes`, or writes them at once (after what is buffered) when they would not fit: the buffer never
        /// grows beyond its capacity.
        private func append(_ bytes: UnsafeRawBufferPointer) {
            if buffer.count + bytes.count > flushAt { flush() }
            if bytes.count >= flushAt { Self.emit(bytes) } else { buffer.append(contentsOf: bytes) }
        }

        private static func emit(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            // Written before the call returns, so the bytes need no copy.
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
                                                 deallocator: .none))
        }
    }
}
