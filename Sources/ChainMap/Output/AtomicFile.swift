#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes files so that a reader never sees half of one: write a temporary file beside it, then rename.
///
/// The temporary file is created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`) under a random name in the target's
/// folder, `.NAME.chainmap.PID.RANDOM.tmp`, so nothing planted there can be written through; it is flushed to disk
/// (`fsync`) before the rename. An existing target keeps its permission bits (and, when allowed, its owner); a
/// target that is not a regular file (a symlink, device, FIFO or folder) is refused. Temporary files left by a
/// killed run (their process is gone) are removed by the next write to the same target.
public enum AtomicFile {
    /// Why a write failed (exit 73); nothing was written at the target.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The folder or the temporary file could not be created, written, flushed or renamed.
        case cannotWrite(path: String, reason: String)
        /// The target exists and is not a regular file.
        case notRegularFile(path: String, kind: String)

        /// The message as the command line prints it, with a hint where one helps.
        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): error: cannot write: \(reason)"
            case .notRegularFile(let path, let kind):
                "\(path): error: cannot write: it is \(kind), not a regular file; hint: choose another output path"
            }
        }
    }

    /// Replaces `path` with `bytes` in one step; on failure the old file, if any, is untouched.
    ///
    /// - Throws: ``Failure``; no temporary file is left behind.
    /// - Complexity: O(bytes), plus a scan of the target's folder for leftovers.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try write(to: path) { try $0.write(bytes: bytes) }
    }

    /// Replaces `path` with what `body` streams into a ``ByteWriter``, in one step: the bytes go to the temporary
    /// file as the writer's buffer fills, and it is renamed over the target when `body` returns, so a page of tens
    /// of megabytes is never held whole and a reader never sees half of it.
    ///
    /// - Parameters:
    ///   - path: the file to replace or create.
    ///   - body: writes the file; when it throws, the temporary file is removed and the target untouched.
    /// - Throws: ``Failure``: ``Failure/cannotWrite(path:reason:)`` with `body`'s error as the reason when `body`
    ///   throws anything else; no temporary file is left behind.
    /// - Complexity: O(bytes written), plus a scan of the target's folder for leftovers; memory O(1) beyond the
    ///   writer's buffer.
    public static func write(to path: String, streaming body: (ByteWriter) throws -> Void) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists, let kind = FileKind.nonRegular(existing.st_mode) { throw .notRegularFile(path: path, kind: kind) }
        Leftovers.clean(in: directory, prefix: ".\(name).chainmap.", suffix: ".tmp", folders: false)

        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temporary = (directory as NSString).appendingPathComponent(".\(name).chainmap.\(getpid()).\(Leftovers.randomToken()).tmp")
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: openFailure(errno, folder: directory)) }
        func fail(_ failure: Failure) -> Failure {
            close(fd)
            unlink(temporary)
            return failure
        }
        let writer = ByteWriter { bytes in try writeAll(bytes, to: fd, path: path) }
        do {
            try body(writer)
            try writer.flush()
        } catch let failure as Failure {
            throw fail(failure)
        } catch {
            throw fail(.cannotWrite(path: path, reason: "\(error)"))
        }
        if exists {
            _ = fchmod(fd, existing.st_mode & 0o7777)
            // Only root may give a file away; for others this fails harmlessly when the owner is someone else.
            _ = fchown(fd, existing.st_uid, existing.st_gid)
        }
        guard fsync(fd) == 0 else { throw fail(.cannotWrite(path: path, reason: String(cString: strerror(errno)))) }
        close(fd)
        // A symlink or device put at the target since the check above is refused, not replaced.
        var now = stat()
        if lstat(path, &now) == 0, let kind = FileKind.nonRegular(now.st_mode) {
            unlink(temporary)
            throw .notRegularFile(path: path, kind: kind)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        Leftovers.syncFolder(directory)
    }

    /// Why the temporary file could not be made in `folder`, with a hint where the cause is the folder itself.
    static func openFailure(_ code: Int32, folder: String) -> String {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOENT, ENOTDIR: return reason + "; hint: the folder \(folder) does not exist: create it first or choose another output path"
        case EACCES, EPERM, EROFS: return reason + "; hint: the folder \(folder) cannot be written to: choose another output path"
        default: return reason
        }
    }

    /// Writes all of `bytes` to `fd`, retrying interrupted and short writes.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in systemWrite(fd, raw.baseAddress.map { $0 + written }, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            written += count
        }
    }
}

#if canImport(Glibc)
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, bytes, count) }
#else
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, bytes, count) }
#endif
