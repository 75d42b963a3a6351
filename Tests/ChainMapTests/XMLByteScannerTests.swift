import Foundation
import Testing
import ZIPFoundation
@testable import ChainMap

/// A sheet as a reader made it: every emitted row's cells with their places, and the facts.
struct SheetReading: Equatable {
    var rows: [String] = []
    var facts: [String] = []

    init(rows: [CSVRecord], facts: SheetFacts) {
        self.rows = rows.map { record in
            "\(record.line): " + (0 ..< record.count).map { "\(record.text($0))@\(record.lines[$0]):\(record.columns[$0])" }.joined(separator: " | ")
        }
        self.facts = [
            "formulas \(facts.formulas), uncomputed \(facts.uncomputedFormulas)",
            "first \(facts.firstFormula.map { "\($0.row):\($0.column)" } ?? "-"), \(facts.firstUncomputed.map { "\($0.row):\($0.column)" } ?? "-")",
            "errors " + facts.errorCells.map { "\($0.row):\($0.column)=\($0.value)" }.joined(separator: ","),
            "merged " + facts.merged.joined(separator: ","),
            "well-formed \(facts.wellFormed)",
        ]
    }
}

/// The two readers of SpreadsheetML, side by side.
enum SheetReaders {
    struct Context {
        var strings: [String] = []
        var styles: [Bool] = []
        var date1904 = false
    }

    /// The sheet read by Foundation's `XMLParser`.
    static func parser(_ xml: [UInt8], _ context: Context) -> SheetReading {
        var rows: [CSVRecord] = []
        let parser = XLSXSheetParser(sharedStrings: context.strings, dateStyles: context.styles, date1904: context.date1904) { rows.append($0) }
        parser.parse(.data(Data(xml)))
        return SheetReading(rows: rows, facts: parser.facts)
    }

    /// The sheet read by the byte scanner fed in pieces of `piece` bytes; nil when it gave up.
    static func scanner(_ xml: [UInt8], _ context: Context, piece: Int) -> SheetReading? {
        var rows: [CSVRecord] = []
        var scanner = XMLByteScanner(handler: XLSXSheetScan(builder: XLSXRowBuilder(
            sharedStrings: context.strings, dateStyles: context.styles, date1904: context.date1904) { rows.append($0) }))
        feed(xml, to: &scanner, piece: piece)
        guard scanner.finish() else { return nil }
        return SheetReading(rows: rows, facts: scanner.handler.builder.facts)
    }

    /// The shared strings read by the byte scanner; nil when it gave up.
    static func scannedStrings(_ xml: [UInt8], piece: Int) -> [String]? {
        var scanner = XMLByteScanner(handler: XLSXSharedStringsScan())
        feed(xml, to: &scanner, piece: piece)
        return scanner.finish() ? scanner.handler.builder.strings : nil
    }

    static func feed<H>(_ xml: [UInt8], to scanner: inout XMLByteScanner<H>, piece: Int) {
        var start = 0
        while start < xml.count {
            let end = min(start + piece, xml.count)
            xml[start ..< end].withUnsafeBytes { scanner.feed($0) }
            start = end
        }
    }

    /// Every worksheet and the shared strings of the workbook at `path`, each read by both readers in pieces of
    /// every size in `pieces`: the scanner must read each whole and agree with `XMLParser`. Returns how many rows
    /// were compared.
    static func compare(workbook path: String, pieces: [Int], sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        var archive = try WorkbookArchive(path: path)
        var context = Context()
        if let styles = try archive.read("xl/styles.xml") { context.styles = XLSXParts.dateStyles(.data(styles)) }
        if let strings = try archive.read("xl/sharedStrings.xml").map(Array.init) {
            context.strings = XLSXParts.sharedStrings(.data(Data(strings)))
            for piece in pieces {
                #expect(scannedStrings(strings, piece: piece) == context.strings, "\(path) shared strings, pieces of \(piece)", sourceLocation: sourceLocation)
            }
        }
        var compared = 0
        let sheets = archive.members.filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }
        #expect(!sheets.isEmpty, sourceLocation: sourceLocation)
        for member in sheets {
            let xml = try #require(try archive.read(member).map(Array.init), sourceLocation: sourceLocation)
            let expected = parser(xml, context)
            #expect(expected.facts.last == "well-formed true", sourceLocation: sourceLocation)
            for piece in pieces {
                let scanned = scanner(xml, context, piece: piece)
                #expect(scanned == expected, "\(path) \(member), pieces of \(piece)", sourceLocation: sourceLocation)
            }
            compared += expected.rows.count
        }
        return compared
    }
}

@Suite("The SpreadsheetML byte scanner against XMLParser")
struct XMLByteScannerTests {
    @Test("workbooks written by LibreOffice and openpyxl: every sheet and the shared strings read the same, in pieces of any size",
          arguments: ["libreoffice", "openpyxl"])
    func programWorkbooks(_ name: String) throws {
        let path = try ScratchMap.fixturePath("workbooks/\(name).xlsx")
        #expect(try SheetReaders.compare(workbook: path, pieces: [1, 2, 3, 7, 64, 1 << 16]) > 10)
    }

    @Test("the Xupu map and a generated map converted to workbooks (plain and as templates) read the same")
    func convertedWorkbooks() throws {
        let xupu = try MapLoader.load(folder: WorkbookTests.xupu).map
        let generated = MapGenerator(seed: 5, enterprises: 400, chains: 3, relationsPerEnterprise: 8).generate()
        for (map, template) in [(xupu, false), (xupu, true), (generated, false)] {
            let path = try TestWorkbook.scratch("map.xlsx")
            try MapWorkbook.write(map, to: path, template: template)
            #expect(try SheetReaders.compare(workbook: path, pieces: [5, 4096, 1 << 16]) > 100)
        }
    }

    static let tricky = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
    <!-- written by hand: every construct the scanner reads -->\r
    <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r">\r
    <?some-instruction with data?>\r
    <x:sheetData>\r
      <x:row r='1' spans="1:5">\r
        <x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">  a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x6587; </x:t></x:is></x:c>\r
        <x:c r = "B1"\tt="inlineStr" ><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>rich</x:t></x:r><x:r><x:t>text</x:t></x:r></x:is></x:c>\r
        <x:c r="C1" t="inlineStr"><x:is><x:t><![CDATA[<raw> & ]]]></x:t></x:is></x:c>\r
        <x:c r="D1" t="inlineStr"><x:is><x:t>line1\r\nline2\rline3&#13;&#10;end</x:t></x:is></x:c>\r
        <x:c r="E1" t="inlineStr"><x:is><x:t>é — 𝄞 ]]&gt; ]></x:t></x:is></x:c>\r
      </x:row>\r
      <x:row r="2"><x:c r="A2" s="1"><x:v>45717</x:v></x:c><x:c r="B2" t="b"><x:v>1</x:v></x:c><x:c r="C2" t="e"><x:v>#N/A</x:v></x:c>\
    <x:c r="D2"><x:f>1+1</x:f></x:c><x:c r="E2" t="s"><x:v>1</x:v></x:c><x:c r="F2"/><x:c r="H2"><x:v>1.50</x:v></x:c>\
    <x:c r="I2" t="s"><x:v>+0</x:v></x:c><x:c r="J2" t="s"><x:v>9</x:v></x:c><x:c r="K2" s="x"><x:v>3</x:v></x:c></x:row>\r
      <x:row><x:c t="str"><x:f>A1</x:f><x:v>computed</x:v></x:c><x:c><x:v>  12 </x:v></x:c><x:c t="d"><x:v>2025-03-01</x:v></x:c>\
    <x:c t="b"><x:v>TRUE</x:v></x:c><x:c t="weird"><x:v>7</x:v></x:c></x:row>\r
      <x:row r="5"><x:c r="B5" t="inlineStr"><x:is><x:t>   </x:t></x:is></x:c></x:row>\r
      <x:row r="6"><x:c r="C6" t="inlineStr"><x:is><x:t>third</x:t></x:is></x:c><x:c r="A6" t="inlineStr"><x:is><x:t>out of order</x:t></x:is></x:c>\
    <x:c r="$D$6" t="inlineStr"><x:is><x:t>absolute</x:t></x:is></x:c><x:c r="zz" t="inlineStr"><x:is><x:t>bad reference</x:t></x:is></x:c></x:row>\r
      <x:row r="+7"><x:c r="A7"><x:v>1e3</x:v></x:c><x:c r="B7"><x:v>-0.25</x:v></x:c><x:c r="C7"><x:v>abc</x:v></x:c><x:c r="D7" s="1"><x:v>12</x:v></x:c></x:row>\r
      <x:row r="8"></x:row><x:row r="9"/>\r
    </x:sheetData>\r
    <x:mergeCells count="2"><x:mergeCell ref="A7:B7"/><x:mergeCell ref='C1:D1'/></x:mergeCells>\r
    <x:headerFooter><x:oddHeader>&amp;C&amp;A</x:oddHeader></x:headerFooter>\r
    </x:worksheet>\r\n
    """

    static let trickyContext = SheetReaders.Context(strings: ["zero", "one"], styles: [false, true])

    @Test("hand-written XML with entities, character references, CDATA, line ends, prefixes, comments and odd cells reads the same")
    func tricky() throws {
        let xml = Array(Self.tricky.utf8)
        let expected = SheetReaders.parser(xml, Self.trickyContext)
        #expect(expected.rows.count == 5)  // row 5 holds blanks only
        #expect(expected.rows.first?.contains("  a & b <c> \"d\" 'e' 中文 @1:1 | rich") == true)
        for piece in [1, 2, 3, 5, 8, 13, 100, xml.count] {
            #expect(SheetReaders.scanner(xml, Self.trickyContext, piece: piece) == expected, "pieces of \(piece)")
        }
        let bom = [0xEF, 0xBB, 0xBF] + xml
        #expect(SheetReaders.scanner(bom, Self.trickyContext, piece: 4) == SheetReaders.parser(bom, Self.trickyContext))
    }

    @Test("shared strings with rich text, phonetic guides, empty items and references read the same")
    func sharedStrings() {
        let xml = Array("""
        <?xml version="1.0" encoding="utf-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4">\
        <si><t>plain</t></si><si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">rich </t></r><r><t>run</t></r>\
        <rPh sb="0" eb="1"><t>phonetic</t></rPh><phoneticPr fontId="1"/></si><si><t/></si><si><t>&#x1F600;&amp;&#36;</t></si>\
        <si><t><![CDATA[a]]>b</t></si></sst>
        """.utf8)
        let expected = XLSXParts.sharedStrings(.data(Data(xml)))
        #expect(expected == ["plain", "rich run", "", "😀&$", "ab"])
        for piece in [1, 3, 16, xml.count] {
            #expect(SheetReaders.scannedStrings(xml, piece: piece) == expected)
        }
    }

    @Test("what the scanner does not read, it gives up on (and XMLParser reads it or reports it)", arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet><sheetData/></worksheet>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet><sheetData/></worksheet>",
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a & b</t></is></c></row></sheetData></worksheet>",
        "<worksheet><sheetData></worksheet>",
        "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData>",
        "<worksheet><sheetData/></worksheet><worksheet/>",
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a ]]> b</t></is></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c r=\"A&#49;\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\n\"><c><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c r=\"A1\" r=\"B1\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c r=\"A1\"t=\"n\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c><v>\u{1}</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c><v>&#1;</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData><!-- a -- b --></worksheet>",
        "<worksheet><sheetData><row><c r=A1><v>1</v></c></row></sheetData></worksheet>",
        "text<worksheet/>",
    ])
    func givesUp(_ text: String) {
        for piece in [1, 7, text.utf8.count] {
            #expect(SheetReaders.scanner(Array(text.utf8), SheetReaders.Context(), piece: piece) == nil, "pieces of \(piece)")
        }
    }

    @Test("bytes that are not UTF-8, or UTF-16, make the scanner give up")
    func notUTF8() {
        let latin1: [UInt8] = Array("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>".utf8) + [0xE9] + Array("</t></is></c></row></sheetData></worksheet>".utf8)
        #expect(SheetReaders.scanner(latin1, SheetReaders.Context(), piece: 3) == nil)
        let utf16 = Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(SheetReaders.scanner([0xFF, 0xFE] + utf16, SheetReaders.Context(), piece: 64) == nil)
    }

    @Test("a sheet the scanner gives up on halfway loads every row once: XMLParser reads on after the rows already read")
    func fallbackHalfway() throws {
        func row(_ number: Int, _ id: String, reference: String? = nil) -> String {
            let cells = [id, "企业", "企业\(number)", "县内", "assumed"].enumerated().map { column, text in
                let letter = ["A", "B", "C", "D", "E"][column]
                return "<c r=\"\(column == 0 ? reference ?? "\(letter)\(number)" : "\(letter)\(number)")\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
            return "<row r=\"\(number)\">\(cells.joined())</row>"
        }
        let header = "<row r=\"1\">" + ["编号", "类型", "名称", "所在地", "来源"].enumerated().map { column, text in
            "<c r=\"\(["A", "B", "C", "D", "E"][column])1\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }.joined() + "</row>"
        let plain = "<sheetData>" + header + (2 ... 6).map { row($0, "firm\($0)") }.joined() + "</sheetData>"
        // Row 5's first cell names its place with a character reference: the scanner leaves it to XMLParser.
        let odd = "<sheetData>" + header + (2 ... 6).map { row($0, "firm\($0)", reference: $0 == 5 ? "A&#53;" : nil) }.joined() + "</sheetData>"
        #expect(SheetReaders.scanner(Array(odd.utf8), SheetReaders.Context(), piece: 1 << 16) == nil)
        let maps = try [plain, odd].map { sheet in
            try MapLoader.load(folder: TestWorkbook.zip(TestWorkbook.members(sheet: "企业与机构", sheetXML: sheet))).map
        }
        #expect(maps[0].organizations.map(\.id) == ["firm2", "firm3", "firm4", "firm5", "firm6"])
        #expect(maps[1].organizations.map(\.id) == maps[0].organizations.map(\.id))
    }

    @Test("a damaged sheet is still reported with XMLParser's line")
    func damaged() throws {
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c></row>\n<row></sheetData>"
        let path = try TestWorkbook.zip(TestWorkbook.members(sheet: "企业与机构", sheetXML: sheet))
        do {
            _ = try MapLoader.load(folder: path)
            Issue.record("a damaged sheet was read")
        } catch {
            #expect(error.description.contains("the sheet's XML is damaged near line 2"))
        }
    }

    @Test("a member whose bytes do not match its stored CRC-32 is refused as damaged")
    func checksum() throws {
        let path = try TestWorkbook.scratch("county.xlsx")
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (member, text) in TestWorkbook.members(sheet: "关系", sheetXML: "<sheetData/>") {
            let data = Data(text.utf8)
            try archive.addEntry(with: member, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { position, size in
                data.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // Stored, not deflated: one changed byte inflates fine and only the checksum tells.
        let place = try #require(bytes.range(of: Data("X县".utf8)))
        bytes[place.lowerBound] = UInt8(ascii: "Y")
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            _ = try MapLoader.load(folder: path)
            Issue.record("a member with a wrong checksum was read")
        } catch {
            #expect(error.description.contains("is damaged and cannot be read (its checksum does not match"))
        }
    }
}
