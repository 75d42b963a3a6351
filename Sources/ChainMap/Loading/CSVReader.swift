/// One record while a table is read: the bytes of all its cells back to back, and where each cell starts.
///
/// The parser reuses one record from row to row, so reading a table allocates per table rather than per cell, and
/// cells become `String`s only when a column is asked for.
struct CSVRecord {
    /// The line the record starts on.
    var line = 1
    /// The cells' bytes, one cell after the other (quotes removed, `""` made `"`).
    var bytes: [UInt8] = []
    /// Cell `i` is `bytes[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    var ends: [Int] = []
    /// Where each cell starts (1-based line and column, columns counted in Unicode scalars).
    var lines: [Int] = []
    var columns: [Int] = []

    var count: Int { ends.count }

    func range(_ cell: Int) -> Range<Int> { (cell == 0 ? 0 : ends[cell - 1]) ..< ends[cell] }

    /// The cell's text as written.
    func text(_ cell: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(cell)]), as: UTF8.self) }
    }

    /// The cell's text without surrounding blanks: `text(cell).trimmingWhitespace()`, without trimming (which walks
    /// characters and copies) when both ends are plainly not blank — nearly every cell.
    func trimmedText(_ cell: Int) -> String {
        let span = range(cell)
        guard !span.isEmpty else { return "" }
        if startsVisibly(span) && endsVisibly(span) { return text(cell) }
        return text(cell).trimmingWhitespace()
    }

    /// Whether the first scalar is visible ASCII or a CJK ideograph (U+4000–U+9FFF: lead byte E4–E9): not a blank,
    /// so the first character is not one either.
    private func startsVisibly(_ span: Range<Int>) -> Bool {
        let first = bytes[span.lowerBound]
        return (0x21 ... 0x7E).contains(first) || ((0xE4 ... 0xE9).contains(first) && span.count >= 3)
    }

    /// The same for the last scalar. Neither kind extends the character before it, so the last character starts
    /// with that scalar (or with a prepended mark, never a blank), and is not blank.
    private func endsVisibly(_ span: Range<Int>) -> Bool {
        let last = bytes[span.upperBound - 1]
        if (0x21 ... 0x7E).contains(last) { return true }
        guard span.count >= 3, last & 0xC0 == 0x80, bytes[span.upperBound - 2] & 0xC0 == 0x80 else { return false }
        return (0xE4 ... 0xE9).contains(bytes[span.upperBound - 3])
    }

    /// A record whose cells are all blank: an empty line, or a spreadsheet's row of empty cells (`,,,`); tables
    /// skip it. Nearly every record has a first cell, so this stops there.
    var isBlank: Bool { (0 ..< count).allSatisfy { range($0).isEmpty || trimmedText($0).isEmpty } }

    /// Drops empty cells at the end beyond the first `count` (a spreadsheet's trailing empty cells).
    mutating func dropTrailingEmptyCells(beyond count: Int) {
        while ends.count > count, let last = ends.last {
            let start = ends.count >= 2 ? ends[ends.count - 2] : 0
            guard start == last || text(ends.count - 1).trimmingWhitespace().isEmpty else { return }
            bytes.removeSubrange(start ..< last)
            ends.removeLast()
            lines.removeLast()
            columns.removeLast()
        }
    }

    /// Appends empty cells up to `count` (a sheet row that stops before its header does), each in its own column.
    mutating func pad(to count: Int) {
        while ends.count < count {
            let column = (columns.last ?? 0) + 1
            ends.append(bytes.count)
            lines.append(lines.last ?? line)
            columns.append(column)
        }
    }

    /// Appends one cell to a record built from a sheet row.
    mutating func append(_ text: String, line: Int, column: Int) {
        append(utf8: text.utf8, line: line, column: column)
    }

    /// Appends one cell, given as UTF-8 bytes, to a record built from a sheet row.
    mutating func append(utf8 text: some Collection<UInt8>, line: Int, column: Int) {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
        lines.append(line)
        columns.append(column)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
    }
}

/// An RFC 4180 reader that remembers the line and column of every cell, so diagnostics can point at it.
///
/// It reads a table in pieces of any size (``CSVParser/parse(_:final:log:emit:)``), so a table of a million rows
/// never has to sit in memory whole; ``CSVReader/forEachRecord(in:path:log:_:)`` reads a whole text at once.
struct CSVParser {
    let path: String
    private var record = CSVRecord()
    private var line = 1, column = 1
    private var cellLine = 1, cellColumn = 1
    /// Where the current cell's bytes start in `record.bytes`.
    private var cellStart = 0
    private var inQuotes = false
    private var quoteStart = (line: 1, column: 1)

    init(path: String) {
        self.path = path
    }

    /// Parses the next piece of the table, calling `emit` with each complete non-blank record.
    ///
    /// A record may continue into the next piece; bytes that need the next byte to be understood (a `"` inside
    /// quotes, a `\r`) are left unconsumed at the end of a piece that is not `final`. An unterminated quote is
    /// reported into `log` at the end; the rest of the table is then one cell.
    /// - Returns: how many bytes were consumed; the caller passes the rest again, followed by more.
    /// - Complexity: O(*n*) in the bytes.
    mutating func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, final: Bool, log: inout DiagnosticLog, emit: (CSVRecord) -> Void
    ) -> Int {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            let hasNext = index + 1 < count
            // Wait for the next piece before deciding what a quote or a carriage return means.
            if !hasNext, !final, byte == carriage || (inQuotes && byte == quote) { return index }
            if inQuotes {
                if byte != quote && byte != newline && byte != carriage {
                    index = copyRun(bytes, from: index, stoppingAtComma: false)
                    continue
                }
                if byte == quote {
                    if hasNext, bytes[index + 1] == quote {
                        record.bytes.append(quote)
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    record.bytes.append(byte)
                    if byte == newline {
                        line += 1
                        column = 0
                    } else if byte == carriage, hasNext, bytes[index + 1] == newline {
                        record.bytes.removeLast()  // keep \n only, as the cell means one line break
                    }
                }
                if byte & 0xC0 != 0x80 { column += 1 }
                index += 1
                continue
            }
            switch byte {
            case quote where record.bytes.count == cellStart:
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
                finishRecord(emit)
                index += (byte == carriage && hasNext && bytes[index + 1] == newline) ? 2 : 1
                line += 1
                column = 1
                record.line = line
                cellLine = line
                cellColumn = 1
            default:
                index = copyRun(bytes, from: index, stoppingAtComma: true)
            }
        }
        if final {
            if inQuotes {
                log.error(
                    SourcePosition(path: path, line: quoteStart.line, column: quoteStart.column),
                    "unterminated quoted cell", hint: "close the cell with a \" or double each quote inside it as \"\"")
            }
            if record.bytes.count > cellStart || record.count > 0 { finishRecord(emit) }
        }
        return count
    }

    /// Copies the byte at `start` and the ordinary bytes after it (no quote, line break, or comma when
    /// `stoppingAtComma`) into the cell in one go, counting scalars for the column.
    /// - Returns: the index of the first byte not copied.
    private mutating func copyRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAtComma: Bool) -> Int {
        var end = start + 1
        var scalars = bytes[start] & 0xC0 != 0x80 ? 1 : 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x22 || byte == 0x0A || byte == 0x0D || (stoppingAtComma && byte == 0x2C) { break }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            end += 1
        }
        record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start ..< end]))
        column += scalars
        return end
    }

    private mutating func finishCell() {
        record.ends.append(record.bytes.count)
        record.lines.append(cellLine)
        record.columns.append(cellColumn)
        cellStart = record.bytes.count
    }

    private mutating func finishRecord(_ emit: (CSVRecord) -> Void) {
        finishCell()
        if !record.isBlank { emit(record) }
        record.removeAll()
        cellStart = 0
    }
}

/// Reading a whole decoded text at once.
enum CSVReader {
    /// Calls `body` with each non-blank record of `text`, the header first. An unterminated quote is reported into
    /// `log`; the rest of the file is then one cell.
    /// - Complexity: O(*n*) in the length of the text, in UTF-8 bytes.
    static func forEachRecord(in text: String, path: String, log: inout DiagnosticLog, _ body: (CSVRecord) -> Void) {
        var utf8 = text
        var parser = CSVParser(path: path)
        utf8.withUTF8 { bytes in
            _ = parser.parse(bytes, final: true, log: &log, emit: body)
        }
    }
}
