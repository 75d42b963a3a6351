// What a workbook holds, as XLSXWriter takes it: sheets of cells.

/// One cell written to a workbook.
public enum XLSXCell: Sendable, Equatable {
    /// A text cell, written as an inline string: a spreadsheet shows it as text and never evaluates it.
    case text(String)
    /// A number cell, stored as a number so Excel can sum and sort it.
    case number(Double)
    /// A cell left blank.
    case empty

    /// A cell for `text`: empty when it is empty.
    public init(_ text: String) { self = text.isEmpty ? .empty : .text(text) }

    /// A number cell when `text` is a plain decimal number (`-0.33`, `12`), else a text cell: for tables whose
    /// cells come as text.
    public init(guessing text: String) {
        if CSVWriter.isNumber(text), let value = Double(text), !text.hasPrefix("+") { self = .number(value) } else { self = XLSXCell(text) }
    }

    var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let value): SpreadsheetText.numberText(value)
        case .empty: ""
        }
    }
}

/// One sheet: a header row (bold, frozen), rows, and optionally a comment on each header and drop-down lists.
public struct XLSXSheet: Sendable {
    /// The sheet's tab name.
    public var name: String
    /// The first row.
    public var headers: [String]
    /// The rows after the first.
    public var rows: [[XLSXCell]]
    /// A comment per header (same order; empty for none): what goes in the column.
    public var comments: [String]
    /// Drop-down lists (data validation) by column index (0 = A): the choices offered.
    public var choices: [Int: [String]]
    /// Columns whose cells may hold several choices separated by `;`: the list is offered, other text allowed.
    public var multipleChoice: Set<Int>
    /// Whether the first row is a header to freeze and embolden (false for a key/value sheet).
    public var hasHeader: Bool

    /// A sheet of `rows` under `headers`.
    ///
    /// - Parameters:
    ///   - name: the sheet's name (at most 31 characters, no `[]:*?/\`).
    ///   - headers: the first row.
    ///   - rows: the rows after it.
    ///   - comments: a note per header cell (empty for none).
    ///   - choices: drop-down lists by column index.
    ///   - multipleChoice: columns whose cells may hold several choices.
    ///   - hasHeader: whether the first row is a header to freeze and embolden.
    public init(name: String, headers: [String], rows: [[XLSXCell]], comments: [String] = [], choices: [Int: [String]] = [:],
                multipleChoice: Set<Int> = [], hasHeader: Bool = true) {
        self.name = name
        self.headers = headers
        self.rows = rows
        self.comments = comments
        self.choices = choices
        self.multipleChoice = multipleChoice
        self.hasHeader = hasHeader
    }
}
