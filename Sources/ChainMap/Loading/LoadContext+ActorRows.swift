/// The actors' tables row by row — organizations, platforms, experts, demands, relations — and the cell readers
/// they share with the part tables (id and name, references, provenance, dates).
extension LoadContext {
    mutating func readOrganization(_ row: inout RowReader) {
        guard let (id, _, name) = defineRecord(&row, .organization) else { return }
        let kind = row.word(.kind, OrganizationKind.self, what: "organization kind")
        let location = row.word(.location, Location.self, what: "location")
        let segments = references(&row, .segments, to: [.segment], role: "segment")
        let technologies = references(&row, .technologies, to: [.technology], role: "technology")
        var tags: [OrganizationTag] = []
        for (word, position) in row.list(.tags) {
            if let tag = VocabularyAliases.word(word, OrganizationTag.self) {
                tags.append(tag)
            } else {
                log.error(position, "unknown tag \"\(word)\"", hint: VocabularyAliases.hint(for: word, OrganizationTag.self))
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

    mutating func readPlatform(_ row: inout RowReader) {
        guard let (id, _, name) = defineRecord(&row, .platform) else { return }
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

    mutating func readExpert(_ row: inout RowReader) {
        guard let (id, idPosition, name) = defineRecord(&row, .expert) else { return }
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

    mutating func readDemand(_ row: inout RowReader) {
        guard let (id, _, title) = defineRecord(&row, .demand, name: .title) else { return }
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

    mutating func readRelation(_ row: inout RowReader) {
        let from = row.text(.from), to = row.text(.to)
        // A non-empty cell implies its column exists, so its position does too; it is only built when needed.
        let fromID = from.isEmpty ? -1 : relationEnd(from, at: row.cellPosition(.from))
        let toID = to.isEmpty ? -1 : relationEnd(to, at: row.cellPosition(.to))
        if !from.isEmpty, from == to {
            log.error(row.cellPosition(.to), "a relation from \"\(from)\" to itself")
        }
        let type = row.word(.type, RelationType.self, what: "relation type")
        let since = rowDate(&row, .since, recordID: nil)
        let provenance = rowProvenance(&row)
        guard let type, let provenance, !from.isEmpty, !to.isEmpty, from != to else { return }
        relationPositions.append(index: relations.count, path: row.path, line: row.record.line, sheet: row.origin.sheet)
        relations.append(fromID: fromID, toID: toID, type: type, since: since, note: row.text(.note), provenance: provenance)
    }

    /// Reads the row's id and name cells and registers the record; nil for a row without an id (its empty required
    /// cell is reported).
    /// - Parameter column: the cell that names the record (a demand's `title`).
    mutating func defineRecord(
        _ row: inout RowReader, _ kind: RecordKind, name column: Column = .name
    ) -> (id: String, position: SourcePosition, name: String)? {
        guard let (id, position) = row.id() else { return nil }
        let name = row.text(column)
        define(id, kind: kind, name: name, at: position)
        return (id, position, name)
    }

    /// Checks a relation's end like ``refer(_:to:role:at:organizationKinds:)`` (once per id once it resolves) and
    /// returns its position in the relations' id table.
    private mutating func relationEnd(_ id: String, at position: @autoclosure () -> SourcePosition) -> Int32 {
        let interned = relations.internID(id)
        let index = Int(interned)
        if index < relationEndResolved.count, relationEndResolved[index] { return interned }
        while relationEndResolved.count <= index { relationEndResolved.append(false) }
        relationEndResolved[index] = refer(id, to: .anyRecord, role: "record", at: position())
        return interned
    }

    mutating func references(_ row: inout RowReader, _ column: Column, to kinds: RecordKinds, role: String) -> [String] {
        row.list(column).map { item in
            refer(item.text, to: kinds, role: role, at: item.position)
            return item.text
        }
    }

    mutating func rowProvenance(_ row: inout RowReader) -> Provenance? {
        let text = row.text(.source)
        guard !text.isEmpty else { return nil }
        return provenance(text, at: row.cellPosition(.source))
    }

    mutating func rowDate(_ row: inout RowReader, _ column: Column, recordID: String?) -> PartialDate? {
        let text = row.text(column)
        guard !text.isEmpty else { return nil }
        guard let date = date(text) else {
            log.error(row.cellPosition(column), "\"\(text)\" is not a date",
                      hint: "write YYYY, YYYY-MM or YYYY-MM-DD (2025/3/1, 2025年3月, 2025.3 and date cells are read too)")
            return nil
        }
        if let recordID { recordDate(id: recordID, date: date, at: row.cellPosition(column)) }
        return date
    }
}
