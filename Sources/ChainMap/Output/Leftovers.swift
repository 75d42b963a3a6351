#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a killed run leaves behind (temporary files, staging folders) carries its process id in its name:
/// `PREFIX` + pid + `.` + random + `SUFFIX`. The next run removes those whose process is gone.
enum Leftovers {
    /// 16 random hexadecimal digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Removes entries of `directory` named `prefix` PID `.` TOKEN `suffix` whose process no longer runs.
    /// Symlinks are never followed; with `folders`, staging folders are removed with their contents.
    ///
    /// - Complexity: O(entries of the folder).
    static func clean(in directory: String, prefix: String, suffix: String, folders: Bool) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) && entry.count > prefix.count + suffix.count {
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count)
            let parts = middle.split(separator: ".")
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, parts[1].count == 16 else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno == EPERM { continue }
            let path = (directory as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR && folders {
                try? FileManager.default.removeItem(atPath: path)
            } else if kind == S_IFREG || kind == S_IFLNK {
                unlink(path)
            }
        }
    }

    /// Flushes a folder's entries (a rename into it) to disk; best effort.
    static func syncFolder(_ directory: String) {
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
