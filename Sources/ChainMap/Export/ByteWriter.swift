import Foundation

/// A buffered byte writer for exports: text is appended to a 64 KiB buffer that is handed to a sink whenever it
/// fills, so a million-tie export never holds the whole document in memory.
///
/// A class (not a struct) so that writers can pass it along without `inout` at every level.
public final class ByteWriter {
    /// Where full buffers go: a file, standard output, or an in-memory collector in tests.
    public typealias Sink = ([UInt8]) throws -> Void

    private var buffer: [UInt8] = []
    private let capacity: Int
    private let sink: Sink
    /// How many bytes went through the writer so far.
    public private(set) var count = 0

    /// - Parameters:
    ///   - capacity: the buffer size in bytes before a flush.
    ///   - sink: receives each full buffer, in order.
    public init(capacity: Int = 1 << 16, sink: @escaping Sink) {
        self.capacity = max(capacity, 64)
        self.sink = sink
        buffer.reserveCapacity(self.capacity)
    }

    /// A writer into an open file handle (standard output, or a temporary file being written atomically).
    public convenience init(handle: FileHandle) {
        self.init { bytes in try handle.write(contentsOf: bytes) }
    }

    /// Appends the UTF-8 bytes of `text`.
    /// - Throws: whatever the sink throws when the buffer fills.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: $0) }
    }

    /// Appends raw bytes.
    public func write<Bytes: Collection>(bytes: Bytes) throws where Bytes.Element == UInt8 {
        count += bytes.count
        guard bytes.count < capacity else {
            // A piece as large as the buffer goes straight to the sink: the buffer never grows past its capacity
            // (a whole file written at once would otherwise be held twice).
            try flush()
            try sink(Array(bytes))
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one byte.
    public func write(byte: UInt8) throws {
        buffer.append(byte)
        count += 1
        if buffer.count >= capacity { try flush() }
    }

    /// Hands what is buffered to the sink. Call once at the end.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Collects everything written into one byte array; for tests and small outputs.
    ///
    /// - Parameter body: writes into the writer it is given.
    /// - Returns: the bytes written.
    public static func collect(_ body: (ByteWriter) throws -> Void) rethrows -> [UInt8] {
        final class Box { var bytes: [UInt8] = [] }
        let box = Box()
        let writer = ByteWriter { box.bytes.append(contentsOf: $0) }
        try body(writer)
        // The sink never throws here.
        try? writer.flush()
        return box.bytes
    }
}
