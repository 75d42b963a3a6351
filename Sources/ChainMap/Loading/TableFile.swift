import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files from disk: whole (map.yaml, GB18030 tables) or streamed in pieces (UTF-8 tables).
extension MapLoader {
    /// The whole file's bytes, opened through ``MapFileAccess`` (a regular file inside `folder`, bounded in size).
    /// - Throws: ``MapLoadError``.
    static func readBytes(_ path: String, folder: String) throws(MapLoadError) -> [UInt8] {
        let descriptor = try MapFileAccess.open(path, folder: folder)
        defer { closeDescriptor(descriptor) }
        return try MapFileAccess.readAll(descriptor, path: path)
    }
}

/// close(2), named apart from `TableFile.close()`.
func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #elseif canImport(Darwin)
    _ = Darwin.close(descriptor)
    #endif
}

/// A table file read in pieces with POSIX calls: the streaming half of ``MapLoader``.
struct TableFile {
    private let descriptor: Int32
    /// The size of one piece. A megabyte keeps reads few and memory flat.
    static let pieceSize = 1 << 20

    /// Wraps a descriptor ``MapFileAccess/open(_:folder:)`` opened (a regular file inside the map folder); the
    /// caller closes it. Nil for an invalid descriptor, which keeps the fallback to whole-file reading in one place.
    init?(descriptor: Int32) {
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    /// A first pass: whether the bytes after an optional UTF-8 byte-order mark are UTF-8, and how many line feeds
    /// they hold. Nil when the file cannot be read.
    func scanUTF8() -> (isValid: Bool, lineFeeds: Int, bomLength: Int)? {
        var validator = UTF8Validator()
        var bomLength = 0
        var first = true
        let failure = stream(from: 0) { bytes, _ in
            var body = UnsafeRawBufferPointer(bytes)
            if first {
                first = false
                if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF {
                    bomLength = 3
                    body = UnsafeRawBufferPointer(rebasing: body[3...])
                }
            }
            validator.feed(body)
            return bytes.count
        }
        guard failure == nil else { return nil }
        return (validator.isComplete, validator.lineFeeds, bomLength)
    }

    /// Reads the file from `offset` in pieces; `body` gets each piece (with what it left unconsumed of the previous
    /// one in front) and whether it is the last, and returns how many bytes it consumed.
    /// - Returns: nil, or why reading failed.
    func stream(from offset: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Int) -> String? {
        guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { return String(cString: strerror(errno)) }
        var buffer = [UInt8](repeating: 0, count: Self.pieceSize)
        var kept = 0
        while true {
            if buffer.count - kept < Self.pieceSize / 2 { buffer += [UInt8](repeating: 0, count: Self.pieceSize) }
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + kept, raw.count - kept)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            let filled = kept + count
            let final = count == 0
            let consumed = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0 ..< filled]), final) }
            kept = filled - consumed
            if kept > 0 {
                // Move what the body left (at most a byte or two) to the front; the regions may overlap.
                buffer.withUnsafeMutableBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    _ = memmove(base, base + consumed, kept)
                }
            }
            if final { return nil }
        }
    }
}
