/// The row-source abstraction: a table's rows come from a CSV file or a workbook sheet as ``CSVRecord``s (cells and
/// where each starts); the readers in `LoadContext+Tables.swift` see only records, columns and positions.

/// Where a table's rows come from, which decides how a cell's position is told.
enum TableOrigin: Sendable, Equatable {
    /// A CSV file: records' lines and columns are lines and characters; a cell is named by its header.
    case csv(path: String)
    /// A workbook sheet: records' lines are rows and columns are column numbers (A = 1).
    case sheet(file: String, sheet: String)

    var path: String {
        switch self {
        case .csv(let path): path
        case .sheet(let file, _): file
        }
    }

    var sheet: String? {
        if case .sheet(_, let sheet) = self { return sheet }
        return nil
    }

    /// The position of a cell.
    /// - Parameters:
    ///   - offset: the cell's index in the record (0 = column A of a CSV table).
    ///   - header: its column's header as written.
    func position(line: Int, column: Int, offset: Int, header: String?) -> SourcePosition {
        switch self {
        case .csv(let path): SourcePosition(path: path, line: line, column: column, header: header, cell: header == nil ? nil : offset + 1)
        case .sheet(let file, let sheet): SourcePosition(path: file, line: line, column: column, sheet: sheet)
        }
    }

    /// The position of a whole row (its first cell).
    func rowPosition(line: Int) -> SourcePosition {
        SourcePosition(path: path, line: line, column: 1, sheet: sheet)
    }
}

/// The columns of all tables. Rows look cells up by these, not by name: a million rows times a dozen cells is too
/// many string comparisons.
enum Column: Int, CaseIterable {
    case id, kind, name, nameEN, location, segments, technologies, tags, source, asOf
    case type, level, host, status, count, role, affiliation, fields, capacity, serves, headcount
    case enterprise, title, segment, posted, from, to, since, note
    case chain, stage, next, survey, field, keywords, chokepoint, unit, values, targets, publisher, date, url, file
    case chokepointSource, targetSource, text, textEN, concerns, severity

    /// The English name in a header.
    var name: String {
        switch self {
        case .nameEN: "name_en"
        case .asOf: "as_of"
        case .chokepointSource: "chokepoint_source"
        case .targetSource: "target_source"
        case .textEN: "text_en"
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
        case organizations, platforms, experts, demands, relations
        case sources, chains, segments, technologies, indicators, findings, unknown
    }

    let table: String
    let reader: Reader
    let origin: TableOrigin
    var path: String { origin.path }
    /// Nil until the header is read.
    var columns: ColumnIndex?
    /// The header's cells as written, by offset (trailing empty cells dropped).
    var headers: [String] = []
    var headerCount = 0
    /// False when a required column is missing.
    var readsRows = true

    init(table: String, origin: TableOrigin) {
        self.table = table
        self.origin = origin
        reader = switch table {
        case "organizations": .organizations
        case "platforms": .platforms
        case "experts": .experts
        case "demands": .demands
        case "relations": .relations
        case "sources": .sources
        case "chains": .chains
        case "segments": .segments
        case "technologies": .technologies
        case "indicators": .indicators
        case "findings": .findings
        default: .unknown
        }
    }
}

/// Reads the cells of one table row by column, reporting empty required cells and bad words.
struct RowReader {
    let record: CSVRecord
    let index: ColumnIndex
    let origin: TableOrigin
    let headers: [String]
    var path: String { origin.path }
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedEmpty: [Column] = []

    init(record: CSVRecord, index: ColumnIndex, origin: TableOrigin, headers: [String]) {
        self.record = record
        self.index = index
        self.origin = origin
        self.headers = headers
    }

    func position(_ column: Column) -> SourcePosition? {
        guard let offset = index.offset(of: column) else { return nil }
        return origin.position(line: record.lines[offset], column: record.columns[offset], offset: offset,
                               header: offset < headers.count ? headers[offset] : column.name)
    }

    /// The position of a column known to exist (its cell is not empty); the record's start otherwise.
    func cellPosition(_ column: Column) -> SourcePosition {
        position(column) ?? origin.rowPosition(line: record.line)
    }

    /// The trimmed cell text; an empty required cell is reported once.
    mutating func text(_ column: Column) -> String {
        guard let offset = index.offset(of: column) else { return "" }
        let value = record.trimmedText(offset)
        if value.isEmpty, index.isRequired(column), !reportedEmpty.contains(column), let position = position(column) {
            reportedEmpty.append(column)
            let header = offset < headers.count ? headers[offset] : column.name
            diagnostics.append(Diagnostic(.error, at: position, "empty required cell \"\(header)\""))
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

    /// A closed-vocabulary word, in English or Chinese (``VocabularyAliases``); an unknown one is an error whose hint
    /// lists the choices in both languages.
    mutating func word<Word: RawRepresentable & CaseIterable>(_ column: Column, _ type: Word.Type, what: String) -> Word?
    where Word.RawValue == String {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        if let word = VocabularyAliases.word(value, type) { return word }
        diagnostics.append(Diagnostic(.error, at: position(column), "unknown \(what) \"\(value)\"", hint: VocabularyAliases.hint(for: value, type)))
        return nil
    }

    /// A word of a vocabulary kept as text (see ``VocabularyAliases/values``), as its English word; nil when empty or
    /// unknown (reported).
    mutating func word(_ column: Column, vocabulary: String, what: String) -> String? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        if let word = VocabularyAliases.word(value, in: vocabulary) { return word }
        let english = VocabularyAliases.values[vocabulary]?.map(\.word) ?? []
        diagnostics.append(Diagnostic(.error, at: position(column), "unknown \(what) \"\(value)\"",
                                      hint: VocabularyAliases.hint(for: value, in: vocabulary, english: english)))
        return nil
    }

    /// A whole number ≥ `minimum`: typed (`1,200`) or stored by a spreadsheet (`12.0`).
    /// A whole number in `minimum...maximum` (counts, headcounts, capacities: at most 100,000, so sums and
    /// products of them cannot overflow).
    mutating func integer(_ column: Column, minimum: Int, maximum: Int = MapLimits.maximumCount) -> Int? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard let number = SpreadsheetText.integer(value), number >= minimum, number <= maximum else {
            diagnostics.append(Diagnostic(.error, at: position(column), "\"\(value)\" is not a whole number from \(minimum) to \(maximum)",
                                          hint: "counts, headcounts and capacities are at most \(maximum)"))
            return nil
        }
        return number
    }

    /// A yes/no cell: `true`/`false`, `yes`/`no`, `是`/`否`; empty is nil.
    mutating func boolean(_ column: Column) -> Bool? {
        guard let word = word(column, vocabulary: "boolean", what: "yes/no value") else { return nil }
        return word == "true"
    }
}
