#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Creates a folder of files whole or not at all: the files are written into a private staging folder beside the
/// target (`.NAME.chainmap-PURPOSE.PID.RANDOM`, mode 0700, created with mkdir(2), which never follows a planted
/// symlink), flushed to disk, and published with one rename(2). rename(2) replaces only a missing target or an empty
/// folder, atomically: a non-empty folder, a file or a symlink at the target makes it fail, so nothing that appears
/// there meanwhile is ever deleted or overwritten (no check-then-delete). Staging folders of killed runs are
/// removed by the next run of the same command (same purpose) when their process is gone.
///
/// Used by `chainmap init` and `chainmap generate`; neither ever overwrites a non-empty folder.
public enum AtomicFolder {
    /// Why a folder could not be published (exit 73); the target is as it was.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The target exists and is not an empty folder.
        case exists(String)
        /// The staging folder or one of its files could not be written, or the rename failed.
        case cannotWrite(path: String, reason: String)

        /// The message as the command line prints it, with a hint where one helps.
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
    ///   - files: file names (inside the folder, no `/`) and their bytes.
    ///   - purpose: a word for the staging folder's name (`init`, `generate`), to tell leftovers apart.
    /// - Throws: ``Failure/exists(_:)`` for a target that is not an empty folder (checked first, for an early
    ///   message, and enforced by the rename), ``Failure/cannotWrite(path:reason:)`` otherwise; the target is then
    ///   untouched and the staging folder removed.
    /// - Complexity: O(total bytes).
    public static func create(_ folder: String, files: [(name: String, bytes: [UInt8])], purpose: String) throws(Failure) {
        let manager = FileManager.default
        var info = stat()
        if lstat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR, (try? manager.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
                throw .exists(folder)
            }
        }
        let target = URL(fileURLWithPath: folder)
        let parent = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent).chainmap-\(purpose)."
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder, reason: error.localizedDescription)
        }
        Leftovers.clean(in: parent, prefix: prefix, suffix: "", folders: true)

        var staging = ""
        var made = false
        for _ in 0..<16 {
            staging = (parent as NSString).appendingPathComponent(prefix + "\(getpid()).\(Leftovers.randomToken())")
            if mkdir(staging, 0o700) == 0 { made = true; break }
            if errno != EEXIST { break }
        }
        guard made else { throw .cannotWrite(path: folder, reason: String(cString: strerror(errno))) }
        func fail(_ reason: String) -> Failure {
            try? manager.removeItem(atPath: staging)
            return .cannotWrite(path: folder, reason: reason)
        }
        for file in files {
            guard !file.name.contains("/"), !file.name.isEmpty, file.name != ".", file.name != ".." else {
                throw fail("bad file name \"\(file.name)\"")
            }
            let path = (staging as NSString).appendingPathComponent(file.name)
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw fail("\(file.name): \(String(cString: strerror(errno)))") }
            var written = 0
            while written < file.bytes.count {
                let count = file.bytes.withUnsafeBytes { raw in
                    systemWrite(fd, raw.baseAddress.map { $0 + written }, file.bytes.count - written)
                }
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else {
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw fail("\(file.name): \(reason)")
                }
                written += count
            }
            let synced = fsync(fd) == 0
            close(fd)
            guard synced else { throw fail("\(file.name): \(String(cString: strerror(errno)))") }
        }
        // Private while being filled; an ordinary folder (0777 less the umask) once published.
        _ = chmod(staging, 0o777 & ~currentUmask())
        Leftovers.syncFolder(staging)
        guard rename(staging, folder) == 0 else {
            let code = errno
            try? manager.removeItem(atPath: staging)
            if code == ENOTEMPTY || code == EEXIST || code == ENOTDIR || code == EISDIR { throw .exists(folder) }
            throw .cannotWrite(path: folder, reason: String(cString: strerror(code)))
        }
        Leftovers.syncFolder(parent)
    }

    /// The process's umask, read without changing it (Linux: /proc/self/status); 022 when unknown.
    static func currentUmask() -> mode_t {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return value
        }
        #endif
        return 0o022
    }
}

#if canImport(Glibc)
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, bytes, count) }
#else
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, bytes, count) }
#endif
