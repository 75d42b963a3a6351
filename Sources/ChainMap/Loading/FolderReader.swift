import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the folder form: `map.yaml`, then the part tables that replace its blocks, then the five tables.
extension MapLoader {
    static func loadFolder(_ folder: String) throws(MapLoadError) -> LoadedMap {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(folder)
        }
        let manifestPath = join(folder, "map.yaml")
        guard FileManager.default.fileExists(atPath: manifestPath) else { throw .missingManifest(folder) }

        var context = LoadContext(folder: folder)
        let manifestBytes = try readBytes(manifestPath, folder: folder)
        guard let manifestText = context.decode(manifestBytes, path: manifestPath, encoding: .auto) else {
            return context.finish()
        }
        context.readManifest(manifestText, path: manifestPath)
        for table in partTableNames {
            let named = context.tablePaths[table]
            guard let path = context.resolveTablePath(named ?? "\(table).csv", table: table) else { continue }
            guard FileManager.default.fileExists(atPath: path) else {
                // Part tables are optional unless map.yaml's `tables:` names them.
                if named != nil { reportMissingTable(table, path: path, in: &context) }
                continue
            }
            guard context.acceptsPartTable(table, file: path) else { continue }
            try readTable(table, path: path, into: &context)
        }
        context.finishManifest()
        for table in tableNames {
            let relative = context.tablePaths[table] ?? "\(table).csv"
            guard let path = context.resolveTablePath(relative, table: table) else { continue }
            guard FileManager.default.fileExists(atPath: path) else {
                reportMissingTable(table, path: path, in: &context)
                continue
            }
            try readTable(table, path: path, into: &context)
        }
        MapValidator.check(&context)
        return context.finish()
    }

    private static func reportMissingTable(_ table: String, path: String, in context: inout LoadContext) {
        context.log.error(
            SourcePosition(path: path, line: 1, column: 1), "table \(table) not found",
            hint: "create it with its header line (see docs/data-format.md), or start a map with `chainmap init`")
    }

    /// Reads one table. A UTF-8 file (the usual case) is streamed: a first pass checks the encoding and counts the
    /// lines, a second parses it piece by piece, so the file is never in memory whole. Anything else — GB18030, bytes
    /// that are not UTF-8, a path that is not a plain file — goes through whole-file decoding, whose diagnostics and
    /// errors the streamed path reproduces exactly.
    private static func readTable(_ table: String, path: String, into context: inout LoadContext) throws(MapLoadError) {
        let descriptor = try MapFileAccess.open(path, folder: context.folder)
        defer { closeDescriptor(descriptor) }
        if context.encoding != .gb18030, let file = TableFile(descriptor: descriptor) {
            if let scan = file.scanUTF8(), scan.isValid {
                context.beginTable(table, origin: .csv(path: path), expectedRecords: scan.lineFeeds + 1)
                var parser = CSVParser(path: path)
                var log = DiagnosticLog()
                let read = file.stream(from: scan.bomLength) { bytes, final in
                    parser.parse(bytes, final: final, log: &log) { context.readRecord($0) }
                }
                context.log.append(contentsOf: log.diagnostics)
                if let failure = read { throw .unreadable(path: path, reason: failure) }
                context.endTable()
                return
            }
        }
        guard lseek(descriptor, 0, SEEK_SET) >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let bytes = try MapFileAccess.readAll(descriptor, path: path)
        guard let text = context.decode(bytes, path: path, encoding: context.encoding) else { return }
        context.readTable(table, text: text, path: path)
    }
}
