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
        let columns = headers.count
        var widths = headers.map(DisplayWidth.of)
        // Cells as shown: one line, control characters (ANSI escapes from the data) made visible and inert.
        let rows = rows.map { $0.map(Self.singleLine) }
        for row in rows {
            for (index, cell) in row.prefix(columns).enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        var lines = [Self.line(headers, widths: widths), Self.rule(widths)]
        lines += rows.map { Self.line($0, widths: widths) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line of the table: the cells padded to `widths` (one per column), two blanks apart, trailing blanks trimmed.
    static func line(_ cells: [String], widths: [Int]) -> String {
        let columns = widths.count
        var text = ""
        for index in 0..<columns {
            let cell = index < cells.count ? cells[index] : ""
            text += cell
            if index < columns - 1 { text += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2) }
        }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// The rule under the headers: a run of dashes as wide as each column.
    static func rule(_ widths: [Int]) -> String {
        widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
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
