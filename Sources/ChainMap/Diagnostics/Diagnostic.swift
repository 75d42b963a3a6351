/// A place in a map file: the path as the user named it, a 1-based line and a 1-based column (in characters).
///
/// Table cells say more, as a person counts them: a CSV cell names its column by header and letter
/// (`organizations.csv:7: column 环节 (C)`), a workbook cell by sheet and A1 reference (`county.xlsx[企业与机构]!C7`).
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The file as the user named it (relative paths stay relative).
    public var path: String
    /// The line; in a workbook the row.
    public var line: Int
    /// The column in characters; in a workbook the column number (A = 1).
    public var column: Int
    /// For a workbook cell: the sheet's name.
    public var sheet: String?
    /// For a CSV table cell: the column's header as written.
    public var header: String?
    /// For a CSV table cell: the cell's column number (A = 1).
    public var cell: Int?

    /// - Parameters:
    ///   - path: the file as the user named it.
    ///   - line: 1-based line (workbook: row).
    ///   - column: 1-based column in characters (workbook: column number).
    ///   - sheet: the workbook sheet, if any.
    ///   - header: a CSV cell's column header, if any.
    ///   - cell: a CSV cell's column number, if any.
    public init(path: String, line: Int, column: Int, sheet: String? = nil, header: String? = nil, cell: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.sheet = sheet
        self.header = header
        self.cell = cell
    }

    /// The place as a diagnostic prints it: `book.xlsx[sheet]!C7`, `file.csv:7: column 环节 (C)` or `file:line:column`.
    public var description: String {
        if let sheet { return "\(path)[\(sheet)]!\(Self.columnLetters(column))\(line)" }
        if let header, let cell { return "\(path):\(line): column \(header) (\(Self.columnLetters(cell)))" }
        return "\(path):\(line):\(column)"
    }

    /// A spreadsheet column's letters: 1 → A, 26 → Z, 27 → AA.
    public static func columnLetters(_ number: Int) -> String {
        var value = max(1, number)
        var letters: [Character] = []
        while value > 0 {
            let digit = (value - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            value = (value - 1) / 26
        }
        return String(letters.reversed())
    }

    /// Orders by path, then line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.path, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.path, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}

/// One problem found in a map, printed as `path:line:column: error: message; hint: …`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// How serious a problem is: an error makes the map unusable (exit 65), a warning does not.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// `error`: the map cannot be used as it is; `warning`: worth a look, the map still loads.
        case error, warning
    }

    /// Whether the problem is an error or a warning.
    public var severity: Severity
    /// Nil only for a problem that belongs to no file (the map folder itself).
    public var position: SourcePosition?
    /// What is wrong, naming the offending value (`unknown enterprise "tea-firmz"`).
    public var message: String
    /// What the user can do about it: "did you mean …", the allowed words.
    public var hint: String?

    /// A diagnostic.
    ///
    /// - Parameters:
    ///   - severity: Error or warning.
    ///   - position: Where in which file; nil for a problem of the map folder itself.
    ///   - message: What is wrong.
    ///   - hint: What the user can do about it, or nil.
    public init(_ severity: Severity, at position: SourcePosition?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.position = position
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: error|warning: message; hint: …`, the line `chainmap validate` prints.
    public var description: String {
        let place = position.map { "\($0): " } ?? ""
        let advice = hint.map { "; hint: \($0)" } ?? ""
        return "\(place)\(severity.rawValue): \(message)\(advice)"
    }

    /// Orders by file and place, so a report reads top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.position, rhs.position) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (lhs.message, lhs.severity.rawValue) < (rhs.message, rhs.severity.rawValue)
        }
    }
}

/// Collects diagnostics as a map is read and checked, so one run reports every problem.
public struct DiagnosticLog: Sendable {
    /// The diagnostics in the order they were found (see ``sorted`` for the report order).
    public private(set) var diagnostics: [Diagnostic] = []

    /// An empty log.
    public init() {}

    /// Records an error at `position`, with an optional hint.
    public mutating func error(_ position: SourcePosition?, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: position, message, hint: hint))
    }

    /// Records a warning at `position`, with an optional hint.
    public mutating func warning(_ position: SourcePosition?, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: position, message, hint: hint))
    }

    /// Records diagnostics found elsewhere (by another pass or a worker), in their order.
    public mutating func append(contentsOf more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// Every diagnostic, sorted by position, without repeats.
    public var sorted: [Diagnostic] { Array(Set(diagnostics)).sorted() }
}
