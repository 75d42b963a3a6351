import Foundation
import Testing
import ZIPFoundation
@testable import ChainMap

/// Workbooks built for a test: from sheets of text, or from raw SpreadsheetML members.
enum TestWorkbook {
    static func scratch(_ name: String) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base.appendingPathComponent(name).path
    }

    /// Writes `sheets` (name → rows of text; numbers are guessed) as a workbook.
    static func write(_ sheets: [(String, [[String]])], name: String = "county.xlsx") throws -> String {
        let path = try scratch(name)
        let built = sheets.map { sheet in
            XLSXSheet(name: sheet.0, headers: sheet.1.first ?? [], rows: sheet.1.dropFirst().map { $0.map(XLSXCell.init(guessing:)) })
        }
        try Data(XLSXWriter.bytes(built)).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes raw members into a zip.
    static func zip(_ members: [(String, String)], name: String = "county.xlsx") throws -> String {
        let path = try scratch(name)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (member, text) in members {
            let data = Data(text.utf8)
            try archive.addEntry(with: member, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return path
    }

    /// The minimal members of a one-sheet workbook whose sheet XML is `sheetData` (plus what follows it).
    static func members(sheet: String, sheetXML: String, extra: [(String, String)] = []) -> [(String, String)] {
        [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", """
             <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
             xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
             <sheet name="概况" sheetId="1" r:id="rId1"/><sheet name="\(sheet)" sheetId="2" r:id="rId2"/></sheets></workbook>
             """),
            ("xl/_rels/workbook.xml.rels", """
             <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
             <Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="ws" Target="worksheets/sheet2.xml"/>\
             </Relationships>
             """),
            ("xl/worksheets/sheet1.xml", """
             <?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
             <row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>\
             <row r="2"><c r="A2" t="inlineStr"><is><t>名称</t></is></c><c r="B2" t="inlineStr"><is><t>X县</t></is></c></row>\
             <row r="3"><c r="A3" t="inlineStr"><is><t>地区</t></is></c><c r="B3" t="inlineStr"><is><t>X县</t></is></c></row>\
             <row r="4"><c r="A4" t="inlineStr"><is><t>截至</t></is></c><c r="B4"><v>2025</v></c></row>\
             </sheetData></worksheet>
             """),
            ("xl/worksheets/sheet2.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(sheetXML)</worksheet>"),
        ] + extra
    }

    static func messages(_ path: String) throws -> [String] {
        try MapLoader.load(folder: path).diagnostics.map { $0.description.replacingOccurrences(of: path, with: "WB") }
    }
}

@Suite("Workbooks")
struct WorkbookTests {
    static let xupu = ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path

    @Test("the Xupu map converted to a workbook and back loads to the same facts, with no new diagnostics")
    func xupuRoundTrip() throws {
        let folder = try MapLoader.load(folder: Self.xupu)
        #expect(!folder.hasErrors)
        let workbook = try TestWorkbook.scratch("xupu.xlsx")
        try MapWorkbook.write(folder.map, to: workbook)
        let fromWorkbook = try MapLoader.load(folder: workbook)
        #expect(fromWorkbook.errors.map(\.description) == [])
        #expect(fromWorkbook.map.facts == folder.map.facts)
        #expect(fromWorkbook.warnings.count == folder.warnings.count)
        let back = try TestWorkbook.scratch("xupu-back")
        try MapFolderWriter.write(fromWorkbook.map, to: back)
        let again = try MapLoader.load(folder: back)
        #expect(again.errors.map(\.description) == [])
        #expect(again.map.facts == folder.map.facts)
        // Never over an existing file.
        #expect(throws: XLSXWriter.Failure.self) { try MapWorkbook.write(folder.map, to: workbook) }
    }

    @Test("the workbook holds Chinese sheet names, headers and values")
    func chineseCells() throws {
        let map = try MapLoader.load(folder: ScratchMap.fixturePath("tiny")).map
        let sheets = MapWorkbook.sheets(of: map)
        #expect(sheets.map(\.name) == ["概况", "来源", "产业链", "环节", "核心技术", "指标", "发现问题", "企业与机构", "平台", "专家", "需求", "关系"])
        let organizations = try #require(sheets.first { $0.name == "企业与机构" })
        #expect(organizations.headers == ["编号", "类型", "名称", "英文名", "所在地", "环节", "核心技术", "标签", "来源", "截至"])
        #expect(organizations.rows[0][1] == .text("企业"))
        #expect(organizations.rows[0][4] == .text("县内"))
        #expect(organizations.rows[0][7] == .text("高新技术企业;规上企业"))
        let experts = try #require(sheets.first { $0.name == "专家" })
        #expect(experts.rows[0][7] == .number(2))
    }

    @Test("an empty workbook from init validates and has comments and drop-down lists")
    func template() throws {
        let path = try TestWorkbook.scratch("县名.xlsx")
        try MapTemplate.writeWorkbook(to: path, id: "xm", name: "县名图谱", region: "某省某县", asOf: PartialDate(year: 2025))
        let loaded = try MapLoader.load(folder: path)
        #expect(loaded.errors.map(\.description) == [])
        #expect(loaded.map.region == "某省某县")
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        #expect(archive["xl/comments8.xml"] != nil)
        var sheet = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet8.xml"])) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains("state=\"frozen\""))
        #expect(xml.contains("<formula1>&quot;企业,高校,科研院所,政府部门,金融机构,协会&quot;</formula1>"))
        #expect(xml.contains("<cols><col min=\"1\""))
    }

    @Test("sheet rows: dates, numbers, booleans, shared strings, blank rows, trailing cells, formulas")
    func cells() throws {
        let sheet = """
        <sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>类型</t></is></c>\
        <c r="D1" t="inlineStr"><is><t>所在地</t></is></c><c r="E1" t="inlineStr"><is><t>来源</t></is></c>\
        <c r="F1" t="inlineStr"><is><t>截至</t></is></c><c r="G1" t="inlineStr"><is><t>备注</t></is></c></row>\
        <row r="3"><c r="A3" t="inlineStr"><is><t> </t></is></c></row>\
        <row r="4"><c r="A4" t="inlineStr"><is><t>firm</t></is></c><c r="B4" t="s"><v>2</v></c><c r="C4" t="inlineStr"><is><t>企业</t></is></c>\
        <c r="D4" t="inlineStr"><is><t>县内</t></is></c><c r="E4" t="inlineStr"><is><t>assumed</t></is></c><c r="F4" s="1"><v>45717</v></c>\
        <c r="G4"><f>1+1</f><v>2</v></c><c r="K4" t="inlineStr"><is><t></t></is></c></row>\
        <row r="5"><c r="A5" t="inlineStr"><is><t>uni</t></is></c><c r="B5" t="inlineStr"><is><t>大学</t></is></c>\
        <c r="C5" t="inlineStr"><is><t>高校</t></is></c><c r="D5" t="inlineStr"><is><t>省内</t></is></c><c r="E5" t="inlineStr"><is><t>assumed</t></is></c>\
        <c r="F5" t="inlineStr"><is><t>2025年3月</t></is></c></row>\
        </sheetData>
        """
        let members = TestWorkbook.members(sheet: "企业与机构", sheetXML: sheet, extra: [
            ("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>编号</t></si><si><r><t>名</t></r><r><t>称</t></r></si><si><t>甲公司</t><rPh><t>jia</t></rPh></si></sst>"),
            ("xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d;@\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"),
        ])
        let path = try TestWorkbook.zip(members)
        let loaded = try MapLoader.load(folder: path)
        #expect(loaded.map.organizations.map(\.name) == ["甲公司", "大学"])
        #expect(loaded.map.organizations.map(\.kind) == [.enterprise, .university])
        #expect(loaded.map.organizations.map(\.location) == [.county, .province])
        #expect(loaded.map.organizations.map(\.asOf) == [PartialDate(year: 2025, month: 3, day: 1), PartialDate(year: 2025, month: 3)])
        let messages = loaded.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "WB") }
        #expect(messages.contains { $0.hasPrefix("WB[企业与机构]!G4: warning: 1 formula cell in this sheet: its value as last computed and saved is read") })
        #expect(messages.contains { $0.hasPrefix("WB[企业与机构]!G1: warning: unknown column \"备注\"") })
        #expect(messages.contains { $0.hasPrefix("WB:1:1: error: the workbook has no sheet 平台 (platforms)") })
    }

    @Test("a sheet longer than libxml2's 10 MB line limit, on one line as Excel writes it, is read")
    func longLine() throws {
        var rows = "<sheetData><row r=\"1\">"
        for (column, name) in zip(["A", "B", "C", "D"], ["from", "to", "type", "source"]) {
            rows += "<c r=\"\(column)1\" t=\"inlineStr\"><is><t>\(name)</t></is></c>"
        }
        rows += "</row>"
        rows.reserveCapacity(13_000_000)
        for row in 2 ... 230_000 { rows += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t> </t></is></c></row>" }
        rows += "<row r=\"230001\"><c r=\"E230001\" t=\"inlineStr\"><is><t>late</t></is></c></row></sheetData>"
        #expect(rows.utf8.count > 10_500_000)
        let path = try TestWorkbook.zip(TestWorkbook.members(sheet: "关系", sheetXML: rows))
        let messages = try TestWorkbook.messages(path)
        #expect(!messages.contains { $0.contains("damaged") })
        // The last row is reached: its value sits outside the header's four columns.
        #expect(messages.contains { $0.hasPrefix("WB[关系]!E230001: error: a value outside the table's columns") })
    }

    @Test("a bad value names the sheet and cell, with Chinese and English choices")
    func cellDiagnostics() throws {
        let path = try TestWorkbook.write([
            ("概况", [["项目", "内容"], ["编号", "x"], ["名称", "X"], ["地区", "X县"], ["截至", "2025-01"]]),
            ("企业与机构", [["编号", "类型", "名称", "所在地", "标签", "来源"], ["a", "企业", "甲", "县外", "链住", "assumed"]]),
        ])
        let messages = try TestWorkbook.messages(path)
        #expect(messages.contains("WB[企业与机构]!D2: error: unknown location \"县外\"; hint: did you mean \"县内\"? expected one of: county (县内), city (市内), province (省内), national (国内), abroad (国外)"))
        #expect(messages.contains { $0.hasPrefix("WB[企业与机构]!E2: error: unknown tag \"链住\"; hint: did you mean \"链主\"?") })
    }

    @Test("a sheet missing a required column is one error naming the sheet and the column in both languages")
    func missingColumn() throws {
        let path = try TestWorkbook.write([
            ("overview", [["key", "value"], ["id", "x"], ["name", "X"], ["region", "X县"], ["as_of", "2025"]]),
            ("organizations", [["id", "name", "location", "source"], ["a", "甲", "county", "assumed"]]),
        ])
        let messages = try TestWorkbook.messages(path)
        #expect(messages.contains { $0.hasPrefix("WB[organizations]!A1: error: missing required column \"kind\" (类型)") })
    }

    @Test("merged header cells are refused; hidden sheets and macros are read with a warning")
    func mergedHiddenMacros() throws {
        let sheet = """
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>from</t></is></c><c r="B1" t="inlineStr"><is><t>to</t></is></c></row></sheetData>\
        <mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
        """
        var members = TestWorkbook.members(sheet: "关系", sheetXML: sheet, extra: [("xl/vbaProject.bin", "macro")])
        members[1].1 = members[1].1.replacingOccurrences(of: "sheetId=\"2\"", with: "sheetId=\"2\" state=\"hidden\"")
        let path = try TestWorkbook.zip(members, name: "county.xlsm")
        let messages = try TestWorkbook.messages(path)
        #expect(messages.contains("WB[关系]!A1: error: merged cells A1:B1 in the header row; hint: unmerge them: each column needs its own header cell"))
        #expect(messages.contains { $0.hasPrefix("WB[关系]!A1: warning: sheet \"关系\" is hidden") })
        #expect(messages.contains { $0.hasPrefix("WB:1:1: warning: the workbook holds macros; chainmap reads its data and never runs them") })
    }

    @Test("bad workbooks are refused with one error naming the file", arguments: ["xls", "encrypted", "notzip", "links", "bomb", "damaged"])
    func refused(_ kind: String) throws {
        let path: String
        var limit = WorkbookArchive.maximumUncompressedBytes
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        switch kind {
        case "xls":
            path = try TestWorkbook.scratch("old.xls")
            let bytes: [UInt8] = ole + [UInt8](repeating: 0, count: 504)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        case "encrypted":
            path = try TestWorkbook.scratch("secret.xlsx")
            var bytes: [UInt8] = ole
            bytes.append(contentsOf: [UInt8](repeating: 0, count: 100))
            for unit in "EncryptionInfo".utf16 {
                bytes.append(UInt8(truncatingIfNeeded: unit))
                bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        case "notzip":
            path = try TestWorkbook.scratch("text.xlsx")
            try Data("id,name\n".utf8).write(to: URL(fileURLWithPath: path))
        case "links":
            path = try TestWorkbook.zip(TestWorkbook.members(sheet: "关系", sheetXML: "<sheetData/>", extra: [("xl/externalLinks/externalLink1.xml", "<externalLink/>")]))
        case "bomb":
            path = try TestWorkbook.zip(TestWorkbook.members(sheet: "关系", sheetXML: "<sheetData/>" + String(repeating: " ", count: 100_000)))
            limit = 50_000
        default:
            path = try TestWorkbook.scratch("damaged.xlsx")
            let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 200)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        do {
            _ = try MapLoader.loadWorkbook(path, limit: limit)
            Issue.record("\(kind) was read")
        } catch {
            #expect(error.isBadData)
            let text = error.description
            #expect(text.hasPrefix(path))
            switch kind {
            case "xls": #expect(text.contains("save as .xlsx"))
            case "encrypted": #expect(text.contains("password-protected"))
            case "links": #expect(text.contains("links to other workbooks"))
            case "bomb": #expect(text.contains("zip bomb"))
            default: #expect(text.contains("save"))
            }
        }
    }
}

@Suite("Workbooks written by spreadsheet programs")
struct ProgramWorkbookTests {
    /// What both fixtures hold (Fixtures/workbooks/make_fixtures.py), as the tiny map holds it.
    func check(_ name: String) throws -> [String] {
        let path = try ScratchMap.fixturePath("workbooks/\(name).xlsx")
        let loaded = try MapLoader.load(folder: path)
        let tiny = try MapLoader.load(folder: ScratchMap.fixturePath("tiny")).map
        #expect(loaded.errors.map(\.description) == [])
        let map = loaded.map
        #expect(map.asOf == PartialDate(year: 2024, month: 12, day: 31))
        #expect(map.chains.map(\.segments) == tiny.chains.map(\.segments))
        #expect(map.chains.map(\.survey) == [.partial])
        #expect(map.indicators.map(\.kind) == [.flow])
        #expect(map.technologies.map(\.keywords) == tiny.technologies.map(\.keywords))
        #expect(map.technologies.map(\.chokepoint) == [false, false, true])
        #expect(map.indicators.map(\.values) == tiny.indicators.map(\.values))
        #expect(map.organizations.map(\.id) == ["teaco", "agri-uni"])
        #expect(map.organizations.map(\.tags) == tiny.organizations.map(\.tags))
        #expect(map.organizations.map(\.asOf) == [PartialDate(year: 2024, month: 6, day: 30), PartialDate(year: 2024, month: 9, day: 1)])
        #expect(map.platforms.map(\.type) == [.engineeringCenter])
        #expect(map.experts.map(\.totalCapacity) == tiny.experts.map(\.totalCapacity))
        #expect(map.demands.map(\.posted) == [PartialDate(year: 2024, month: 3, day: 1)])
        #expect(map.demands.map(\.status) == [.open])
        #expect(map.relations.map(\.type) == [.cooperates])
        #expect(map.relations.map(\.since) == [PartialDate(year: 2023)])
        return loaded.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "WB") }
    }

    @Test("LibreOffice's workbook: date cells, blank rows, a formula's saved value")
    func libreOffice() throws {
        let messages = try check("libreoffice")
        let map = try MapLoader.load(folder: ScratchMap.fixturePath("workbooks/libreoffice.xlsx")).map
        #expect(map.relations.map(\.note) == ["产学研合作协议"])
        #expect(messages == ["WB[关系]!E2: warning: 1 formula cell in this sheet: its value as last computed and saved is read, not the formula; hint: replace formulas by their values (copy › paste values) to be sure of what the map holds"])
    }

    @Test("openpyxl's workbook: a formula never computed reads as empty, with a warning")
    func openpyxl() throws {
        let messages = try check("openpyxl")
        #expect(messages == ["WB[关系]!E2: warning: 1 formula cell has no saved value and reads as empty; hint: open and save the workbook in a spreadsheet program, which computes them"])
    }
}

@Suite("Spreadsheet habits in CSV tables")
struct SpreadsheetHabitTests {
    @Test("dates as spreadsheets show them", arguments: [
        ("2025/3/1", "2025-03-01"), ("2025-3-1", "2025-03-01"), ("2025年3月", "2025-03"), ("2025年3月1日", "2025-03-01"),
        ("2025.3", "2025-03"), ("45717", "2025-03-01"), ("2025-03-01 00:00:00", "2025-03-01"), ("2025", "2025"), ("2025/13/1", "nil"),
        ("9999", "9999"), ("20250301x", "nil"),
    ])
    func dates(_ text: String, _ expected: String) {
        #expect(SpreadsheetText.date(text).map(\.description) ?? "nil" == expected)
    }

    @Test("numbers as text, with separators, full-width or stored as floats")
    func numbers() {
        #expect(SpreadsheetText.integer("1,200") == 1200)
        #expect(SpreadsheetText.integer("12.0") == 12)
        #expect(SpreadsheetText.integer("１２") == 12)
        #expect(SpreadsheetText.integer("1.5") == nil)
    }

    @Test("Chinese headers and values, blank rows and trailing empty cells load to the same facts as English")
    func chineseCSV() throws {
        let english = try MapLoader.load(folder: ScratchMap.fixturePath("tiny"))
        let map = try ScratchMap("tiny", edits: [
            ("organizations.csv", "id,kind,name,name_en,location,segments,technologies,tags,source,as_of\n",
             "编号,类型,名称,英文名,所在地,环节,核心技术,标签,来源,截至,,\n,,,,,,,,,,,\n"),
            ("organizations.csv", "teaco,enterprise,", "teaco,企业,"),
            ("organizations.csv", ",county,", ",县内,"),
            ("organizations.csv", "high-tech;above-scale,report §三,2024", "高新技术企业;规上企业,report §三,2024/1/1,,"),
            ("demands.csv", ",open,2024,", ",待解决,2024年,"),
        ])
        let loaded = try map.load()
        #expect(loaded.errors.map(\.description) == [])
        #expect(loaded.map.organizations[0].asOf == PartialDate(year: 2024, month: 1, day: 1))
        var first = loaded.map.organizations[0]
        first.asOf = english.map.organizations[0].asOf
        #expect([first] + loaded.map.organizations.dropFirst() == english.map.organizations)
        #expect(loaded.map.demands == english.map.demands)
        #expect(loaded.map.relations == english.map.relations)
    }

    @Test("a CSV cell's problem names its column by header and letter")
    func columnNames() throws {
        let map = try ScratchMap("tiny", edits: [
            ("organizations.csv", "id,kind,name,name_en,location,", "编号,类型,名称,英文名,所在地,"),
            ("organizations.csv", ",county,", ",县外,"),
        ])
        let errors = try map.messages(.error)
        #expect(errors.contains { $0.hasPrefix("MAP/organizations.csv:2: column 所在地 (E): error: unknown location \"县外\"; hint: did you mean \"县内\"?") })
    }

    @Test("part tables replace map.yaml's blocks; a part given twice is an error naming both")
    func partTables() throws {
        let tiny = try MapLoader.load(folder: ScratchMap.fixturePath("tiny"))
        let folder = try TestWorkbook.scratch("tables")
        try MapFolderWriter.write(tiny.map, to: folder)
        let tables = try MapLoader.load(folder: folder)
        #expect(tables.errors.map(\.description) == [])
        #expect(tables.map.facts == tiny.map.facts)

        let twice = try ScratchMap("tiny")
        try "id,name,source\ncoffee,咖啡,assumed\n".write(toFile: twice.folder + "/chains.csv", atomically: true, encoding: .utf8)
        let errors = try twice.messages(.error)
        #expect(errors.contains { $0.contains("error: chains are given twice: by the `chains:` block of map.yaml and by MAP/chains.csv") })
    }

    @Test("survey states and indicator kinds are read in English or Chinese")
    func surveyAndKinds() throws {
        let folder = try TestWorkbook.scratch("survey")
        let tiny = try MapLoader.load(folder: ScratchMap.fixturePath("tiny"))
        try MapFolderWriter.write(tiny.map, to: folder)
        let chains = try String(contentsOfFile: folder + "/chains.csv", encoding: .utf8)
        try chains.replacingOccurrences(of: "report §二,complete\n", with: "report §二,部分\n").write(toFile: folder + "/chains.csv", atomically: true, encoding: .utf8)
        let indicators = try String(contentsOfFile: folder + "/indicators.csv", encoding: .utf8)
        try indicators.replacingOccurrences(of: "亿元,stock,", with: "亿元,流量x,").write(toFile: folder + "/indicators.csv", atomically: true, encoding: .utf8)
        let loaded = try MapLoader.load(folder: folder)
        #expect(loaded.map.chains.map(\.survey) == [.partial])
        #expect(loaded.errors.map { $0.description.replacingOccurrences(of: folder, with: "MAP") }.contains { $0.hasPrefix("MAP/indicators.csv:2: column kind (E): error: unknown indicator kind \"流量x\"; hint: did you mean \"流量\"?") })
    }
}

@Suite("CSV output for Excel")
struct CSVOutputTests {
    @Test("BOM, CRLF, formulas neutralised, numbers kept")
    func excel() throws {
        let bytes = try #require(CSVWriter.bytes(headers: ["a", "b"], rows: [["=1+1", "-0.33"], ["@x", "+5"], ["-x", "\tq"]], style: .excel))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "a,b\r\n'=1+1,-0.33\r\n'@x,+5\r\n'-x,'\tq\r\n")
        let raw = try #require(CSVWriter.bytes(headers: ["a"], rows: [["=1"]], style: .raw))
        #expect(String(decoding: raw, as: UTF8.self) == "a\n=1\n")
        let gb = try #require(CSVWriter.bytes(headers: ["名称"], rows: [], style: CSVStyle(encoding: .gb18030)))
        #expect(gb == [0xC3, 0xFB, 0xB3, 0xC6, 0x0D, 0x0A])
    }
}
