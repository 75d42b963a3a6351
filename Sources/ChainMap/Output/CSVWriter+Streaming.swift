/// CSV written a line at a time, for answers too large to hold: the preamble, then one ``CSVWriter/line(_:style:)``
/// per row (the header first) is byte for byte what ``CSVWriter/bytes(headers:rows:style:)`` gives for the same rows.
extension CSVWriter {
    /// What a CSV file in `style` starts with before its first line: the UTF-8 byte-order mark in the Excel style,
    /// else nothing (GB18030 has no mark).
    public static func preamble(style: CSVStyle) -> [UInt8] {
        style.excel && style.encoding == .utf8 ? [0xEF, 0xBB, 0xBF] : []
    }

    /// One row of a CSV file in `style`, line end included: cells escaped (and neutralised in the Excel style),
    /// joined by commas, ended by CRLF (Excel style) or `\n`, encoded.
    ///
    /// - Parameters:
    ///   - cells: the row's cells.
    ///   - style: as for ``bytes(headers:rows:style:)``.
    /// - Returns: nil only when GB18030 cannot encode a character (never in practice). Both encodings are
    ///   stateless, so lines encoded one by one join into what encoding the whole text gives.
    /// - Complexity: O(total length of the cells).
    public static func line(_ cells: [String], style: CSVStyle) -> [UInt8]? {
        let text = style.excel
            ? cells.map { escape(neutralise($0)) }.joined(separator: ",") + "\r\n"
            : cells.map(escape).joined(separator: ",") + "\n"
        return style.encoding == .utf8 ? Array(text.utf8) : encodeGB18030(text)
    }
}
