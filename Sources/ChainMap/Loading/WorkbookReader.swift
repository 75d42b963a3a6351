import Foundation

/// Reading the workbook form: one `.xlsx` with a sheet per part, named in English (the table names) or Chinese
/// (概况 来源 产业链 环节 核心技术 指标 企业与机构 平台 专家 需求 关系). Rows go to the same readers as CSV rows.
extension MapLoader {
    /// - Parameter limit: the most uncompressed bytes accepted (``WorkbookArchive/maximumUncompressedBytes``).
    static func loadWorkbook(_ path: String, limit: UInt64 = WorkbookArchive.maximumUncompressedBytes) throws(MapLoadError) -> LoadedMap {
        var archive = try WorkbookArchive(path: path, limit: limit)
        var context = LoadContext(folder: path)
        let fileSituation = SourcePosition(path: path, line: 1, column: 1)
        if archive.hasMacros || path.lowercased().hasSuffix(".xlsm") {
            context.log.warning(fileSituation, "the workbook holds macros; chainmap reads its data and never runs them",
                                hint: "save it as .xlsx (without macros) to silence this")
        }
        guard let workbookXML = try archive.read("xl/workbook.xml") else {
            throw .badWorkbook(path: path, sheet: nil, reason: "xl/workbook.xml is missing", hint: nil)
        }
        let (entries, date1904) = XLSXParts.workbook(.data(workbookXML))
        let relationships = try archive.read("xl/_rels/workbook.xml.rels").map { XLSXParts.relationships(.data($0)) } ?? [:]
        // Shared strings may be tens of megabytes on one line: scanned as they are inflated, or streamed from a file
        // to `XMLParser` when the scanner gives up.
        var sharedStrings: [String] = []
        var stringScanner = XMLByteScanner(handler: XLSXSharedStringsScan())
        switch try archive.scan("xl/sharedStrings.xml", sheet: nil, with: &stringScanner) {
        case true?: sharedStrings = stringScanner.handler.builder.strings
        case false?:
            if let file = try archive.inflateToTemporaryFile("xl/sharedStrings.xml", sheet: nil) {
                defer { try? FileManager.default.removeItem(atPath: file) }
                sharedStrings = XLSXParts.sharedStrings(.file(file))
            }
        case nil: break
        }
        let dateStyles = try archive.read("xl/styles.xml").map { XLSXParts.dateStyles(.data($0)) } ?? []

        // Which sheet holds which table.
        var sheetOf: [String: (entry: XLSXParts.SheetEntry, member: String)] = [:]
        for entry in entries {
            let place = SourcePosition(path: path, line: 1, column: 1, sheet: entry.name)
            guard let table = VocabularyAliases.table(forSheet: entry.name) else {
                let names = VocabularyAliases.sheets.flatMap { [$0.table] + $0.aliases }
                let near = Suggestions.nearest(to: entry.name, in: names)
                context.log.warning(place, "sheet \"\(entry.name)\" is not a part of the map; it is ignored",
                                    hint: near.map { "did you mean \"\($0)\"?" } ?? "the sheets are 概况 来源 产业链 环节 核心技术 指标 企业与机构 平台 专家 需求 关系 (or their English table names)")
                continue
            }
            if let first = sheetOf[table] {
                context.log.error(place, "sheets \"\(first.entry.name)\" and \"\(entry.name)\" both hold \(table)", hint: "keep one of them, or rename the other")
                continue
            }
            guard let member = relationships[entry.relationship], archive.contains(member) else {
                throw .badWorkbook(path: path, sheet: entry.name, reason: "the sheet's data is missing from the workbook",
                                   hint: "open the workbook in a spreadsheet program and save it again")
            }
            if entry.hidden {
                context.log.warning(place, "sheet \"\(entry.name)\" is hidden; its rows are read as any other sheet's",
                                    hint: "unhide it (right-click a sheet tab › Unhide) to see what the map holds")
            }
            sheetOf[table] = (entry, member)
        }

        guard let overview = sheetOf["overview"] else {
            context.log.error(fileSituation, "the workbook has no overview sheet (概况)",
                              hint: "add a sheet named 概况 (or overview) with rows 编号, 名称, 地区, 截至 and their values")
            return context.finish()
        }
        var overviewRows: [CSVRecord] = []
        let overviewNotes = try readSheet(overview.member, name: overview.entry.name, archive: &archive, strings: sharedStrings,
                                          dateStyles: dateStyles, date1904: date1904) { overviewRows.append($0) }
        context.log.append(contentsOf: overviewNotes)
        context.readOverview(overviewRows, origin: .sheet(file: path, sheet: overview.entry.name))

        for table in partTableNames + tableNames {
            if table == tableNames.first { context.finishManifest() }
            guard let sheet = sheetOf[table] else {
                if tableNames.contains(table) {
                    context.log.error(fileSituation, "the workbook has no sheet \(VocabularyAliases.chineseSheet(table)) (\(table))",
                                      hint: "add the sheet with its header row (see docs/data-format.md), or start from `chainmap init NAME.xlsx`")
                }
                continue
            }
            let origin = TableOrigin.sheet(file: path, sheet: sheet.entry.name)
            context.beginTable(table, origin: origin, expectedRecords: 0)
            let notes = try readSheet(sheet.member, name: sheet.entry.name, archive: &archive, strings: sharedStrings,
                                      dateStyles: dateStyles, date1904: date1904) { record in context.readRecord(record) }
            context.log.append(contentsOf: notes)
            context.endTable()
        }
        MapValidator.check(&context)
        return context.finish()
    }

    /// Inflates and parses one sheet, calling `body` with each row that holds a value; reports formulas, error
    /// values and merged cells.
    /// - Returns: the diagnostics about formulas, error values and merged cells.
    private static func readSheet(
        _ member: String, name: String, archive: inout WorkbookArchive, strings: [String], dateStyles: [Bool], date1904: Bool,
        _ body: (CSVRecord) -> Void
    ) throws(MapLoadError) -> [Diagnostic] {
        var log = DiagnosticLog()
        let path = archive.path
        var headerRow: Int?
        let facts = try withoutActuallyEscaping(body) { emit throws(MapLoadError) -> SheetFacts in
            let note: (CSVRecord) -> Void = { record in
                if headerRow == nil { headerRow = record.line }
                emit(record)
            }
            // The byte scanner reads the sheet as it is inflated: a sheet of a million rows is never in memory whole.
            var scanner = XMLByteScanner(handler: XLSXSheetScan(builder: XLSXRowBuilder(
                sharedStrings: strings, dateStyles: dateStyles, date1904: date1904, emit: note)))
            guard let whole = try archive.scan(member, sheet: name, with: &scanner) else { return SheetFacts() }
            if whole { return scanner.handler.builder.facts }
            // What the scanner does not read (or a damaged sheet) goes to XMLParser, streamed from a temporary file,
            // which skips the rows the scanner already emitted.
            guard let xml = try archive.inflateToTemporaryFile(member, sheet: name) else { return SheetFacts() }
            defer { try? FileManager.default.removeItem(atPath: xml) }
            let parser = XLSXSheetParser(sharedStrings: strings, dateStyles: dateStyles, date1904: date1904,
                                         skip: scanner.handler.builder.emitted, emit: note)
            parser.parse(.file(xml))
            return parser.facts
        }
        func place(_ row: Int, _ column: Int) -> SourcePosition { SourcePosition(path: path, line: row, column: column, sheet: name) }
        guard facts.wellFormed else {
            throw .badWorkbook(path: path, sheet: name, reason: "the sheet's XML is damaged near line \(facts.errorLine) (\(facts.parseError))",
                               hint: "open the workbook in a spreadsheet program and save it again")
        }
        let computed = facts.formulas - facts.uncomputedFormulas
        if let first = facts.firstFormula, computed > 0 {
            let one = computed == 1
            log.warning(place(first.row, first.column),
                        "\(computed) formula cell\(one ? "" : "s") in this sheet: \(one ? "its" : "their") value\(one ? "" : "s") as last computed and saved \(one ? "is" : "are") read, not the formula\(one ? "" : "s")",
                        hint: "replace formulas by their values (copy › paste values) to be sure of what the map holds")
        }
        if let first = facts.firstUncomputed {
            log.warning(place(first.row, first.column),
                                "\(facts.uncomputedFormulas) formula cell\(facts.uncomputedFormulas == 1 ? " has" : "s have") no saved value and read\(facts.uncomputedFormulas == 1 ? "s" : "") as empty",
                                hint: "open and save the workbook in a spreadsheet program, which computes them")
        }
        for error in facts.errorCells.prefix(20) {
            log.warning(place(error.row, error.column), "the cell holds the error value \(error.value); it reads as empty")
        }
        for range in facts.merged {
            let corners = range.split(separator: ":").compactMap { XLSXParts.cellReference(String($0)) }
            guard let top = corners.first else { continue }
            let bottom = corners.last?.row ?? top.row
            if let headerRow, top.row <= headerRow, bottom >= headerRow {
                log.error(place(top.row, top.column), "merged cells \(range) in the header row",
                                  hint: "unmerge them: each column needs its own header cell")
            } else {
                log.warning(place(top.row, top.column), "merged cells \(range): only the first cell holds the value, the others read as empty",
                                    hint: "unmerge them and fill each cell")
            }
        }
        return log.diagnostics
    }
}
