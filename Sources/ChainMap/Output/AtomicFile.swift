import Foundation

/// Writes files so that a reader never sees half of one: write a temporary file beside it, then rename.
public enum AtomicFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): error: cannot write: \(reason)"
            }
        }
    }

    /// Replaces `path` with `bytes` in one step; on failure the old file, if any, is untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            // rename(2) replaces the target in one step; Foundation's replaceItemAt deletes it first on Linux.
            guard rename(temporary.path, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
