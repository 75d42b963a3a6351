import Foundation

/// A plain-text table whose columns line up in a terminal, Chinese included.
///
/// CJK characters take two terminal cells; widths are measured in cells, not characters.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    /// The table as lines: a header, a rule, the rows. Trailing blanks are trimmed.
    ///
    /// - Complexity: O(*r* · *c*) in rows times columns.
    public func render() -> String {
        let columns = headers.count
        var widths = headers.map(DisplayWidth.of)
        // Cells as shown: one line, control characters (ANSI escapes from the data) made visible and inert.
        let rows = rows.map { $0.map(Self.singleLine) }
        for row in rows {
            for (index, cell) in row.prefix(columns).enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for index in 0..<columns {
                let cell = index < cells.count ? cells[index] : ""
                text += cell
                if index < columns - 1 { text += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2) }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
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

/// How many terminal cells a string takes (East Asian Wide and Fullwidth characters take two).
public enum DisplayWidth {
    /// - Complexity: O(*n*) in the number of scalars.
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += cells(scalar)
        }
        return width
    }

    static func cells(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value) || (0xFE00...0xFE0F).contains(value) {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
