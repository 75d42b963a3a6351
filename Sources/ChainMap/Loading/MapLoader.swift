import Foundation

/// Why a map could not be read at all (as opposed to read with problems, which are ``Diagnostic``s).
public enum MapLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder does not exist.
    case missingFolder(String)
    /// The folder has no `map.yaml`.
    case missingManifest(String)
    /// A file exists but cannot be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingFolder(let path):
            "\(path): error: no such map folder; hint: give the folder that holds map.yaml, or create one with `chainmap init \(path)`"
        case .missingManifest(let path):
            "\(path): error: no map.yaml in this folder; hint: a map folder holds map.yaml and its tables (see docs/data-format.md)"
        case .unreadable(let path, let reason):
            "\(path): error: cannot read: \(reason)"
        }
    }
}

/// A map as read from its folder, with every problem found on the way.
public struct LoadedMap: Sendable {
    /// The records that could be read. When ``hasErrors`` is true it may lack the faulty ones.
    public var map: InnovationMap
    /// Every problem, sorted by file and line.
    public var diagnostics: [Diagnostic]
    /// The folder the map was read from, as the user named it.
    public var folder: String

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a map folder: `map.yaml` and its tables, then checks references across them.
///
/// All problems are collected in one run. Nothing is ever written to the folder.
public enum MapLoader {
    /// The names of the tables and their default file names.
    public static let tableNames = ["organizations", "platforms", "experts", "demands", "relations"]

    /// Reads and validates the map in `folder`.
    ///
    /// - Parameter folder: the map folder as the user named it; diagnostics show paths under it.
    /// - Returns: the map and its diagnostics; check ``LoadedMap/hasErrors``.
    /// - Throws: ``MapLoadError`` when the folder or its `map.yaml` is missing or unreadable.
    /// - Complexity: O(*n* log *n*) in the number of records and cells.
    public static func load(folder: String) throws(MapLoadError) -> LoadedMap {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(folder)
        }
        let manifestPath = join(folder, "map.yaml")
        guard FileManager.default.fileExists(atPath: manifestPath) else { throw .missingManifest(folder) }

        var context = LoadContext(folder: folder)
        let manifestBytes = try readBytes(manifestPath)
        guard let manifestText = context.decode(manifestBytes, path: manifestPath, encoding: .auto) else {
            return context.finish()
        }
        context.readManifest(manifestText, path: manifestPath)
        for table in tableNames {
            let relative = context.tablePaths[table] ?? "\(table).csv"
            guard let path = context.resolveTablePath(relative, table: table) else { continue }
            guard FileManager.default.fileExists(atPath: path) else {
                context.log.error(
                    SourcePosition(path: path, line: 1, column: 1), "table \(table) not found",
                    hint: "create it with its header line (see docs/data-format.md), or start a map with `chainmap init`")
                continue
            }
            let bytes = try readBytes(path)
            guard let text = context.decode(bytes, path: path, encoding: context.encoding) else { continue }
            context.readTable(table, text: text, path: path)
        }
        MapValidator.check(&context)
        return context.finish()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func readBytes(_ path: String) throws(MapLoadError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a file")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path: path, reason: String(describing: error))
        }
    }
}

/// A reference from one record to an id, checked once every file is read.
struct PendingReference: Sendable {
    var id: String
    var expected: Set<RecordKind>
    /// What the reference is, for messages: "segment", "host organization".
    var role: String
    var position: SourcePosition
    /// Restricts organization references to some kinds (a demand's poster must be an enterprise).
    var organizationKinds: Set<OrganizationKind>? = nil
}

/// Everything the loader accumulates while it reads one map.
struct LoadContext {
    let folder: String
    var log = DiagnosticLog()
    var encoding: TextEncoding = .auto
    var staleAfterDays = 1095
    var tablePaths: [String: String] = [:]

    var header = (id: "", name: "", nameEN: "", region: "", asOf: PartialDate(year: 1970))
    var sources: [Source] = []
    var chains: [Chain] = []
    var technologies: [Technology] = []
    var indicators: [Indicator] = []
    var organizations: [Organization] = []
    var platforms: [Platform] = []
    var experts: [Expert] = []
    var demands: [Demand] = []
    var relations: [Relation] = []
    var relationPositions: [Int: SourcePosition] = [:]

    /// Every id defined, with its kind, name and where it was first defined.
    var ids: [String: (kind: RecordKind, name: String, position: SourcePosition)] = [:]
    var references: [PendingReference] = []
    var citations: [(key: String, position: SourcePosition)] = []
    /// Where each segment's `next` list was written, to point at cycles.
    var nextPositions: [String: SourcePosition] = [:]
    /// Record `as_of` dates, for the staleness warning.
    var recordDates: [(id: String, date: PartialDate, position: SourcePosition)] = []

    init(folder: String) {
        self.folder = folder
    }

    /// Decodes a file, reporting bytes that fit no accepted encoding.
    mutating func decode(_ bytes: [UInt8], path: String, encoding: TextEncoding) -> String? {
        do {
            return try TextDecoding.decode(bytes, as: encoding).text
        } catch {
            switch error {
            case .invalid(let tried, let offset):
                let what = tried == .utf8 ? "UTF-8" : "UTF-8 nor GB18030"
                let before = bytes.prefix(offset)
                let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
                let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let column = bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                log.error(
                    SourcePosition(path: path, line: line, column: column), "the file is not valid \(what) (byte offset \(offset))",
                    hint: "save it as UTF-8, or set `encoding:` in map.yaml to the encoding it uses")
            }
            return nil
        }
    }

    /// Registers an id; reports a duplicate anywhere in the map.
    mutating func define(_ id: String, kind: RecordKind, name: String, at position: SourcePosition) {
        if let first = ids[id] {
            log.error(
                position, "duplicate id \"\(id)\"; it is already the \(first.kind.rawValue) defined at \(first.position)",
                hint: "ids are unique across the whole map; rename one of them")
            return
        }
        if let bad = id.first(where: { $0.isWhitespace || ",;；、\"".contains($0) }) {
            log.error(position, "id \"\(id)\" contains \"\(bad)\"", hint: "ids hold no spaces, commas, quotes or list separators")
        }
        ids[id] = (kind, name, position)
    }

    mutating func refer(_ id: String, to expected: Set<RecordKind>, role: String, at position: SourcePosition, organizationKinds: Set<OrganizationKind>? = nil) {
        references.append(PendingReference(id: id, expected: expected, role: role, position: position, organizationKinds: organizationKinds))
    }

    /// Parses a `source` value and queues its keys for checking.
    mutating func provenance(_ text: String, at position: SourcePosition) -> Provenance {
        let provenance = Provenance(parsing: text)
        for citation in provenance.citations { citations.append((citation.key, position)) }
        return provenance
    }

    /// The file path of a table, or nil (with an error) when it leaves the map folder.
    mutating func resolveTablePath(_ relative: String, table: String) -> String? {
        let components = relative.split(separator: "/", omittingEmptySubsequences: true)
        var depth = 0
        var escapes = relative.hasPrefix("/")
        for component in components {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { escapes = true }
        }
        if escapes || components.isEmpty {
            log.error(
                tablePositions[table] ?? SourcePosition(path: MapLoader.join(folder, "map.yaml"), line: 1, column: 1),
                "table path \"\(relative)\" leaves the map folder", hint: "name a file inside the map folder, such as \(table).csv")
            return nil
        }
        return MapLoader.join(folder, relative)
    }

    var tablePositions: [String: SourcePosition] = [:]

    func finish() -> LoadedMap {
        var map = InnovationMap(
            id: header.id, name: header.name, nameEN: header.nameEN, region: header.region, asOf: header.asOf,
            sources: sources, chains: chains, technologies: technologies, indicators: indicators,
            organizations: organizations, platforms: platforms, experts: experts, demands: demands, relations: relations)
        map.positions = ids.mapValues(\.position)
        map.relationPositions = relationPositions
        return LoadedMap(map: map, diagnostics: log.sorted, folder: folder)
    }
}
