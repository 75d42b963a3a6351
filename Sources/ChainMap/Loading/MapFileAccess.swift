#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Opening a map's files safely: only regular files, never one a symlink leads to outside the map folder, never
/// more than ``MapLimits/maximumFileBytes``. A symlink that stays inside the folder is allowed
/// (docs/data-format.md, "Limits").
enum MapFileAccess {
    /// Opens `path` (a file of the map in `folder`) for reading.
    ///
    /// The checks are made on the opened descriptor, so swapping the file between check and read cannot get past
    /// them: the file is opened non-blocking (a FIFO would block the open itself), then it must be a regular file,
    /// its real path (Linux: `/proc/self/fd`) must lie inside the folder's real path, and its size within the bound.
    ///
    /// - Returns: a descriptor in blocking mode; the caller closes it.
    /// - Throws: ``MapLoadError/unreadable(path:reason:)`` saying what the file is instead.
    static func open(_ path: String, folder: String) throws(MapLoadError) -> Int32 {
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(path: path, reason: reason)
        }
        if let kind = FileKind.nonRegular(status.st_mode) {
            close(descriptor)
            throw .unreadable(path: path, reason: "it is \(kind), not a regular file; hint: a map's tables are plain CSV files")
        }
        if let real = realPath(of: descriptor, fallback: path), let base = realpathString(folder) {
            let inside = base == "/" ? real.hasPrefix("/") : real.hasPrefix(base + "/")
            if !inside {
                close(descriptor)
                throw .unreadable(
                    path: path,
                    reason: "it is a symbolic link to a file outside the map folder; hint: copy the file into the map folder (links that stay inside it are allowed)")
            }
        }
        if Int64(status.st_size) > Int64(MapLimits.maximumFileBytes) {
            close(descriptor)
            throw .unreadable(path: path, reason: "it is larger than \(MapLimits.maximumFileBytes >> 20) MiB, the most a map's file may be")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// Reads a whole file opened by ``open(_:folder:)``, at most ``MapLimits/maximumFileBytes`` (a file growing
    /// while read is cut off there and reported).
    static func readAll(_ descriptor: Int32, path: String) throws(MapLoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            if bytes.count > MapLimits.maximumFileBytes {
                throw .unreadable(path: path, reason: "it is larger than \(MapLimits.maximumFileBytes >> 20) MiB, the most a map's file may be")
            }
        }
    }

    /// The real path of an open file: `/proc/self/fd/N` on Linux, else `realpath` of the path opened.
    private static func realPath(of descriptor: Int32, fallback: String) -> String? {
        #if os(Linux)
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)") { return link }
        #endif
        return realpathString(fallback)
    }

    private static func realpathString(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

#if canImport(Glibc)
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 { Glibc.open(path, flags) }
#else
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 { Darwin.open(path, flags) }
#endif
