import Foundation
import ZIPFoundation

/// An `.xlsx` workbook's zip container, opened with the checks that refuse what cannot be a map: an old binary or
/// encrypted file, a corrupt archive, a zip bomb, links to other workbooks.
struct WorkbookArchive {
    /// The most uncompressed bytes a workbook may hold, declared or actually inflated: 1 GiB. A map of a million
    /// records is about 200 MB of sheet XML; more is a zip bomb, not a county.
    static let maximumUncompressedBytes: UInt64 = 1 << 30

    let path: String
    private let archive: Archive
    /// Entries by path inside the archive.
    private let entries: [String: Entry]
    /// Whether the workbook carries a macro project (`xl/vbaProject.bin`); macros are never run.
    let hasMacros: Bool
    /// The limit in force (tests lower it).
    let limit: UInt64
    /// Bytes inflated so far, against ``maximumUncompressedBytes``.
    private var inflated: UInt64 = 0

    /// Opens and checks the workbook at `path`.
    /// - Throws: ``MapLoadError``: a missing file (`.missingFolder` is not used: `.unreadable`), or `.badWorkbook`.
    init(path: String, limit: UInt64 = WorkbookArchive.maximumUncompressedBytes) throws(MapLoadError) {
        self.path = path
        self.limit = limit
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingWorkbook(path)
        }
        guard !isDirectory.boolValue else {
            throw .badWorkbook(path: path, sheet: nil, reason: "is a folder, not a workbook file",
                               hint: "a map folder's name should not end in .xlsx; rename it")
        }
        let head = Self.head(of: path)
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: a password-protected .xlsx (an encrypted package inside) or an old .xls.
            if Self.isEncryptedPackage(path) {
                throw .badWorkbook(path: path, sheet: nil, reason: "the workbook is password-protected (encrypted)",
                                   hint: "remove the password (Excel: File › Info › Protect Workbook; WPS: 文件 › 文档加密) and save again")
            }
            throw .badWorkbook(path: path, sheet: nil, reason: "this is an old binary Excel workbook (.xls), which chainmap does not read",
                               hint: "open it and save as .xlsx (Excel: File › Save As › Excel Workbook; WPS: 另存为 › .xlsx)")
        }
        guard head.starts(with: [0x50, 0x4B]) else {
            let why = path.lowercased().hasSuffix(".xls") ? "is not an Excel workbook chainmap can read" : "is not an .xlsx workbook (not a zip archive)"
            throw .badWorkbook(path: path, sheet: nil, reason: "the file \(why)", hint: "save it from Excel, WPS or LibreOffice as .xlsx")
        }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .badWorkbook(path: path, sheet: nil, reason: "the workbook is damaged: its zip container cannot be read (\(error))",
                               hint: "open it in a spreadsheet program and save it again")
        }
        var entries: [String: Entry] = [:]
        var declared: UInt64 = 0
        for entry in archive {
            entries[entry.path] = entry
            let (sum, overflow) = declared.addingReportingOverflow(entry.uncompressedSize)
            declared = overflow ? .max : sum
        }
        guard declared <= limit else {
            throw .badWorkbook(path: path, sheet: nil,
                               reason: "the workbook declares \(declared) bytes uncompressed, more than the limit of \(limit) (a zip bomb?)",
                               hint: "a county's map is far smaller; save the workbook again from a spreadsheet program")
        }
        guard entries["xl/workbook.xml"] != nil else {
            throw .badWorkbook(path: path, sheet: nil, reason: "the zip archive holds no workbook (xl/workbook.xml is missing)",
                               hint: "save the file from Excel, WPS or LibreOffice as .xlsx")
        }
        if let link = entries.keys.sorted().first(where: { $0.hasPrefix("xl/externalLinks/") }) {
            throw .badWorkbook(path: path, sheet: nil, reason: "the workbook links to other workbooks (\(link)); their values may be stale or missing",
                               hint: "break the links (Excel: Data › Edit Links › Break Link; WPS: 数据 › 编辑链接 › 断开链接) and save again")
        }
        self.archive = archive
        self.entries = entries
        hasMacros = entries["xl/vbaProject.bin"] != nil
    }

    /// The first bytes of a file (enough to tell a zip from an OLE compound file).
    private static func head(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 8)) ?? Data())
    }

    /// Whether an OLE compound file holds an encrypted OOXML package: its directory names the `EncryptionInfo`
    /// stream (UTF-16). Reads at most 64 MiB.
    private static func isEncryptedPackage(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 64 << 20) else { return false }
        let name = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: Data(name)) != nil
    }

    /// Whether the archive holds `member`.
    func contains(_ member: String) -> Bool { entries[member] != nil }

    /// Every member's path, sorted.
    var members: [String] { entries.keys.sorted() }

    /// The bytes of `member`, inflated with the running total checked against ``maximumUncompressedBytes`` and
    /// against the size the entry declares (a lying header is a bomb too). Nil when the member is absent.
    /// - Throws: `.badWorkbook` naming `sheet` (when given) for a damaged or oversized member.
    mutating func read(_ member: String, sheet: String? = nil) throws(MapLoadError) -> Data? {
        guard let entry = entries[member] else { return nil }
        var data = Data()
        data.reserveCapacity(Int(min(entry.uncompressedSize, 64 << 20)))
        try inflate(entry, sheet: sheet) { data.append($0) }
        return data
    }

    /// Inflates `member` into a temporary file, piece by piece, so that a large sheet is never in memory whole;
    /// the caller removes the file. Nil when the member is absent.
    /// - Throws: `.badWorkbook` as ``read(_:sheet:)``, or when the temporary file cannot be written.
    mutating func inflateToTemporaryFile(_ member: String, sheet: String?) throws(MapLoadError) -> String? {
        guard let entry = entries[member] else { return nil }
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("chainmap-sheet-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).xml").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw .unreadable(path: temporary, reason: "cannot create a temporary file to read the sheet")
        }
        defer { try? handle.close() }
        do {
            try inflate(entry, sheet: sheet) { handle.write($0) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return temporary
    }

    /// Inflates `member` piece by piece into `scanner` (nothing is kept: the sheet is never in memory whole), and
    /// stops early when the scanner gives up. Nil when the member is absent; otherwise whether the scanner read it
    /// whole. After a false, the caller reads the member again with `XMLParser`; the bytes inflated for the scan
    /// are then not counted twice against the limit.
    /// - Throws: `.badWorkbook` as ``read(_:sheet:)``.
    mutating func scan<Handler: XMLByteHandler>(
        _ member: String, sheet: String?, with scanner: inout XMLByteScanner<Handler>
    ) throws(MapLoadError) -> Bool? {
        guard let entry = entries[member] else { return nil }
        let before = inflated
        try inflate(entry, sheet: sheet) { chunk in
            chunk.withUnsafeBytes { scanner.feed($0) }
            return !scanner.gaveUp
        }
        if scanner.finish() { return true }
        inflated = before
        return false
    }

    /// Inflates an entry into `consume`, counting bytes against the limit and the entry's declared size.
    private mutating func inflate(_ entry: Entry, sheet: String?, _ consume: (Data) -> Void) throws(MapLoadError) {
        try inflate(entry, sheet: sheet) { chunk -> Bool in
            consume(chunk)
            return true
        }
    }

    /// Inflates an entry into `consume` until it returns false, counting bytes against the limit and the entry's
    /// declared size.
    private mutating func inflate(_ entry: Entry, sheet: String?, _ consume: (Data) -> Bool) throws(MapLoadError) {
        let member = entry.path
        let limit = self.limit
        let declared = entry.uncompressedSize
        var total = inflated
        var ownBytes: UInt64 = 0
        var checksum = ZipChecksum()
        let failure: String?
        do {
            // The CRC is checked here (ZipChecksum), not by ZIPFoundation's slower byte-at-a-time walk.
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { chunk in
                ownBytes += UInt64(chunk.count)
                total += UInt64(chunk.count)
                guard total <= limit, ownBytes <= declared else { throw BombError() }
                chunk.withUnsafeBytes { checksum.update($0) }
                guard consume(chunk) else { throw StopError() }
            }
            failure = checksum.value == entry.checksum ? nil : "its checksum does not match: invalidCRC32"
        } catch is BombError {
            failure = "bomb"
        } catch is StopError {
            failure = nil
        } catch {
            failure = String(describing: error)
        }
        inflated = total
        if let failure {
            if failure == "bomb" {
                throw .badWorkbook(path: path, sheet: sheet,
                                   reason: "\(member) inflates beyond its declared size or the limit of \(limit) bytes (a zip bomb?)",
                                   hint: "save the workbook again from a spreadsheet program")
            }
            throw .badWorkbook(path: path, sheet: sheet, reason: "\(member) is damaged and cannot be read (\(failure))",
                               hint: "open the workbook in a spreadsheet program and save it again")
        }
    }

    private struct BombError: Error {}
    /// The consumer wants no more (the scanner gave up).
    private struct StopError: Error {}
}
