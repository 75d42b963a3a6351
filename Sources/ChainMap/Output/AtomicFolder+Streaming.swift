import Foundation

extension AtomicFolder {
    /// Creates `folder` holding files streamed by `files`, whole or not at all: they are written into a hidden
    /// sibling folder that is renamed into place. The folder must not exist, or be empty.
    ///
    /// - Parameters:
    ///   - folder: the folder to create; its parent is created when missing.
    ///   - files: file names and the closures that stream each file's bytes.
    ///   - purpose: a word for the staging folder's name (`export`).
    /// - Throws: ``Failure/exists(_:)`` for a non-empty target, ``Failure/cannotWrite(path:reason:)`` otherwise;
    ///   the target is then untouched and the staging folder removed.
    /// - Complexity: O(bytes written); memory O(1) beyond the writer's buffer.
    public static func create(
        _ folder: String, streaming files: [(name: String, write: (ByteWriter) throws -> Void)], purpose: String
    ) throws(Failure) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue, (try? manager.contentsOfDirectory(atPath: folder))?.isEmpty ?? false else { throw .exists(folder) }
        }
        let target = URL(fileURLWithPath: folder)
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(purpose)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                try streamFile(at: staging.appendingPathComponent(file.name).path, file.write)
            }
            if manager.fileExists(atPath: folder) { try manager.removeItem(at: target) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            throw .cannotWrite(path: folder, reason: "\(error)")
        }
    }

    /// Creates `path` (truncating it) and streams `body` into it.
    private static func streamFile(at path: String, _ body: (ByteWriter) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        let writer = ByteWriter(handle: handle)
        try body(writer)
        try writer.flush()
    }
}
