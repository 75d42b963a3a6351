import ChainMap
import Foundation

/// A plain-text table whose columns line up in a terminal, Chinese included.
///
/// CJK characters take two terminal cells; widths are measured in cells, not characters.
struct TextTable: Sendable {
    /// The column headers, the first line printed.
    var headers: [String]
    /// The rows, each as many cells as there are headers (shorter rows are padded with blanks).
    var rows: [[String]]

    /// A table of `headers` over `rows`.
    init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    /// The table as lines: a header, a rule, the rows. Trailing blanks are trimmed.
    ///
    /// - Complexity: O(*r* · *c*) in rows times columns.
    func render() -> String {
        var text = ""
        Self.stream(headers: headers, rows: { row in rows.forEach(row) }, write: { text += $0 })
        return text
    }

    /// Renders like ``render()`` without holding the rows or the text: `rows` is called twice (widths, then lines)
    /// and must give the same rows both times; `write` receives the text in pieces of about a megabyte.
    ///
    /// - Complexity: O(*r* · *c*) time, O(*c*) memory besides one piece of text.
    static func stream(headers: [String], rows: (([String]) -> Void) -> Void, write: @escaping (String) -> Void) {
        let columns = headers.count
        var widths = headers.map(DisplayWidth.of)
        // Cells as shown: one line, control characters (ANSI escapes from the data) made visible and inert.
        rows { row in
            for (index, cell) in row.prefix(columns).enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(singleLine(cell)))
            }
        }
        var text = ""
        func line(_ cells: [String]) {
            var line = ""
            for index in 0..<columns {
                let cell = index < cells.count ? cells[index] : ""
                line += cell
                if index < columns - 1 { line += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line
            text += "\n"
            if text.utf8.count >= 1 << 20 {
                write(text)
                text = ""
            }
        }
        line(headers)
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        rows { row in line(row.map(singleLine)) }
        if !text.isEmpty { write(text) }
    }

    static func singleLine(_ text: String) -> String {
        TerminalText.escapingControls(text.replacingLineBreaks())
    }
}

extension String {
    func replacingLineBreaks() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
