/// Reading the five CSV tables.
extension LoadContext {
    /// The columns of each table: required first, then optional, in the order `chainmap init` writes them.
    static let tableColumns: [String: (required: [String], optional: [String])] = [
        "organizations": (["id", "kind", "name", "location", "source"], ["name_en", "segments", "technologies", "tags", "as_of"]),
        "platforms": (["id", "name", "type", "level", "source"], ["name_en", "host", "segments", "technologies", "status", "count", "as_of"]),
        "experts": (["id", "name", "role", "source"],
                    ["level", "affiliation", "technologies", "fields", "capacity", "serves", "headcount", "as_of"]),
        "demands": (["id", "enterprise", "title", "status", "source"], ["technologies", "segment", "posted"]),
        "relations": (["from", "to", "type", "source"], ["since", "note"]),
    ]

    /// The header `chainmap init` writes for a table, in the documented order.
    static func headerOrder(of table: String) -> [String] {
        switch table {
        case "organizations": ["id", "kind", "name", "name_en", "location", "segments", "technologies", "tags", "source", "as_of"]
        case "platforms": ["id", "name", "type", "level", "host", "segments", "technologies", "status", "count", "source", "as_of"]
        case "experts": ["id", "name", "role", "level", "affiliation", "technologies", "fields", "capacity", "serves", "headcount", "source", "as_of"]
        case "demands": ["id", "enterprise", "title", "technologies", "segment", "status", "posted", "source"]
        case "relations": ["from", "to", "type", "since", "note", "source"]
        default: []
        }
    }

    /// Reads a whole decoded table (GB18030 files, and tests).
    mutating func readTable(_ table: String, text: String, path: String) {
        beginTable(table, path: path, expectedRecords: 0)
        var parseLog = DiagnosticLog()
        CSVReader.forEachRecord(in: text, path: path, log: &parseLog) { readRecord($0) }
        log.append(contentsOf: parseLog.diagnostics)
        endTable()
    }

    /// Starts reading a table whose records will come through ``readRecord(_:)``, header first.
    /// - Parameter expectedRecords: an upper bound of the rows, to reserve memory once instead of growing.
    mutating func beginTable(_ table: String, path: String, expectedRecords: Int) {
        self.table = TableState(table: table, path: path)
        // Room for the ids too: growing a dictionary of 100k ids rehashes them several times.
        if table != "relations" { ids.reserveCapacity(ids.count + expectedRecords) }
        switch table {
        case "organizations":
            organizations.reserveCapacity(organizations.count + expectedRecords)
            organizationKinds.reserveCapacity(organizationKinds.count + expectedRecords)
        case "platforms": platforms.reserveCapacity(platforms.count + expectedRecords)
        case "experts": experts.reserveCapacity(experts.count + expectedRecords)
        case "demands": demands.reserveCapacity(demands.count + expectedRecords)
        case "relations":
            relations.reserveCapacity(relations.count + expectedRecords)
            relationPositions.reserveCapacity(relations.count + expectedRecords)
        default: break
        }
    }

    /// Reports a table without any record.
    mutating func endTable() {
        guard let state = table else { return }
        if state.columns == nil, state.reader != .unknown {
            log.error(SourcePosition(path: state.path, line: 1, column: 1), "the table has no header line",
                      hint: "the first line names the columns: \(Self.headerOrder(of: state.table).joined(separator: ","))")
        }
        table = nil
    }

    /// Reads one record of the current table: the header, then rows.
    mutating func readRecord(_ record: CSVRecord) {
        guard let state = table, state.reader != .unknown else { return }
        let path = state.path
        guard let index = state.columns else {
            readHeader(record, columns: Self.tableColumns[state.table] ?? ([], []))
            return
        }
        // A table with a missing required column is reported once, at its header; its rows are not read.
        guard state.readsRows else { return }
        guard record.count == state.headerCount else {
            let last = record.count > 0 ? SourcePosition(path: path, line: record.lines[record.count - 1], column: record.columns[record.count - 1]) : nil
            log.error(last ?? SourcePosition(path: path, line: record.line, column: 1),
                      "row has \(record.count) cell\(record.count == 1 ? "" : "s"), the header has \(state.headerCount)",
                      hint: "quote a cell that holds a comma (\"a,b\") and separate list items with ;")
            // Still register the id so later references to it do not cascade into more errors.
            if let idIndex = index.offset(of: .id), idIndex < record.count, state.reader != .relations {
                let id = record.trimmedText(idIndex)
                if !id.isEmpty, ids[id] == nil, let kind = Self.recordKind(of: state.table) {
                    ids[id] = (kind, id, SourcePosition(path: path, line: record.lines[idIndex], column: record.columns[idIndex]))
                }
            }
            return
        }
        var reader = RowReader(record: record, index: index, path: path)
        switch state.reader {
        case .organizations: readOrganization(&reader)
        case .platforms: readPlatform(&reader)
        case .experts: readExpert(&reader)
        case .demands: readDemand(&reader)
        case .relations: readRelation(&reader)
        case .unknown: break
        }
        if !reader.diagnostics.isEmpty { log.append(contentsOf: reader.diagnostics) }
    }

    private mutating func readHeader(_ record: CSVRecord, columns: (required: [String], optional: [String])) {
        guard var state = table else { return }
        let path = state.path
        var index = ColumnIndex()
        let known = columns.required + columns.optional
        for offset in 0 ..< record.count {
            let name = record.text(offset).trimmingWhitespace().lowercased()
            let position = SourcePosition(path: path, line: record.lines[offset], column: record.columns[offset])
            if !known.contains(name) {
                let near = Suggestions.nearest(to: name, in: known)
                log.warning(position, "unknown column \"\(name)\"; it is ignored", hint: near.map { "did you mean \"\($0)\"?" })
            } else if let column = Column(name: name) {
                if index.offset(of: column) != nil {
                    log.error(position, "column \"\(name)\" appears twice")
                } else {
                    index.add(column, offset: offset, required: columns.required.contains(name))
                }
            }
        }
        state.columns = index
        state.headerCount = record.count
        let missing = columns.required.filter { name in Column(name: name).flatMap { index.offset(of: $0) } == nil }
        if !missing.isEmpty {
            log.error(SourcePosition(path: path, line: record.lines[0], column: 1),
                      "missing required column\(missing.count > 1 ? "s" : "") \(missing.map { "\"\($0)\"" }.joined(separator: ", "))",
                      hint: "the header should be: \(Self.headerOrder(of: state.table).joined(separator: ","))")
            state.readsRows = false
        }
        table = state
    }

    /// A demand's poster must be an enterprise.
    static let enterpriseOnly: Set<OrganizationKind> = [.enterprise]

    static func recordKind(of table: String) -> RecordKind? {
        switch table {
        case "organizations": .organization
        case "platforms": .platform
        case "experts": .expert
        case "demands": .demand
        default: nil
        }
    }

    // MARK: - Rows

    private mutating func readOrganization(_ row: inout RowReader) {
        guard let (id, idPosition) = row.id() else { return }
        let name = row.text(.name)
        define(id, kind: .organization, name: name, at: idPosition)
        let kind = row.word(.kind, OrganizationKind.self, what: "organization kind")
        let location = row.word(.location, Location.self, what: "location")
        let segments = references(&row, .segments, to: [.segment], role: "segment")
        let technologies = references(&row, .technologies, to: [.technology], role: "technology")
        var tags: [OrganizationTag] = []
        for (word, position) in row.list(.tags) {
            if let tag = OrganizationTag(rawValue: word.lowercased()) {
                tags.append(tag)
            } else {
                log.warning(position, "unknown tag \"\(word)\"; it is ignored",
                            hint: Suggestions.vocabularyHint(for: word, allowed: OrganizationTag.allCases.map(\.rawValue)))
            }
        }
        let provenance = rowProvenance(&row)
        let asOf = rowDate(&row, .asOf, recordID: id)
        guard let kind, let location, let provenance, !name.isEmpty else { return }
        organizations.append(Organization(
            id: id, kind: kind, name: name, nameEN: row.text(.nameEN), location: location, segments: segments,
            technologies: technologies, tags: tags, provenance: provenance, asOf: asOf))
        if organizationKinds[id] == nil { organizationKinds[id] = kind }
    }

    private mutating func readPlatform(_ row: inout RowReader) {
        guard let (id, idPosition) = row.id() else { return }
        let name = row.text(.name)
        define(id, kind: .platform, name: name, at: idPosition)
        let type = row.word(.type, PlatformType.self, what: "platform type")
        let level = row.word(.level, Level.self, what: "level")
        let status = row.text(.status).isEmpty ? PlatformStatus.operating : row.word(.status, PlatformStatus.self, what: "platform status")
        let host = row.text(.host)
        if !host.isEmpty { refer(host, to: [.organization], role: "host organization", at: row.cellPosition(.host)) }
        let segments = references(&row, .segments, to: [.segment], role: "segment")
        let technologies = references(&row, .technologies, to: [.technology], role: "technology")
        let count = row.integer(.count, minimum: 1) ?? 1
        let provenance = rowProvenance(&row)
        let asOf = rowDate(&row, .asOf, recordID: id)
        guard let type, let level, let status, let provenance, !name.isEmpty else { return }
        platforms.append(Platform(
            id: id, name: name, nameEN: row.text(.nameEN), type: type, level: level, host: host.isEmpty ? nil : host,
            segments: segments, technologies: technologies, status: status, count: count, provenance: provenance, asOf: asOf))
    }

    private mutating func readExpert(_ row: inout RowReader) {
        guard let (id, idPosition) = row.id() else { return }
        let name = row.text(.name)
        define(id, kind: .expert, name: name, at: idPosition)
        let role = row.word(.role, ExpertRole.self, what: "expert role")
        let level: Level? = row.text(.level).isEmpty ? nil : row.word(.level, Level.self, what: "level")
        let affiliation = row.text(.affiliation)
        if !affiliation.isEmpty { refer(affiliation, to: [.organization], role: "affiliation", at: row.cellPosition(.affiliation)) }
        let technologies = references(&row, .technologies, to: [.technology], role: "technology")
        let fields = row.list(.fields).map(\.text)
        let headcount = row.integer(.headcount, minimum: 1) ?? 1
        let capacity = row.integer(.capacity, minimum: 0) ?? 1
        let serves = references(&row, .serves, to: [.organization, .platform], role: "served organization or platform")
        let provenance = rowProvenance(&row)
        let asOf = rowDate(&row, .asOf, recordID: id)
        guard let role, let provenance, !name.isEmpty else { return }
        let expert = Expert(
            id: id, name: name, role: role, level: level, affiliation: affiliation.isEmpty ? nil : affiliation,
            technologies: technologies, fields: fields, capacity: capacity, serves: serves, headcount: headcount,
            provenance: provenance, asOf: asOf)
        if expert.hasUnknownSkills {
            log.warning(idPosition, "expert \"\(id)\" has neither fields nor technologies, so it cannot be matched",
                        hint: "fill `fields` or `technologies`; analyses report it as a data gap meanwhile")
        }
        experts.append(expert)
    }

    private mutating func readDemand(_ row: inout RowReader) {
        guard let (id, idPosition) = row.id() else { return }
        let title = row.text(.title)
        define(id, kind: .demand, name: title, at: idPosition)
        let enterprise = row.text(.enterprise)
        if !enterprise.isEmpty {
            refer(enterprise, to: [.organization], role: "enterprise", at: row.cellPosition(.enterprise), organizationKinds: Self.enterpriseOnly)
        }
        let technologies = references(&row, .technologies, to: [.technology], role: "technology")
        let segment = row.text(.segment)
        if !segment.isEmpty { refer(segment, to: [.segment], role: "segment", at: row.cellPosition(.segment)) }
        let status = row.word(.status, DemandStatus.self, what: "demand status")
        let posted = rowDate(&row, .posted, recordID: nil)
        let provenance = rowProvenance(&row)
        guard let status, let provenance, !title.isEmpty, !enterprise.isEmpty else { return }
        demands.append(Demand(
            id: id, enterprise: enterprise, title: title, technologies: technologies, segment: segment.isEmpty ? nil : segment,
            status: status, posted: posted, provenance: provenance))
    }

    private mutating func readRelation(_ row: inout RowReader) {
        let from = row.text(.from), to = row.text(.to)
        // A non-empty cell implies its column exists, so its position does too; it is only built when needed.
        if !from.isEmpty { refer(from, to: .anyRecord, role: "record", at: row.cellPosition(.from)) }
        if !to.isEmpty { refer(to, to: .anyRecord, role: "record", at: row.cellPosition(.to)) }
        if !from.isEmpty, from == to {
            log.error(row.cellPosition(.to), "a relation from \"\(from)\" to itself")
        }
        let type = row.word(.type, RelationType.self, what: "relation type")
        let since = rowDate(&row, .since, recordID: nil)
        let provenance = rowProvenance(&row)
        guard let type, let provenance, !from.isEmpty, !to.isEmpty, from != to else { return }
        relationPositions.append(index: relations.count, path: row.path, line: row.record.line)
        relations.append(Relation(from: from, to: to, type: type, since: since, note: row.text(.note), provenance: provenance))
    }

    private mutating func references(_ row: inout RowReader, _ column: Column, to kinds: RecordKinds, role: String) -> [String] {
        row.list(column).map { item in
            refer(item.text, to: kinds, role: role, at: item.position)
            return item.text
        }
    }

    private mutating func rowProvenance(_ row: inout RowReader) -> Provenance? {
        let text = row.text(.source)
        guard !text.isEmpty else { return nil }
        return provenance(text, at: row.cellPosition(.source))
    }

    private mutating func rowDate(_ row: inout RowReader, _ column: Column, recordID: String?) -> PartialDate? {
        let text = row.text(column)
        guard !text.isEmpty else { return nil }
        guard let date = date(text) else {
            log.error(row.cellPosition(column), "\"\(text)\" is not a date", hint: "write YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        if let recordID { recordDate(id: recordID, date: date, at: row.cellPosition(column)) }
        return date
    }
}

/// The columns of all tables. Rows look cells up by these, not by name: a million rows times a dozen cells is too
/// many string comparisons.
enum Column: Int, CaseIterable {
    case id, kind, name, nameEN, location, segments, technologies, tags, source, asOf
    case type, level, host, status, count, role, affiliation, fields, capacity, serves, headcount
    case enterprise, title, segment, posted, from, to, since, note

    /// The name in a header.
    var name: String {
        switch self {
        case .nameEN: "name_en"
        case .asOf: "as_of"
        default: String(describing: self)
        }
    }

    private static let byName: [String: Column] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    init?(name: String) {
        guard let column = Self.byName[name] else { return nil }
        self = column
    }
}

/// Where a table's known columns are in its rows, by ``Column``.
struct ColumnIndex {
    private var offsets = [Int](repeating: -1, count: Column.allCases.count)
    private var required = [Bool](repeating: false, count: Column.allCases.count)

    mutating func add(_ column: Column, offset: Int, required isRequired: Bool) {
        offsets[column.rawValue] = offset
        required[column.rawValue] = isRequired
    }

    func offset(of column: Column) -> Int? {
        let offset = offsets[column.rawValue]
        return offset < 0 ? nil : offset
    }

    func isRequired(_ column: Column) -> Bool { required[column.rawValue] }
}

/// The table being read and what its header said.
struct TableState {
    /// Which reader a table's rows go to (an enum, not the table's name: rows are many).
    enum Reader {
        case organizations, platforms, experts, demands, relations, unknown
    }

    let table: String
    let reader: Reader
    let path: String
    /// Nil until the header is read.
    var columns: ColumnIndex?
    var headerCount = 0
    /// False when a required column is missing.
    var readsRows = true

    init(table: String, path: String) {
        self.table = table
        self.path = path
        reader = switch table {
        case "organizations": .organizations
        case "platforms": .platforms
        case "experts": .experts
        case "demands": .demands
        case "relations": .relations
        default: .unknown
        }
    }
}

/// Reads the cells of one table row by column name, reporting empty required cells and bad words.
struct RowReader {
    let record: CSVRecord
    let index: ColumnIndex
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedEmpty: [Column] = []

    init(record: CSVRecord, index: ColumnIndex, path: String) {
        self.record = record
        self.index = index
        self.path = path
    }

    func position(_ column: Column) -> SourcePosition? {
        guard let offset = index.offset(of: column) else { return nil }
        return SourcePosition(path: path, line: record.lines[offset], column: record.columns[offset])
    }

    /// The position of a column known to exist (its cell is not empty); the record's start otherwise.
    func cellPosition(_ column: Column) -> SourcePosition {
        position(column) ?? SourcePosition(path: path, line: record.line, column: 1)
    }

    /// The trimmed cell text; an empty required cell is reported once.
    mutating func text(_ column: Column) -> String {
        guard let offset = index.offset(of: column) else { return "" }
        let value = record.trimmedText(offset)
        if value.isEmpty, index.isRequired(column), !reportedEmpty.contains(column), let position = position(column) {
            reportedEmpty.append(column)
            diagnostics.append(Diagnostic(.error, at: position, "empty required cell \"\(column.name)\""))
        }
        return value
    }

    mutating func id() -> (String, SourcePosition)? {
        let value = text(.id)
        guard !value.isEmpty, let position = position(.id) else { return nil }
        return (value, position)
    }

    /// The items of a list cell, each with the position of the cell.
    mutating func list(_ column: Column) -> [(text: String, position: SourcePosition)] {
        guard let position = position(column) else { return [] }
        let text = text(column)
        if text.isEmpty { return [] }
        return Self.splitList(text).map { ($0, position) }
    }

    /// ``ListCell/split(_:)``; for ASCII text (lists of ids) by bytes, which gives the same items: in ASCII every
    /// byte is a character, `;` the only separator and the blanks are tab to carriage return and space.
    static func splitList(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return ListCell.split(text) }
        let isBlank = { (byte: UInt8) in byte == 0x20 || (0x09 ... 0x0D).contains(byte) }
        var items: [String] = []
        for piece in text.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true) {
            guard let first = piece.firstIndex(where: { !isBlank($0) }), let last = piece.lastIndex(where: { !isBlank($0) }) else { continue }
            items.append(String(decoding: piece[first ... last], as: UTF8.self))
        }
        return items
    }

    mutating func word<Word: RawRepresentable & CaseIterable>(_ column: Column, _ type: Word.Type, what: String) -> Word?
    where Word.RawValue == String {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        // Vocabularies are lower case, so a word that matches as written needs no lowercasing.
        if let word = Word(rawValue: value) ?? Word(rawValue: value.lowercased()) { return word }
        diagnostics.append(Diagnostic(
            .error, at: position(column), "unknown \(what) \"\(value)\"",
            hint: Suggestions.vocabularyHint(for: value, allowed: Word.allCases.map(\.rawValue))))
        return nil
    }

    /// A whole number in `minimum...maximum` (counts, headcounts, capacities: at most 100,000, so sums and
    /// products over a map cannot overflow); nil when empty or invalid (then reported).
    mutating func integer(_ column: Column, minimum: Int, maximum: Int = MapLimits.maximumCount) -> Int? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard let number = Int(value), number >= minimum, number <= maximum else {
            diagnostics.append(Diagnostic(.error, at: position(column), "\"\(value)\" is not a whole number from \(minimum) to \(maximum)",
                                          hint: "counts, headcounts and capacities are at most \(maximum)"))
            return nil
        }
        return number
    }
}
