import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of SpreadsheetML (ECMA-376) a map needs, read with Foundation's streaming `XMLParser`: the workbook's
/// sheet list, its relationships, shared strings, cell styles (which cells are dates), and each sheet's rows.
enum XLSXParts {
    /// A sheet as the workbook lists it.
    struct SheetEntry: Equatable {
        var name: String
        var relationship: String
        var hidden: Bool
    }

    /// `xl/workbook.xml`: the sheets in order, and whether dates count from 1904.
    static func workbook(_ data: XMLSource) -> (sheets: [SheetEntry], date1904: Bool) {
        let delegate = WorkbookDelegate()
        parse(data, delegate)
        return (delegate.sheets, delegate.date1904)
    }

    /// `xl/_rels/workbook.xml.rels`: relationship id → member path inside the archive.
    static func relationships(_ data: XMLSource) -> [String: String] {
        let delegate = RelationshipsDelegate()
        parse(data, delegate)
        return delegate.targets
    }

    /// `xl/sharedStrings.xml`: the strings cells point at, rich-text runs joined, phonetic guides dropped.
    static func sharedStrings(_ data: XMLSource) -> [String] {
        let delegate = SharedStringsDelegate()
        parse(data, delegate)
        return delegate.builder.strings
    }

    /// `xl/styles.xml`: for each cell style (`s` attribute), whether its number format shows a date.
    static func dateStyles(_ data: XMLSource) -> [Bool] {
        let delegate = StylesDelegate()
        parse(data, delegate)
        return delegate.formats.map { id in
            if let code = delegate.customFormats[id] { return isDateFormat(code) }
            return (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
        }
    }

    /// Whether a number format code shows a date: it holds y or d (or m beside them) outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        var letters: Set<Character> = []
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                if !inQuotes && !inBrackets { letters.insert(Character(character.lowercased())) }
            }
        }
        return letters.contains("y") || letters.contains("d") || letters.contains("年") || letters.contains("日")
    }

    /// Where a part's XML is: a file streamed from disk (an inflated member), or bytes in memory (tests).
    ///
    /// Parts are streamed from files: Foundation's `XMLParser(data:)` fails on a document whose one line is longer
    /// than libxml2's 10 MB lookup limit, as Excel's sheets and shared strings are on one line; the stream parser
    /// does not.
    enum XMLSource {
        case file(String)
        case data(Data)

        func parser() -> XMLParser? {
            switch self {
            case .file(let path): InputStream(fileAtPath: path).map { XMLParser(stream: $0) }
            case .data(let data): XMLParser(data: data)
            }
        }
    }

    private static func parse(_ source: XMLSource, _ delegate: XMLParserDelegate) {
        guard let parser = source.parser() else { return }
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        _ = parser.parse()
    }

    /// The local part of a possibly prefixed element name (`x:row` → `row`).
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// A cell reference's column and row: `C7` → (3, 7). Nil when malformed.
    static func cellReference(_ reference: String) -> (column: Int, row: Int)? {
        cellReference(utf8: reference.utf8)
    }

    /// ``cellReference(_:)`` of a reference's UTF-8 bytes.
    static func cellReference(utf8 reference: some Sequence<UInt8>) -> (column: Int, row: Int)? {
        var column = 0, row = 0, sawDigit = false
        for byte in reference {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                if column > 16_384 { return nil }
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                if column > 16_384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 1_048_576 { return nil }
            case UInt8(ascii: "$"): continue
            default: return nil
            }
        }
        return column > 0 ? (column, row) : nil
    }
}

private final class WorkbookDelegate: NSObject, XMLParserDelegate {
    var sheets: [XLSXParts.SheetEntry] = []
    var date1904 = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XLSXParts.local(elementName) {
        case "sheet":
            let relationship = attributes.first { XLSXParts.local($0.key) == "id" && $0.key != "sheetId" }?.value ?? ""
            let state = attributes["state"] ?? "visible"
            sheets.append(.init(name: attributes["name"] ?? "", relationship: relationship, hidden: state != "visible"))
        case "workbookPr":
            let flag = attributes["date1904"] ?? "0"
            date1904 = flag == "1" || flag == "true"
        default: break
        }
    }
}

private final class RelationshipsDelegate: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard XLSXParts.local(elementName) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        // Targets are relative to xl/, or absolute from the archive's root.
        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

private final class SharedStringsDelegate: NSObject, XMLParserDelegate {
    var builder = XLSXSharedStringsBuilder()

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        builder.begin(XLSXElement(name: elementName))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        builder.end(XLSXElement(name: elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { builder.characters(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        CDATABlock.withUnsafeBytes { builder.characters($0.bindMemory(to: UInt8.self)) }
    }
}

private final class StylesDelegate: NSObject, XMLParserDelegate {
    var formats: [Int] = []
    var customFormats: [Int: String] = [:]
    private var inCellFormats = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XLSXParts.local(elementName) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if XLSXParts.local(elementName) == "cellXfs" { inCellFormats = false }
    }
}

/// What a sheet's XML says besides its rows.
struct SheetFacts {
    /// The first formula cell (row, column) and how many there are.
    var firstFormula: (row: Int, column: Int)?
    var formulas = 0
    /// Formula cells with no cached value (a file written by a program that does not compute).
    var uncomputedFormulas = 0
    var firstUncomputed: (row: Int, column: Int)?
    /// Error values (`#N/A`, `#REF!` …), read as empty.
    var errorCells: [(row: Int, column: Int, value: String)] = []
    /// Merged ranges (`A1:B1`).
    var merged: [String] = []
    /// False when the XML is not well-formed; `parseError` says why.
    var wellFormed = true
    var parseError = ""
    var errorLine = 0
}

/// Streams one worksheet's rows as ``CSVRecord``s with Foundation's `XMLParser`: the reader of any sheet the byte
/// scanner (``XLSXSheetScan``) gives up on; ``XLSXRowBuilder`` says what the elements mean.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    private var builder: XLSXRowBuilder
    /// What the sheet says besides its rows.
    var facts: SheetFacts { builder.facts }

    /// - Parameter skip: how many non-blank rows to read without emitting (already emitted by the byte scanner).
    init(sharedStrings: [String], dateStyles: [Bool], date1904: Bool, skip: Int = 0, emit: @escaping (CSVRecord) -> Void) {
        builder = XLSXRowBuilder(sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: date1904, skip: skip, emit: emit)
    }

    /// Parses a worksheet's XML, streamed from a file, calling `emit` with each row that holds a value.
    func parse(_ source: XLSXParts.XMLSource) {
        guard let parser = source.parser() else {
            builder.malformed("cannot reopen the inflated sheet", line: 0)
            return
        }
        parser.delegate = self
        if !parser.parse() {
            builder.malformed(parser.parserError.map { String(describing: $0) } ?? "malformed XML", line: parser.lineNumber)
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XLSXElement(name: elementName) {
        case .c:
            builder.beginCell(column: attributes["r"].flatMap { XLSXParts.cellReference($0)?.column },
                              type: XLSXRowBuilder.CellType(attributes["t"]), style: attributes["s"].flatMap { Int($0) })
        case .v: builder.beginValue()
        case .t: builder.beginText()
        case .is: builder.inlineString(true)
        case .f: builder.formula()
        case .row: builder.beginRow(number: attributes["r"].flatMap { Int($0) })
        case .mergeCell: if let reference = attributes["ref"] { builder.mergeCell(reference) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXElement(name: elementName) {
        case .v, .t: builder.endText()
        case .is: builder.inlineString(false)
        case .c: builder.endCell()
        case .row: builder.endRow()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { builder.characters(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        CDATABlock.withUnsafeBytes { builder.characters($0.bindMemory(to: UInt8.self)) }
    }
}
