import Foundation

/// Kinds of records a reference accepts, as bits (a `Set<RecordKind>` per reference would allocate per cell).
struct RecordKinds: OptionSet, Sendable, ExpressibleByArrayLiteral {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(arrayLiteral kinds: RecordKind...) {
        self.init(rawValue: kinds.reduce(0) { $0 | Self.bit($1) })
    }

    /// Every kind a relation may join: all but indicators.
    static let anyRecord: RecordKinds = [.chain, .segment, .technology, .organization, .platform, .expert, .demand]

    private static func bit(_ kind: RecordKind) -> UInt16 { 1 << UInt16(RecordKind.allCases.firstIndex(of: kind) ?? 0) }

    func includes(_ kind: RecordKind) -> Bool { rawValue & Self.bit(kind) != 0 }

    /// The kinds' names, sorted, for messages.
    var sortedNames: [String] { RecordKind.allCases.filter(includes).map(\.rawValue).sorted() }
}

/// A reference from one record to an id.
struct PendingReference: Sendable {
    var id: String
    var expected: RecordKinds
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
    /// The parts map.yaml gives as blocks (`chains:` …), with where: a part table for the same part is an error.
    var manifestParts: [String: SourcePosition] = [:]
    /// Where each chain read from a table is in ``chains``, for its segments' rows.
    var chainIndex: [String: Int] = [:]

    var header = (id: "", name: "", nameEN: "", region: "", asOf: PartialDate(year: 1970))
    var sources: [Source] = []
    var chains: [Chain] = []
    var technologies: [Technology] = []
    var indicators: [Indicator] = []
    var organizations: [Organization] = []
    var platforms: [Platform] = []
    var experts: [Expert] = []
    var demands: [Demand] = []
    var relations = RelationList()
    /// Per id of ``relations``' id table, whether a relation's end naming it was found defined with a fitting kind:
    /// the next relation naming it is not looked up again (a million relations name a hundred thousand ids).
    var relationEndResolved: [Bool] = []
    var findings: [Finding] = []
    var relationPositions = RelationPositions()

    /// Every id defined, with its kind, name and where it was first defined.
    var ids: [String: (kind: RecordKind, name: String, position: SourcePosition)] = [:]
    /// The kind of the first organization record of each id, for references that take some kinds only.
    var organizationKinds: [String: OrganizationKind] = [:]
    /// References to ids not defined yet when read (forward references); checked once every file is read.
    var references: [PendingReference] = []
    /// Citations read before the sources were known (in map.yaml); checked once every file is read.
    var citations: [(key: String, position: SourcePosition)] = []
    /// Where each segment's `next` list was written, to point at cycles.
    var nextPositions: [String: SourcePosition] = [:]
    /// Record `as_of` dates read before the map's `as_of` was known; checked once every file is read.
    var recordDates: [(id: String, date: PartialDate, position: SourcePosition)] = []

    /// Set once map.yaml is read: sources, the map's `as_of` and `stale_after_days` are final, so citations and
    /// dates in the tables are checked as they are read instead of being queued (a million queued rows would
    /// cost more memory than the map itself).
    var manifestIsRead = false
    var sourceKeys: Set<String> = []
    /// Parsed `source` cells and dates by their text: a large table repeats a handful of them, and equal
    /// provenances then share one array.
    var provenanceCache: [String: (provenance: Provenance, unknownKeys: [String])] = [:]
    var dateCache: [String: PartialDate?] = [:]
    var recentProvenances: [(text: String, parsed: (provenance: Provenance, unknownKeys: [String]))] = []
    var recentDates: [(text: String, date: PartialDate?)] = []
    /// The last id a reference found, and its kind.
    var lastReference: (id: String, kind: RecordKind)?
    /// The table being read, between ``beginTable(_:path:expectedRecords:)`` and ``endTable()``.
    var table: TableState?

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
        if id.isEmpty {
            log.error(position, "empty \(kind.rawValue) id", hint: "give every record a short unique id, such as xiangwei")
            return
        }
        if let control = Self.controlCharacter(in: id) {
            log.error(position, "id \"\(Self.escapingControls(id))\" contains the control character \(control)",
                      hint: "ids hold letters, digits, - and _; remove the invisible character")
            return
        }
        if let control = Self.controlCharacter(in: name) {
            log.error(position, "the name of \"\(id)\" (\"\(Self.escapingControls(name))\") contains the control character \(control)",
                      hint: "names are one line of text; remove the invisible character (a tab, line break or NUL)")
        }
        if let first = ids[id] {
            log.error(
                position, "duplicate id \"\(id)\"; it is already the \(first.kind.rawValue) defined at \(first.position)",
                hint: "ids are unique across the whole map; rename one of them")
            return
        }
        if let bad = Self.forbiddenCharacter(in: id) {
            log.error(position, "id \"\(id)\" contains \"\(bad)\"", hint: "ids hold no spaces, commas, quotes or list separators")
        }
        ids[id] = (kind, name, position)
    }

    /// The first C0/C1 control character (NUL, tab, line feed, ESC, DEL, …) in `text`, as `U+XXXX`, if any.
    ///
    /// - Complexity: O(n).
    static func controlCharacter(in text: String) -> String? {
        guard let scalar = text.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return nil
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with control characters written as `\u{…}`, for messages.
    static func escapingControls(_ text: String) -> String {
        text.escapingScalars { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? .replace("\\u{" + String(scalar.value, radix: 16) + "}") : .keep
        }
    }

    /// The first character an id may not hold: a blank, `,`, `;`, `；`, `、` or `"`.
    static func forbiddenCharacter(in id: String) -> Character? {
        // ASCII without carriage returns (which could pair with a line feed into one character): bytes are characters.
        if id.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bad = id.utf8.first { $0 == 0x20 || (0x09 ... 0x0C).contains($0) || $0 == 0x2C || $0 == 0x3B || $0 == 0x22 }
            return bad.map { Character(Unicode.Scalar($0)) }
        }
        return id.first { $0.isWhitespace || ",;；、\"".contains($0) }
    }

    /// Checks a reference to an id: at once when the id is already defined (its entry never changes once made), else
    /// once every file is read. The position is only built when it is needed, for a message or for later.
    /// - Returns: true when the id is defined with an expected kind and nothing was reported: the same reference
    ///   again would find the same.
    @discardableResult
    mutating func refer(
        _ id: String, to expected: RecordKinds, role: String, at position: @autoclosure () -> SourcePosition,
        organizationKinds: Set<OrganizationKind>? = nil
    ) -> Bool {
        let kind: RecordKind
        // Sorted tables name the same record row after row; remember the last lookup.
        if let last = lastReference, last.id == id {
            kind = last.kind
        } else if let target = ids[id] {
            kind = target.kind
            lastReference = (id, kind)
        } else {
            references.append(PendingReference(id: id, expected: expected, role: role, position: position(), organizationKinds: organizationKinds))
            return false
        }
        guard !expected.includes(kind) || organizationKinds != nil else { return true }
        let reference = PendingReference(id: id, expected: expected, role: role, position: position(), organizationKinds: organizationKinds)
        MapValidator.check(reference, target: kind, in: &self)
        return false
    }

    /// Marks map.yaml as read: from now on citations and record dates are checked as they come.
    mutating func finishManifest() {
        manifestIsRead = true
        sourceKeys = Set(sources.map(\.id))
    }

    /// Parses a `source` value and checks its keys (or queues them while map.yaml is being read).
    mutating func provenance(_ text: String, at position: @autoclosure () -> SourcePosition) -> Provenance {
        let provenance = parsedProvenance(text, at: position())
        // `;;;` or `、` alone: separators with no key would otherwise read as "no source given" silently.
        if provenance.citations.isEmpty && !text.trimmingWhitespace().isEmpty {
            log.error(position(), "source \"\(text)\" names no source key", hint: "write a key from `sources:` in map.yaml, or `assumed`")
        }
        return provenance
    }

    private mutating func parsedProvenance(_ text: String, at position: @autoclosure () -> SourcePosition) -> Provenance {
        guard manifestIsRead else {
            let provenance = Provenance(parsing: text)
            for citation in provenance.citations { citations.append((citation.key, position())) }
            return provenance
        }
        let parsed: (provenance: Provenance, unknownKeys: [String])
        if let recent = recentProvenances.first(where: { $0.text == text }) {
            parsed = recent.parsed
        } else if let cached = provenanceCache[text] {
            parsed = cached
            remember(text, parsed)
        } else {
            let provenance = Provenance(parsing: text)
            let unknown = provenance.citations.map(\.key).filter { $0 != Provenance.assumedKey && !sourceKeys.contains($0) }
            parsed = (provenance, unknown)
            if provenanceCache.count < 4096 { provenanceCache[text] = parsed }
            remember(text, parsed)
        }
        for key in parsed.unknownKeys { MapValidator.reportUnknownSource(key, at: position(), in: &self) }
        return parsed.provenance
    }

    /// Keeps the last few provenances: comparing a short string to four is cheaper than hashing it.
    private mutating func remember(_ text: String, _ parsed: (provenance: Provenance, unknownKeys: [String])) {
        if recentProvenances.count == 4 { recentProvenances.removeFirst() }
        recentProvenances.append((text, parsed))
    }

    /// ``SpreadsheetText/date(_:)``, remembered: a table repeats few dates.
    mutating func date(_ text: String) -> PartialDate? {
        if let recent = recentDates.first(where: { $0.text == text }) { return recent.date }
        let date: PartialDate?
        if let cached = dateCache[text] {
            date = cached
        } else {
            date = SpreadsheetText.date(text)
            if dateCache.count < 4096 { dateCache[text] = date }
        }
        if recentDates.count == 4 { recentDates.removeFirst() }
        recentDates.append((text, date))
        return date
    }

    /// Checks a record's `as_of` against the map's (or queues it while map.yaml is being read).
    mutating func recordDate(id: String, date: PartialDate, at position: @autoclosure () -> SourcePosition) {
        if manifestIsRead {
            MapValidator.checkStaleness(id: id, date: date, at: position(), in: &self)
        } else {
            recordDates.append((id, date, position()))
        }
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
            organizations: organizations, platforms: platforms, experts: experts, demands: demands, relations: relations,
            findings: findings)
        map.positions = ids.mapValues(\.position)
        map.relationPositions = relationPositions
        return LoadedMap(map: map, diagnostics: log.sorted, folder: folder)
    }
}

