import Foundation

extension AtomicFile {
    /// Replaces `path` with what `body` streams into a ``ByteWriter``, in one step: the bytes go to a temporary file
    /// beside the target, which is renamed over it when `body` returns; a reader never sees half a file.
    ///
    /// - Parameters:
    ///   - path: the file to replace or create.
    ///   - body: writes the file; when it throws, the temporary file is removed and the target untouched.
    /// - Throws: ``Failure/cannotWrite(path:reason:)``.
    /// - Complexity: O(bytes written); memory O(1) beyond the writer's buffer.
    public static func write(to path: String, streaming body: (ByteWriter) throws -> Void) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try streamFile(at: temporary.path, body)
            guard rename(temporary.path, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: "\(error)")
        }
    }

    /// Creates `path` (truncating it) and streams `body` into it.
    static func streamFile(at path: String, _ body: (ByteWriter) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        let writer = ByteWriter(handle: handle)
        try body(writer)
        try writer.flush()
    }
}
