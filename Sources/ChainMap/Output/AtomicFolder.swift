import Foundation

/// Creates a folder of files whole or not at all: the files are written into a hidden sibling folder, which is then
/// renamed into place, so a reader (or an interrupted run) never leaves half a map behind.
///
/// Used by `chainmap init` and `chainmap generate`; neither ever overwrites a non-empty folder.
public enum AtomicFolder {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The target exists and is not an empty folder.
        case exists(String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path):
                "\(path): error: already exists and is not empty; hint: choose a new folder — chainmap never overwrites a map"
            case .cannotWrite(let path, let reason):
                "\(path): error: cannot write: \(reason)"
            }
        }
    }

    /// Creates `folder` holding `files`. The folder must not exist, or be empty.
    ///
    /// - Parameters:
    ///   - folder: the folder to create; its parent is created when missing.
    ///   - files: file names (inside the folder) and their bytes.
    ///   - purpose: a word for the staging folder's name (`init`, `generate`), to tell leftovers apart.
    /// - Throws: ``Failure/exists(_:)`` for a non-empty target, ``Failure/cannotWrite(path:reason:)`` otherwise;
    ///   the target is then untouched and the staging folder removed.
    /// - Complexity: O(total bytes).
    public static func create(_ folder: String, files: [(name: String, bytes: [UInt8])], purpose: String) throws(Failure) {
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder), !contents.isEmpty { throw .exists(folder) }
        // A plain file (not a folder) by that name is "not empty" too.
        if manager.fileExists(atPath: folder), (try? manager.contentsOfDirectory(atPath: folder)) == nil { throw .exists(folder) }
        let target = URL(fileURLWithPath: folder)
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(purpose)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let path = staging.appendingPathComponent(file.name).path
                guard manager.createFile(atPath: path, contents: Data(file.bytes)) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
                }
            }
            if manager.fileExists(atPath: folder) { try manager.removeItem(at: target) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            throw .cannotWrite(path: folder, reason: error.localizedDescription)
        }
    }
}
