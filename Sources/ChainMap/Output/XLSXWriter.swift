import Foundation
import ZIPFoundation

/// Writes `.xlsx` workbooks: SpreadsheetML written as text, zipped with ZIPFoundation. Inline strings (no shared
/// string table), one bold style for headers, frozen header rows, column widths from the cells' display width.
public enum XLSXWriter {
    /// Why a workbook could not be written.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The target exists, or the file system refused.
        case cannotWrite(path: String, reason: String)

        /// `path: error: cannot write: reason`.
        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): error: cannot write: \(reason)"
            }
        }
    }

    /// The workbook's bytes.
    /// - Complexity: O(total length of the cells).
    public static func bytes(_ sheets: [XLSXSheet]) throws(Failure) -> [UInt8] {
        var members: [(String, [UInt8])] = []
        var overrides = ""
        var workbookSheets = ""
        var relationships = ""
        for (offset, sheet) in sheets.enumerated() {
            let number = offset + 1
            members.append(("xl/worksheets/sheet\(number).xml", worksheet(sheet, number: number)))
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            workbookSheets += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(number)\" r:id=\"rId\(number)\"/>"
            relationships += "<Relationship Id=\"rId\(number)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
            if sheet.comments.contains(where: { !$0.isEmpty }) {
                members.append(("xl/comments\(number).xml", commentsXML(sheet)))
                members.append(("xl/drawings/vmlDrawing\(number).vml", vml(sheet)))
                members.append(("xl/worksheets/_rels/sheet\(number).xml.rels", Array("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments\(number).xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing\(number).vml"/>\
                </Relationships>
                """.utf8)))
                overrides += "<Override PartName=\"/xl/comments\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>"
            }
        }
        let stylesID = sheets.count + 1
        relationships += "<Relationship Id=\"rId\(stylesID)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        members.insert(("[Content_Types].xml", Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        \(overrides)</Types>
        """.utf8)), at: 0)
        members.insert(("_rels/.rels", Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """.utf8)), at: 1)
        members.insert(("xl/workbook.xml", Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(workbookSheets)</sheets></workbook>
        """.utf8)), at: 2)
        members.insert(("xl/_rels/workbook.xml.rels", Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
        """.utf8)), at: 3)
        members.insert(("xl/styles.xml", Array(styles.utf8)), at: 4)
        return try zip(members)
    }

    /// Writes the workbook to `path` atomically (a temporary file renamed into place).
    public static func write(_ sheets: [XLSXSheet], to path: String) throws(Failure) {
        let data = try bytes(sheets)
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw .cannotWrite(path: path, reason: error.description)
        }
    }

    private static func zip(_ members: [(String, [UInt8])]) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // A fixed date keeps the bytes the same from run to run.
            let date = Date(timeIntervalSince1970: 1_735_689_600)
            for (path, bytes) in members {
                let data = Data(bytes)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position) ..< Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return Array(data)
        } catch {
            throw .cannotWrite(path: "", reason: "cannot build the zip container: \(error)")
        }
    }

    private static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>\
    <font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>\
    <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
    <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
    """

    /// Column widths in characters: the widest cell (CJK counted twice), between 6 and 60.
    static func widths(_ sheet: XLSXSheet) -> [Double] {
        var widths = sheet.headers.map { Double(DisplayWidth.of($0)) }
        for row in sheet.rows.prefix(2000) {
            for (index, cell) in row.enumerated() {
                let width = Double(DisplayWidth.of(cell.displayText))
                if index < widths.count { widths[index] = max(widths[index], width) } else { widths.append(width) }
            }
        }
        return widths.map { min(60, max(6, $0 + 2)) }
    }

    private static func worksheet(_ sheet: XLSXSheet, number: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sheet.rows.count * 128 + 1024)
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        put("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        put("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        if sheet.hasHeader {
            put("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            put("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        }
        put("<cols>")
        for (index, width) in widths(sheet).enumerated() {
            put("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
        }
        put("</cols><sheetData>")
        func row(_ cells: [XLSXCell], _ number: Int, style: Int) {
            put("<row r=\"\(number)\">")
            for (index, cell) in cells.enumerated() {
                let reference = SourcePosition.columnLetters(index + 1) + String(number)
                let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
                switch cell {
                case .empty: continue
                case .number(let value):
                    put("<c r=\"\(reference)\"\(styleAttribute)><v>\(SpreadsheetText.numberText(value))</v></c>")
                case .text(let text):
                    let preserve = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true ? " xml:space=\"preserve\"" : ""
                    put("<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t\(preserve)>\(escape(text))</t></is></c>")
                }
            }
            put("</row>")
        }
        var next = 1
        if !sheet.headers.isEmpty {
            row(sheet.headers.map { XLSXCell($0) }, 1, style: sheet.hasHeader ? 1 : 0)
            next = 2
        }
        for cells in sheet.rows {
            row(cells, next, style: 0)
            next += 1
        }
        put("</sheetData>")
        let validations = sheet.choices.keys.sorted()
        if !validations.isEmpty {
            put("<dataValidations count=\"\(validations.count)\">")
            for column in validations {
                guard let choices = sheet.choices[column] else { continue }
                let letters = SourcePosition.columnLetters(column + 1)
                let strict = !sheet.multipleChoice.contains(column)
                let list = choices.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
                put("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"\(strict ? 1 : 0)\" sqref=\"\(letters)2:\(letters)1048576\">")
                put("<formula1>\(escape("\"" + list + "\""))</formula1></dataValidation>")
            }
            put("</dataValidations>")
        }
        if sheet.comments.contains(where: { !$0.isEmpty }) { put("<legacyDrawing r:id=\"rId2\"/>") }
        put("</worksheet>")
        return out
    }

    private static func commentsXML(_ sheet: XLSXSheet) -> [UInt8] {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        text += "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>chainmap</author></authors><commentList>"
        for (index, comment) in sheet.comments.enumerated() where !comment.isEmpty {
            text += "<comment ref=\"\(SourcePosition.columnLetters(index + 1))1\" authorId=\"0\"><text><t xml:space=\"preserve\">\(escape(comment))</t></text></comment>"
        }
        return Array((text + "</commentList></comments>").utf8)
    }

    /// The legacy drawing Excel needs to show comments (one hidden note box per commented header).
    private static func vml(_ sheet: XLSXSheet) -> [UInt8] {
        var text = """
        <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\
        <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>\
        <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\
        <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
        """
        for (index, comment) in sheet.comments.enumerated() where !comment.isEmpty {
            text += """
            <v:shape id="_x0000_s\(1025 + index)" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:180pt;height:60pt;z-index:\(index + 1);visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">\
            <v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>\
            <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>\
            <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>\
            <x:Anchor>\(index + 1), 15, 0, 2, \(index + 3), 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill>\
            <x:Row>0</x:Row><x:Column>\(index)</x:Column></x:ClientData></v:shape>
            """
        }
        return Array((text + "</xml>").utf8)
    }

    /// XML text: `& < > "` escaped, control characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        text.escapingScalars { scalar in
            if let reference = ScalarEscape.markupReference(scalar) { return reference }
            return switch scalar {
            case "\t", "\n", "\r": .keep
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: .drop
            default: .keep
            }
        }
    }
}
