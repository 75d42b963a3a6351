import Foundation

/// How CSV output is written: for Excel and WPS (the default) or raw for scripts.
public struct CSVStyle: Sendable, Equatable {
    /// The bytes' encoding.
    public enum Encoding: String, Sendable, CaseIterable {
        /// UTF-8, with a byte-order mark in the Excel style.
        case utf8 = "utf-8"
        /// GB18030, for old WPS and Excel on Chinese Windows.
        case gb18030
    }

    /// Excel's habits: a UTF-8 byte-order mark (so a double-click shows Chinese, not mojibake), CRLF line ends, and
    /// text cells that a spreadsheet would run as a formula neutralised (OWASP's CSV-injection advice).
    public var excel: Bool
    /// The bytes' encoding.
    public var encoding: Encoding

    /// - Parameters:
    ///   - excel: BOM, CRLF and neutralised formulas when true; plain RFC 4180 with `\n` when false.
    ///   - encoding: UTF-8, or GB18030 for old WPS and Excel on Chinese Windows (no BOM: GB18030 has none).
    public init(excel: Bool = true, encoding: Encoding = .utf8) {
        self.excel = excel
        self.encoding = encoding
    }

    /// UTF-8 with BOM, CRLF, neutralised.
    public static let excel = CSVStyle()
    /// UTF-8 without BOM, `\n`, cells as they are (`--raw-csv`).
    public static let raw = CSVStyle(excel: false)
}

/// RFC 4180 CSV output: a cell holding a comma, quote or line break is quoted.
public enum CSVWriter {
    /// The rows as plain CSV text with `\n` line ends, cells as they are.
    /// - Complexity: O(total length of the cells).
    public static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map(escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The rows as the bytes of a CSV file in `style`.
    /// - Returns: nil only when GB18030 cannot encode a character (it encodes all of Unicode, so never in practice).
    /// - Complexity: O(total length of the cells).
    public static func bytes(headers: [String], rows: [[String]], style: CSVStyle) -> [UInt8]? {
        guard style.excel else {
            let text = render(headers: headers, rows: rows)
            return style.encoding == .utf8 ? Array(text.utf8) : encodeGB18030(text)
        }
        let text = ([headers] + rows).map { $0.map { escape(neutralise($0)) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        switch style.encoding {
        case .utf8: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .gb18030: return encodeGB18030(text)
        }
    }

    /// An RFC 4180 cell: quoted (quotes doubled) when it holds a comma, a quote or a line break.
    public static func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text cell a spreadsheet would read as a formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return — gets a leading `'` (OWASP, "CSV Injection"); a number (`-0.33`, `+5`, `-1e3`) stays as it is.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        if isNumber(cell) { return cell }
        return "'" + cell
    }

    /// Whether a cell is a plain decimal number (sign, digits, one point, exponent), as spreadsheets read one.
    static func isNumber(_ cell: String) -> Bool {
        guard cell.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }),
              let value = Double(cell) else { return false }
        return value.isFinite
    }

    /// UTF-8 text as GB18030 bytes, through iconv.
    public static func encodeGB18030(_ text: String) -> [UInt8]? {
        guard case .converted(let bytes) = Iconv.convert(Array(text.utf8), from: "UTF-8", to: "GB18030") else { return nil }
        return bytes
    }
}
