import Foundation
import Testing

/// The workbook form end to end: convert, init, every reading command on an .xlsx, output for Excel.
@Suite("chainmap with workbooks")
struct WorkbookCommandTests {
    static func scratch(_ name: String) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base.appendingPathComponent(name).path
    }

    @Test("convert Xupu to a workbook: every reading command prints the same; back to a folder, the same again")
    func convertXupu() throws {
        let folder = Chainmap.root("graphs/xupu")
        let workbook = try Self.scratch("xupu.xlsx")
        let converted = try Chainmap.run("convert", folder, "-o", workbook)
        #expect(converted.status == 0)
        let back = try Self.scratch("xupu-back")
        #expect(try Chainmap.run("convert", workbook, "-o", back).status == 0)
        let commands: [[String]] = [
            ["stats"], ["stats", "--format", "json"], ["gaps"], ["gaps", "--format", "json"], ["candidates"], ["candidates", "--format", "json"],
            ["export"], ["export", "--format", "json"], ["list", "--format", "csv"], ["indicators"], ["match", "--format", "json"],
            ["rank", "--metric", "degree", "--top", "5"], ["neighbors", "xiangwei", "--format", "csv"],
        ]
        for command in commands {
            let expected = try Chainmap.run([command[0], folder] + command.dropFirst())
            #expect(expected.status == 0)
            for map in [workbook, back] {
                let got = try Chainmap.run([command[0], map] + command.dropFirst())
                #expect(got.status == 0)
                #expect(got.stdout == expected.stdout, "\(command) on \(map)")
            }
        }
        // Only where a record was read differs.
        let shown = try Chainmap.run("show", workbook, "xiangwei", "--format", "json")
        #expect(shown.stdout.contains("\"defined_at\" : \"\(workbook)[企业与机构]!A2\""))
        let validated = try Chainmap.run("validate", workbook)
        #expect(validated.stdout.hasSuffix("valid: 0 errors, 7 warnings\n"))
        // Never over an existing map.
        let again = try Chainmap.run("convert", folder, "-o", workbook)
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
    }

    @Test("init NAME.xlsx writes a workbook that validates, and refuses to overwrite")
    func initWorkbook() throws {
        let path = try Self.scratch("县名.xlsx")
        let created = try Chainmap.run("init", path, "--region", "某省某县")
        #expect(created.status == 0)
        let validated = try Chainmap.run("validate", path)
        #expect(validated.status == 0)
        #expect(validated.stdout.hasSuffix("valid: 0 errors, 0 warnings\n"))
        #expect(try Chainmap.run("init", path).status == 73)
    }

    @Test("--format csv writes a BOM and CRLF, neutralises formulas; --raw-csv and --encoding gb18030")
    func csvForExcel() throws {
        let tiny = Chainmap.root("Tests/ChainMapTests/Fixtures/tiny")
        let excel = try Chainmap.run("list", tiny, "chains", "--format", "csv")
        #expect(excel.stdout == "\u{FEFF}id,kind,name,name_en,chain,detail,source\r\ntea,chain,茶叶,Tea,tea,3 segments,report §二\r\n")
        let raw = try Chainmap.run("list", tiny, "chains", "--format", "csv", "--raw-csv")
        #expect(raw.stdout == "id,kind,name,name_en,chain,detail,source\ntea,chain,茶叶,Tea,tea,3 segments,report §二\n")
        let gb = try Chainmap.run("list", tiny, "chains", "--format", "csv", "--encoding", "gb18030")
        #expect(gb.status == 0)
        #expect(!gb.stdout.contains("茶叶"))  // GB18030 bytes, not UTF-8
        let injected = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        try Chainmap.edit(injected + "/map.yaml", "name: 茶叶\n", "name: \"=HYPERLINK(1)\"\n")
        let neutral = try Chainmap.run("list", injected, "chains", "--format", "csv")
        #expect(neutral.stdout.contains("\r\ntea,chain,'=HYPERLINK(1),"))
    }

    @Test("--format xlsx -o FILE writes one sheet and never overwrites")
    func xlsxOutput() throws {
        let path = try Self.scratch("gaps.xlsx")
        let written = try Chainmap.run("gaps", Chainmap.root("graphs/xupu"), "--format", "xlsx", "-o", path)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try Chainmap.run("gaps", Chainmap.root("graphs/xupu"), "--format", "xlsx", "-o", path).status == 73)
        let noFile = try Chainmap.run("list", Chainmap.root("graphs/xupu"), "--format", "xlsx")
        #expect(noFile.status == 64)
    }

    @Test("a bad workbook exits 65 with one error naming it, and convert writes nothing")
    func badWorkbook() throws {
        let path = try Self.scratch("old.xls")
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes.append(contentsOf: [UInt8](repeating: 0, count: 600))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let out = try Self.scratch("out.xlsx")
        let result = try Chainmap.run("convert", path, "-o", out)
        #expect(result.status == 65)
        #expect(result.stderr == "\(path): error: this is an old binary Excel workbook (.xls), which chainmap does not read; hint: open it and save as .xlsx (Excel: File › Save As › Excel Workbook; WPS: 另存为 › .xlsx)\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        let missing = try Chainmap.run("stats", "/nonexistent/county.xlsx")
        #expect(missing.status == 66)
    }
}
