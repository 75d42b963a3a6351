/// One cell of a table and where it starts.
struct CSVCell: Sendable {
    var text: String
    var line: Int
    var column: Int
}

/// One record of a table. A quoted cell may span lines; `line` is where the record starts.
struct CSVRow: Sendable {
    var line: Int
    var cells: [CSVCell]
}

/// A parsed table: its header and its records, blank lines dropped.
struct CSVTable: Sendable {
    var path: String
    var header: [CSVCell]
    var rows: [CSVRow]
}

/// An RFC 4180 reader that remembers the line and column of every cell, so diagnostics can point at it.
enum CSVReader {
    /// Parses `text` (already decoded) into a table.
    ///
    /// An unterminated quote is reported into `log`; the rest of the file is then one cell.
    /// - Complexity: O(*n*) in the length of the text, in UTF-8 bytes.
    static func parse(_ text: String, path: String, log: inout DiagnosticLog) -> CSVTable {
        var records: [CSVRow] = []
        var utf8 = text
        utf8.withUTF8 { bytes in
            records = parseRecords(bytes, path: path, log: &log)
        }
        guard let header = records.first else { return CSVTable(path: path, header: [], rows: []) }
        return CSVTable(path: path, header: header.cells, rows: Array(records.dropFirst()))
    }

    private static func parseRecords(_ bytes: UnsafeBufferPointer<UInt8>, path: String, log: inout DiagnosticLog) -> [CSVRow] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var rows: [CSVRow] = []
        var cells: [CSVCell] = []
        var field: [UInt8] = []
        var line = 1, column = 1
        var rowLine = 1
        var cellLine = 1, cellColumn = 1
        var inQuotes = false
        var quoteStart = (line: 1, column: 1)
        var index = 0
        let count = bytes.count

        func finishCell() {
            cells.append(CSVCell(text: String(decoding: field, as: UTF8.self), line: cellLine, column: cellColumn))
            field.removeAll(keepingCapacity: true)
        }
        func finishRow() {
            finishCell()
            let blank = cells.count == 1 && cells[0].text.trimmingWhitespace().isEmpty
            if !blank { rows.append(CSVRow(line: rowLine, cells: cells)) }
            cells.removeAll(keepingCapacity: true)
        }

        while index < count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(byte)
                    if byte == newline {
                        line += 1
                        column = 0
                    } else if byte == carriage, index + 1 < count, bytes[index + 1] == newline {
                        field.removeLast()  // keep \n only, as the cell means one line break
                    }
                }
                if byte & 0xC0 != 0x80 { column += 1 }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty:
                inQuotes = true
                quoteStart = (line, column)
                column += 1
                index += 1
            case comma:
                finishCell()
                column += 1
                index += 1
                cellLine = line
                cellColumn = column
            case carriage, newline:
                finishRow()
                index += (byte == carriage && index + 1 < count && bytes[index + 1] == newline) ? 2 : 1
                line += 1
                column = 1
                rowLine = line
                cellLine = line
                cellColumn = 1
            default:
                field.append(byte)
                if byte & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        if inQuotes {
            log.error(
                SourcePosition(path: path, line: quoteStart.line, column: quoteStart.column),
                "unterminated quoted cell", hint: "close the cell with a \" or double each quote inside it as \"\"")
        }
        if !field.isEmpty || !cells.isEmpty { finishRow() }
        return rows
    }
}
