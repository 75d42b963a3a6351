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

    mutating func readTable(_ table: String, text: String, path: String) {
        let parsed = CSVReader.parse(text, path: path, log: &log)
        guard let columns = Self.tableColumns[table] else { return }
        guard !parsed.header.isEmpty else {
            log.error(SourcePosition(path: path, line: 1, column: 1), "the table has no header line",
                      hint: "the first line names the columns: \(Self.headerOrder(of: table).joined(separator: ","))")
            return
        }
        var index: [String: Int] = [:]
        for (offset, cell) in parsed.header.enumerated() {
            let name = cell.text.trimmingWhitespace().lowercased()
            let position = SourcePosition(path: path, line: cell.line, column: cell.column)
            if !(columns.required + columns.optional).contains(name) {
                let near = Suggestions.nearest(to: name, in: columns.required + columns.optional)
                log.warning(position, "unknown column \"\(name)\"; it is ignored", hint: near.map { "did you mean \"\($0)\"?" })
            } else if index[name] != nil {
                log.error(position, "column \"\(name)\" appears twice")
            } else {
                index[name] = offset
            }
        }
        let missing = columns.required.filter { index[$0] == nil }
        if !missing.isEmpty {
            log.error(SourcePosition(path: path, line: parsed.header[0].line, column: 1),
                      "missing required column\(missing.count > 1 ? "s" : "") \(missing.map { "\"\($0)\"" }.joined(separator: ", "))",
                      hint: "the header should be: \(Self.headerOrder(of: table).joined(separator: ","))")
            return
        }
        for row in parsed.rows {
            guard row.cells.count == parsed.header.count else {
                let last = row.cells.last.map { SourcePosition(path: path, line: $0.line, column: $0.column) }
                log.error(last ?? SourcePosition(path: path, line: row.line, column: 1),
                          "row has \(row.cells.count) cell\(row.cells.count == 1 ? "" : "s"), the header has \(parsed.header.count)",
                          hint: "quote a cell that holds a comma (\"a,b\") and separate list items with ;")
                // Still register the id so later references to it do not cascade into more errors.
                if let idIndex = index["id"], idIndex < row.cells.count, table != "relations" {
                    let cell = row.cells[idIndex]
                    let id = cell.text.trimmingWhitespace()
                    if !id.isEmpty, ids[id] == nil, let kind = Self.recordKind(of: table) {
                        ids[id] = (kind, id, SourcePosition(path: path, line: cell.line, column: cell.column))
                    }
                }
                continue
            }
            var reader = RowReader(row: row, index: index, path: path, required: Set(columns.required))
            switch table {
            case "organizations": readOrganization(&reader)
            case "platforms": readPlatform(&reader)
            case "experts": readExpert(&reader)
            case "demands": readDemand(&reader)
            case "relations": readRelation(&reader)
            default: break
            }
            log.append(contentsOf: reader.diagnostics)
        }
    }

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
        let name = row.text("name")
        define(id, kind: .organization, name: name, at: idPosition)
        let kind = row.word("kind", OrganizationKind.self, what: "organization kind")
        let location = row.word("location", Location.self, what: "location")
        let segments = references(&row, "segments", to: [.segment], role: "segment")
        let technologies = references(&row, "technologies", to: [.technology], role: "technology")
        var tags: [OrganizationTag] = []
        for (word, position) in row.list("tags") {
            if let tag = OrganizationTag(rawValue: word.lowercased()) {
                tags.append(tag)
            } else {
                log.warning(position, "unknown tag \"\(word)\"; it is ignored",
                            hint: Suggestions.vocabularyHint(for: word, allowed: OrganizationTag.allCases.map(\.rawValue)))
            }
        }
        let provenance = rowProvenance(&row)
        let asOf = rowDate(&row, "as_of", recordID: id)
        guard let kind, let location, let provenance, !name.isEmpty else { return }
        organizations.append(Organization(
            id: id, kind: kind, name: name, nameEN: row.text("name_en"), location: location, segments: segments,
            technologies: technologies, tags: tags, provenance: provenance, asOf: asOf))
    }

    private mutating func readPlatform(_ row: inout RowReader) {
        guard let (id, idPosition) = row.id() else { return }
        let name = row.text("name")
        define(id, kind: .platform, name: name, at: idPosition)
        let type = row.word("type", PlatformType.self, what: "platform type")
        let level = row.word("level", Level.self, what: "level")
        let status = row.text("status").isEmpty ? PlatformStatus.operating : row.word("status", PlatformStatus.self, what: "platform status")
        let host = row.text("host")
        if !host.isEmpty, let position = row.position("host") { refer(host, to: [.organization], role: "host organization", at: position) }
        let segments = references(&row, "segments", to: [.segment], role: "segment")
        let technologies = references(&row, "technologies", to: [.technology], role: "technology")
        let count = row.integer("count", minimum: 1) ?? 1
        let provenance = rowProvenance(&row)
        let asOf = rowDate(&row, "as_of", recordID: id)
        guard let type, let level, let status, let provenance, !name.isEmpty else { return }
        platforms.append(Platform(
            id: id, name: name, nameEN: row.text("name_en"), type: type, level: level, host: host.isEmpty ? nil : host,
            segments: segments, technologies: technologies, status: status, count: count, provenance: provenance, asOf: asOf))
    }

    private mutating func readExpert(_ row: inout RowReader) {
        guard let (id, idPosition) = row.id() else { return }
        let name = row.text("name")
        define(id, kind: .expert, name: name, at: idPosition)
        let role = row.word("role", ExpertRole.self, what: "expert role")
        let level: Level? = row.text("level").isEmpty ? nil : row.word("level", Level.self, what: "level")
        let affiliation = row.text("affiliation")
        if !affiliation.isEmpty, let position = row.position("affiliation") {
            refer(affiliation, to: [.organization], role: "affiliation", at: position)
        }
        let technologies = references(&row, "technologies", to: [.technology], role: "technology")
        let fields = row.list("fields").map(\.text)
        let headcount = row.integer("headcount", minimum: 1) ?? 1
        let capacity = row.integer("capacity", minimum: 0) ?? 1
        let serves = references(&row, "serves", to: [.organization, .platform], role: "served organization or platform")
        let provenance = rowProvenance(&row)
        let asOf = rowDate(&row, "as_of", recordID: id)
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
        let title = row.text("title")
        define(id, kind: .demand, name: title, at: idPosition)
        let enterprise = row.text("enterprise")
        if !enterprise.isEmpty, let position = row.position("enterprise") {
            refer(enterprise, to: [.organization], role: "enterprise", at: position, organizationKinds: [.enterprise])
        }
        let technologies = references(&row, "technologies", to: [.technology], role: "technology")
        let segment = row.text("segment")
        if !segment.isEmpty, let position = row.position("segment") { refer(segment, to: [.segment], role: "segment", at: position) }
        let status = row.word("status", DemandStatus.self, what: "demand status")
        let posted = rowDate(&row, "posted", recordID: nil)
        let provenance = rowProvenance(&row)
        guard let status, let provenance, !title.isEmpty, !enterprise.isEmpty else { return }
        demands.append(Demand(
            id: id, enterprise: enterprise, title: title, technologies: technologies, segment: segment.isEmpty ? nil : segment,
            status: status, posted: posted, provenance: provenance))
    }

    private mutating func readRelation(_ row: inout RowReader) {
        let from = row.text("from"), to = row.text("to")
        let anyKind = Set(RecordKind.allCases).subtracting([.indicator])
        if let position = row.position("from"), !from.isEmpty { refer(from, to: anyKind, role: "record", at: position) }
        if let position = row.position("to"), !to.isEmpty { refer(to, to: anyKind, role: "record", at: position) }
        if !from.isEmpty, from == to, let position = row.position("to") {
            log.error(position, "a relation from \"\(from)\" to itself")
        }
        let type = row.word("type", RelationType.self, what: "relation type")
        let since = rowDate(&row, "since", recordID: nil)
        let provenance = rowProvenance(&row)
        guard let type, let provenance, !from.isEmpty, !to.isEmpty, from != to else { return }
        relationPositions[relations.count] = SourcePosition(path: row.path, line: row.row.line, column: 1)
        relations.append(Relation(from: from, to: to, type: type, since: since, note: row.text("note"), provenance: provenance))
    }

    private mutating func references(_ row: inout RowReader, _ column: String, to kinds: Set<RecordKind>, role: String) -> [String] {
        row.list(column).map { item in
            refer(item.text, to: kinds, role: role, at: item.position)
            return item.text
        }
    }

    private mutating func rowProvenance(_ row: inout RowReader) -> Provenance? {
        let text = row.text("source")
        guard !text.isEmpty, let position = row.position("source") else { return nil }
        return provenance(text, at: position)
    }

    private mutating func rowDate(_ row: inout RowReader, _ column: String, recordID: String?) -> PartialDate? {
        let text = row.text(column)
        guard !text.isEmpty, let position = row.position(column) else { return nil }
        guard let date = PartialDate(text) else {
            log.error(position, "\"\(text)\" is not a date", hint: "write YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        if let recordID { recordDates.append((recordID, date, position)) }
        return date
    }
}

/// Reads the cells of one table row by column name, reporting empty required cells and bad words.
struct RowReader {
    let row: CSVRow
    let index: [String: Int]
    let path: String
    let required: Set<String>
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedEmpty: Set<String> = []

    init(row: CSVRow, index: [String: Int], path: String, required: Set<String>) {
        self.row = row
        self.index = index
        self.path = path
        self.required = required
    }

    func position(_ column: String) -> SourcePosition? {
        guard let offset = index[column] else { return nil }
        let cell = row.cells[offset]
        return SourcePosition(path: path, line: cell.line, column: cell.column)
    }

    /// The trimmed cell text; an empty required cell is reported once.
    mutating func text(_ column: String) -> String {
        guard let offset = index[column] else { return "" }
        let value = row.cells[offset].text.trimmingWhitespace()
        if value.isEmpty, required.contains(column), !reportedEmpty.contains(column), let position = position(column) {
            reportedEmpty.insert(column)
            diagnostics.append(Diagnostic(.error, at: position, "empty required cell \"\(column)\""))
        }
        return value
    }

    mutating func id() -> (String, SourcePosition)? {
        let value = text("id")
        guard !value.isEmpty, let position = position("id") else { return nil }
        return (value, position)
    }

    /// The items of a list cell, each with the position of the cell.
    mutating func list(_ column: String) -> [(text: String, position: SourcePosition)] {
        guard let position = position(column) else { return [] }
        return ListCell.split(text(column)).map { ($0, position) }
    }

    mutating func word<Word: RawRepresentable & CaseIterable>(_ column: String, _ type: Word.Type, what: String) -> Word?
    where Word.RawValue == String {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        if let word = Word(rawValue: value.lowercased()) { return word }
        diagnostics.append(Diagnostic(
            .error, at: position(column), "unknown \(what) \"\(value)\"",
            hint: Suggestions.vocabularyHint(for: value, allowed: Word.allCases.map(\.rawValue))))
        return nil
    }

    mutating func integer(_ column: String, minimum: Int) -> Int? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard let number = Int(value), number >= minimum else {
            diagnostics.append(Diagnostic(.error, at: position(column), "\"\(value)\" is not a whole number ≥ \(minimum)"))
            return nil
        }
        return number
    }
}
