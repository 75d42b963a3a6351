/// Reading tables, from CSV files or workbook sheets alike: headers (English or Chinese), then rows.
extension LoadContext {
    /// The columns of each table: required first, then optional, in the order `chainmap init` writes them.
    static let tableColumns: [String: (required: [String], optional: [String])] = [
        "organizations": (["id", "kind", "name", "location", "source"], ["name_en", "segments", "technologies", "tags", "as_of"]),
        "platforms": (["id", "name", "type", "level", "source"], ["name_en", "host", "segments", "technologies", "status", "count", "as_of"]),
        "experts": (["id", "name", "role", "source"],
                    ["level", "affiliation", "technologies", "fields", "capacity", "serves", "headcount", "as_of"]),
        "demands": (["id", "enterprise", "title", "status", "source"], ["technologies", "segment", "posted"]),
        "relations": (["from", "to", "type", "source"], ["since", "note"]),
        "sources": (["id", "title"], ["publisher", "date", "url", "file"]),
        "chains": (["id", "name", "source"], ["name_en", "survey"]),
        "segments": (["id", "chain", "name", "stage"], ["name_en", "technologies", "next", "source", "survey"]),
        "technologies": (["id", "name", "source"], ["name_en", "field", "keywords", "chokepoint", "chokepoint_source"]),
        "indicators": (["id", "name", "unit", "source"], ["name_en", "kind", "values", "targets", "target_source"]),
        "findings": (["id", "text", "source"], ["text_en", "concerns", "severity"]),
    ]

    /// The header `chainmap init` writes for a table, in the documented order.
    static func headerOrder(of table: String) -> [String] {
        switch table {
        case "organizations": ["id", "kind", "name", "name_en", "location", "segments", "technologies", "tags", "source", "as_of"]
        case "platforms": ["id", "name", "type", "level", "host", "segments", "technologies", "status", "count", "source", "as_of"]
        case "experts": ["id", "name", "role", "level", "affiliation", "technologies", "fields", "capacity", "serves", "headcount", "source", "as_of"]
        case "demands": ["id", "enterprise", "title", "technologies", "segment", "status", "posted", "source"]
        case "relations": ["from", "to", "type", "since", "note", "source"]
        case "sources": ["id", "title", "publisher", "date", "url", "file"]
        case "chains": ["id", "name", "name_en", "source", "survey"]
        case "segments": ["id", "chain", "name", "name_en", "stage", "technologies", "next", "source", "survey"]
        case "technologies": ["id", "name", "name_en", "field", "keywords", "chokepoint", "chokepoint_source", "source"]
        case "indicators": ["id", "name", "name_en", "unit", "kind", "values", "targets", "target_source", "source"]
        case "findings": ["id", "text", "text_en", "concerns", "severity", "source"]
        default: []
        }
    }

    /// Reads a whole decoded table (GB18030 files, and tests).
    mutating func readTable(_ table: String, text: String, path: String) {
        beginTable(table, origin: .csv(path: path), expectedRecords: 0)
        var parseLog = DiagnosticLog()
        CSVReader.forEachRecord(in: text, path: path, log: &parseLog) { readRecord($0) }
        log.append(contentsOf: parseLog.diagnostics)
        endTable()
    }

    /// Starts reading a table whose records will come through ``readRecord(_:)``, header first.
    /// - Parameter expectedRecords: an upper bound of the rows, to reserve memory once instead of growing.
    mutating func beginTable(_ table: String, origin: TableOrigin, expectedRecords: Int) {
        self.table = TableState(table: table, origin: origin)
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
            log.error(state.origin.rowPosition(line: 1), "the table has no header \(state.origin.sheet == nil ? "line" : "row")",
                      hint: "the first \(state.origin.sheet == nil ? "line" : "row") names the columns: \(Self.headerOrder(of: state.table).joined(separator: ","))")
        }
        table = nil
    }

    /// Reads one record of the current table: the header, then rows.
    mutating func readRecord(_ record: CSVRecord) {
        guard let state = table, state.reader != .unknown else { return }
        guard let index = state.columns else {
            readHeader(record, columns: Self.tableColumns[state.table] ?? ([], []))
            return
        }
        // A table with a missing required column is reported once, at its header; its rows are not read.
        guard state.readsRows else { return }
        var record = record
        // Spreadsheets leave empty cells after a row's last value; a sheet's row may also stop before the header's end.
        record.dropTrailingEmptyCells(beyond: state.headerCount)
        if state.origin.sheet != nil { record.pad(to: state.headerCount) }
        guard record.count == state.headerCount else {
            let last = record.count > 0
                ? state.origin.position(line: record.lines[record.count - 1], column: record.columns[record.count - 1], offset: record.count - 1, header: nil)
                : state.origin.rowPosition(line: record.line)
            if state.origin.sheet != nil {
                log.error(last, "a value outside the table's columns (the header has \(state.headerCount))",
                          hint: "give the column a header, or clear the cell")
            } else {
                log.error(last, "row has \(record.count) cell\(record.count == 1 ? "" : "s"), the header has \(state.headerCount)",
                          hint: "quote a cell that holds a comma (\"a,b\") and separate list items with ;")
            }
            // Still register the id so later references to it do not cascade into more errors.
            if let idIndex = index.offset(of: .id), idIndex < record.count, state.reader != .relations {
                let id = record.trimmedText(idIndex)
                if !id.isEmpty, ids[id] == nil, let kind = Self.recordKind(of: state.table) {
                    ids[id] = (kind, id, state.origin.position(line: record.lines[idIndex], column: record.columns[idIndex], offset: idIndex, header: nil))
                }
            }
            return
        }
        var reader = RowReader(record: record, index: index, origin: state.origin, headers: state.headers)
        switch state.reader {
        case .organizations: readOrganization(&reader)
        case .platforms: readPlatform(&reader)
        case .experts: readExpert(&reader)
        case .demands: readDemand(&reader)
        case .relations: readRelation(&reader)
        case .sources: readSourceRow(&reader)
        case .chains: readChainRow(&reader)
        case .segments: readSegmentRow(&reader)
        case .technologies: readTechnologyRow(&reader)
        case .indicators: readIndicatorRow(&reader)
        case .findings: readFindingRow(&reader)
        case .unknown: break
        }
        if !reader.diagnostics.isEmpty { log.append(contentsOf: reader.diagnostics) }
    }

    /// Reads a header: each cell names a column in English or by a Chinese alias (``VocabularyAliases``); trailing
    /// empty cells are dropped, unknown names warned about with a did-you-mean.
    private mutating func readHeader(_ record: CSVRecord, columns: (required: [String], optional: [String])) {
        guard var state = table else { return }
        var record = record
        record.dropTrailingEmptyCells(beyond: 0)
        var index = ColumnIndex()
        var headers: [String] = []
        let known = columns.required + columns.optional
        for offset in 0 ..< record.count {
            let written = record.text(offset).trimmingWhitespace()
            headers.append(written)
            let position = state.origin.position(line: record.lines[offset], column: record.columns[offset], offset: offset, header: written)
            guard !written.isEmpty else { continue }
            let name = VocabularyAliases.column(forHeader: written, in: state.table) ?? written.lowercased()
            if !known.contains(name) {
                let candidates = VocabularyAliases.headerCandidates(in: state.table)
                let near = Suggestions.nearest(to: written, in: candidates.isEmpty ? known : candidates)
                log.warning(position, "unknown column \"\(written)\"; it is ignored", hint: near.map { "did you mean \"\($0)\"?" })
            } else if let column = Column(name: name) {
                if index.offset(of: column) != nil {
                    log.error(position, "column \"\(written)\" appears twice")
                } else {
                    index.add(column, offset: offset, required: columns.required.contains(name))
                }
            }
        }
        state.columns = index
        state.headers = headers
        state.headerCount = record.count
        let missing = columns.required.filter { name in Column(name: name).flatMap { index.offset(of: $0) } == nil }
        if !missing.isEmpty {
            let names = missing.map { "\"\($0)\" (\(VocabularyAliases.chineseHeader($0, in: state.table)))" }
            let first = record.count > 0 ? record.lines[0] : record.line
            let place: SourcePosition = state.origin.sheet == nil
                ? SourcePosition(path: state.path, line: first, column: 1) : state.origin.rowPosition(line: first)
            log.error(place, "missing required column\(missing.count > 1 ? "s" : "") \(names.joined(separator: ", "))",
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
        case "chains": .chain
        case "segments": .segment
        case "technologies": .technology
        case "indicators": .indicator
        default: nil
        }
    }
}
