import Foundation

/// The meaning of a worksheet's elements, whoever reads the XML: Foundation's `XMLParser` (``XLSXSheetParser``) or
/// the byte scanner (``XMLByteScanner`` with ``XLSXSheetScan``) call the same events, so both give the same rows
/// and facts by construction; only the tokenising differs (and a differential test compares them).
///
/// Rows become ``CSVRecord``s: each cell's text at its column (cells between are empty), numbers as the shortest
/// text, date-styled numbers as `YYYY-MM-DD`, booleans as `true`/`false`, formulas as their cached value.
struct XLSXRowBuilder {
    /// A cell's `t` attribute.
    enum CellType {
        case shared, inline, formulaString, boolean, error, date, number

        /// The type named by `t`'s bytes; anything unknown reads as a number, as a missing `t` does.
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            switch bytes.count {
            case 1:
                switch bytes[0] {
                case UInt8(ascii: "s"): self = .shared
                case UInt8(ascii: "b"): self = .boolean
                case UInt8(ascii: "e"): self = .error
                case UInt8(ascii: "d"): self = .date
                default: self = .number
                }
            case 3: self = XLSXElement.equal(bytes, "str") ? .formulaString : .number
            case 9: self = XLSXElement.equal(bytes, "inlineStr") ? .inline : .number
            default: self = .number
            }
        }

        /// The type named by `t` as `XMLParser` reports it (nil: absent).
        init(_ string: String?) {
            var string = string ?? "n"
            self = string.withUTF8 { CellType($0) }
        }
    }

    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let date1904: Bool
    private let emit: (CSVRecord) -> Void
    /// What the sheet says besides its rows.
    private(set) var facts = SheetFacts()
    /// Rows passed to `emit` so far.
    private(set) var emitted = 0
    /// Rows to read but not emit: a fallback parse after the scanner emitted these and gave up.
    private var skip: Int

    private var record = CSVRecord()
    private var rowNumber = 0
    private var nextColumn = 1
    // The cell being read.
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private var cellHasFormula = false
    private var value: [UInt8] = []
    private var collecting = false
    private var inInline = false

    /// - Parameter skip: how many non-blank rows to read without emitting (those already emitted by another reader).
    init(sharedStrings: [String], dateStyles: [Bool], date1904: Bool, skip: Int = 0, emit: @escaping (CSVRecord) -> Void) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.skip = skip
        self.emit = emit
        value.reserveCapacity(256)
    }

    /// `<row r=…>`: `number` is `r` read as `Int(_:)` reads it, nil when absent or not a number.
    mutating func beginRow(number: Int?) {
        rowNumber = number ?? (rowNumber + 1)
        nextColumn = 1
        record.removeAll()
        record.line = rowNumber
    }

    /// `</row>`: emits the row unless it is blank.
    mutating func endRow() {
        if !record.isBlank {
            if skip > 0 {
                skip -= 1
            } else {
                emitted += 1
                emit(record)
            }
        }
        record.removeAll()
    }

    /// `<c r=… t=… s=…>`: `column` from `r` (nil: absent or malformed), `style` from `s` (nil: absent or not a number).
    mutating func beginCell(column: Int?, type: CellType, style: Int?) {
        cellColumn = column ?? nextColumn
        cellType = type
        cellStyle = style ?? 0
        cellHasFormula = false
        value.removeAll(keepingCapacity: true)
    }

    /// `<v>`: its text is the value.
    mutating func beginValue() { collecting = true }
    /// `<t>`: its text is the value inside an inline string (`<is>`), ignored elsewhere.
    mutating func beginText() { if inInline { collecting = true } }
    /// `</v>` or `</t>`.
    mutating func endText() { collecting = false }
    /// `<is>` and `</is>`.
    mutating func inlineString(_ inside: Bool) { inInline = inside }
    /// `<f>`: the cell holds a formula.
    mutating func formula() { cellHasFormula = true }
    /// `<mergeCell ref=…>`.
    mutating func mergeCell(_ reference: String) { facts.merged.append(reference) }

    /// Character data, kept when inside `<v>` or an inline `<t>`.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { value.append(contentsOf: bytes) }
    }

    /// Character data as a string (from `XMLParser`).
    mutating func characters(_ string: String) {
        guard collecting else { return }
        var string = string
        string.withUTF8 { value.append(contentsOf: $0) }
    }

    /// Records that the sheet's XML is not well-formed.
    mutating func malformed(_ reason: String, line: Int) {
        facts.wellFormed = false
        facts.parseError = reason
        facts.errorLine = line
    }

    /// `</c>`: the cell's text goes into the row at its column.
    mutating func endCell() {
        guard cellColumn >= nextColumn else { return }  // a repeated or out-of-order reference: keep the first
        while nextColumn < cellColumn {
            record.append("", line: rowNumber, column: nextColumn)
            nextColumn += 1
        }
        switch cellType {
        case .shared:
            let index = Self.integer(value) ?? -1
            record.append(index >= 0 && index < sharedStrings.count ? sharedStrings[index] : "", line: rowNumber, column: cellColumn)
        case .inline, .formulaString, .date:
            record.append(utf8: value, line: rowNumber, column: cellColumn)
        case .boolean:
            let text = String(decoding: value, as: UTF8.self)
            record.append(text == "1" || text.lowercased() == "true" ? "true" : "false", line: rowNumber, column: cellColumn)
        case .error:
            facts.errorCells.append((rowNumber, cellColumn, String(decoding: value, as: UTF8.self)))
            record.append("", line: rowNumber, column: cellColumn)
        case .number:
            if value.isEmpty {
                record.append("", line: rowNumber, column: cellColumn)
            } else {
                let text = String(decoding: value, as: UTF8.self)
                record.append(numberText(text), line: rowNumber, column: cellColumn)
            }
        }
        if cellHasFormula {
            facts.formulas += 1
            if facts.firstFormula == nil { facts.firstFormula = (rowNumber, cellColumn) }
            if value.isEmpty {
                facts.uncomputedFormulas += 1
                if facts.firstUncomputed == nil { facts.firstUncomputed = (rowNumber, cellColumn) }
            }
        }
        nextColumn = cellColumn + 1
    }

    /// A number cell's text: the shortest text of the number, a date when the cell's style shows one, the text
    /// itself when it is not a number.
    private func numberText(_ text: String) -> String {
        guard let number = Double(text) else { return text }
        let isDate = cellStyle >= 0 && cellStyle < dateStyles.count && dateStyles[cellStyle]
        if isDate, let date = SpreadsheetText.serialDate(number, date1904: date1904) ?? Self.smallSerial(number, date1904: date1904) {
            return date.description
        }
        return SpreadsheetText.numberText(number)
    }

    /// Serial days below 10000 in a date-styled cell (dates before 1927) are still dates there.
    private static func smallSerial(_ serial: Double, date1904: Bool) -> PartialDate? {
        guard serial >= 1, serial < 10000 else { return nil }
        let days = Int(serial.rounded(.down)) - (date1904 ? 24107 : 25569)
        let (year, month, day) = SpreadsheetText.civil(fromDays: days)
        return PartialDate(year: year, month: month, day: day)
    }

    /// A decimal integer read exactly as `Int(String)` reads it (an optional sign, then digits; nil on overflow or
    /// anything else), without making a string.
    static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        guard var byte = iterator.next() else { return nil }
        var negative = false
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            negative = byte == UInt8(ascii: "-")
            guard let next = iterator.next() else { return nil }
            byte = next
        }
        var result = 0
        while true {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            let (times, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if overflowA || overflowB { return nil }
            result = sum
            guard let next = iterator.next() else { return result }
            byte = next
        }
    }
}

/// The meaning of `xl/sharedStrings.xml`, whoever reads the XML: each `<si>`'s text, rich-text runs joined,
/// phonetic guides (`<rPh>`) dropped.
struct XLSXSharedStringsBuilder {
    /// The strings so far, in order.
    private(set) var strings: [String] = []
    private var current: [UInt8] = []
    private var inText = false
    private var phonetic = 0

    /// An element starts (its local name).
    mutating func begin(_ local: XLSXElement) {
        switch local {
        case .si: current.removeAll(keepingCapacity: true)
        case .t: inText = phonetic == 0
        case .rPh: phonetic += 1
        default: break
        }
    }

    /// An element ends.
    mutating func end(_ local: XLSXElement) {
        switch local {
        case .si: strings.append(String(decoding: current, as: UTF8.self))
        case .t: inText = false
        case .rPh: phonetic -= 1
        default: break
        }
    }

    /// Character data.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: bytes) }
    }

    /// Character data as a string (from `XMLParser`).
    mutating func characters(_ string: String) {
        guard inText else { return }
        var string = string
        string.withUTF8 { current.append(contentsOf: $0) }
    }
}

/// The SpreadsheetML elements a sheet or the shared strings are read by, by local name (any prefix dropped).
enum XLSXElement {
    case c, v, t, `is`, f, row, mergeCell, si, rPh, other

    /// The element whose local name is `bytes`.
    init(local bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.count {
        case 1:
            switch bytes[0] {
            case UInt8(ascii: "c"): self = .c
            case UInt8(ascii: "v"): self = .v
            case UInt8(ascii: "t"): self = .t
            case UInt8(ascii: "f"): self = .f
            default: self = .other
            }
        case 2:
            if bytes[0] == UInt8(ascii: "i"), bytes[1] == UInt8(ascii: "s") { self = .is }
            else if bytes[0] == UInt8(ascii: "s"), bytes[1] == UInt8(ascii: "i") { self = .si }
            else { self = .other }
        case 3:
            if bytes[0] == UInt8(ascii: "r"), bytes[1] == UInt8(ascii: "o"), bytes[2] == UInt8(ascii: "w") { self = .row }
            else if bytes[0] == UInt8(ascii: "r"), bytes[1] == UInt8(ascii: "P"), bytes[2] == UInt8(ascii: "h") { self = .rPh }
            else { self = .other }
        case 9:
            self = Self.equal(bytes, "mergeCell") ? .mergeCell : .other
        default:
            self = .other
        }
    }

    /// Whether `bytes` are `text`'s UTF-8, compared byte by byte.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The element named `name` (qualified or not), as `XMLParser` reports it.
    init(name: String) {
        var local = String(XLSXParts.local(name))
        self = local.withUTF8 { XLSXElement(local: $0) }
    }
}
