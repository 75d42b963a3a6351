import Foundation

/// Reading the map's own parts as tables — sources, chains, segments, technologies, indicators — from `NAME.csv`
/// beside `map.yaml` or from a workbook's sheets, and the workbook's overview (概况) of key/value rows.
extension LoadContext {
    /// Whether a part table may be read: map.yaml must not give the same part (an error naming both), and
    /// segments in a table need their chains in a table too (map.yaml's chains hold their own segments).
    mutating func acceptsPartTable(_ table: String, file: String) -> Bool {
        if let block = manifestParts[table] {
            log.error(block, "\(table) are given twice: by the `\(table):` block of map.yaml and by \(file)",
                      hint: "keep one: delete the `\(table):` block from map.yaml, or remove \(file)")
            return false
        }
        if table == "segments", let chainsBlock = manifestParts["chains"] {
            log.error(SourcePosition(path: file, line: 1, column: 1),
                      "segments in a table need their chains in a table too, but the chains are in map.yaml (line \(chainsBlock.line))",
                      hint: "move the chains to chains.csv, or the segments into map.yaml's chains")
            return false
        }
        return true
    }

    mutating func readSourceRow(_ row: inout RowReader) {
        guard let (id, position) = row.id() else { return }
        let title = row.text(.title)
        if id == Provenance.assumedKey {
            log.error(position, "\"assumed\" is reserved and cannot be a source id", hint: "write `assumed` in records' source cells instead")
            return
        }
        if sources.contains(where: { $0.id == id }) {
            log.error(position, "duplicate source id \"\(id)\"")
            return
        }
        let date = rowDate(&row, .date, recordID: nil)
        guard !title.isEmpty else { return }
        sources.append(Source(id: id, title: title, publisher: row.text(.publisher), date: date, url: row.text(.url), file: row.text(.file)))
    }

    mutating func readChainRow(_ row: inout RowReader) {
        guard let (id, _, name) = defineRecord(&row, .chain) else { return }
        let survey = row.word(.survey, SurveyState.self, what: "survey state") ?? .complete
        let provenance = rowProvenance(&row)
        guard !name.isEmpty, let provenance else { return }
        if chainIndex[id] == nil { chainIndex[id] = chains.count }
        chains.append(Chain(id: id, name: name, nameEN: row.text(.nameEN), segments: [], survey: survey, provenance: provenance))
    }

    /// A segment row joins its chain's segments, in row order (upstream first); an empty source is the chain's.
    mutating func readSegmentRow(_ row: inout RowReader) {
        guard let (id, _, name) = defineRecord(&row, .segment) else { return }
        let chain = row.text(.chain)
        let stage = row.word(.stage, Stage.self, what: "stage")
        let technologies = references(&row, .technologies, to: [.technology], role: "technology")
        let next = references(&row, .next, to: [.segment], role: "next segment")
        if let place = row.position(.next), !next.isEmpty { nextPositions[id] = place }
        let survey = row.word(.survey, SurveyState.self, what: "survey state")
        let ownProvenance = rowProvenance(&row)
        guard !chain.isEmpty else { return }
        guard let chainAt = chainIndex[chain] else {
            let known = chains.map(\.id)
            let near = Suggestions.nearest(to: chain, in: known)
            log.error(row.cellPosition(.chain), "unknown chain \"\(chain)\"",
                      hint: near.map { "did you mean \"\($0)\"?" } ?? "the chains are: \(known.joined(separator: ", "))")
            return
        }
        guard let stage, !name.isEmpty else { return }
        chains[chainAt].segments.append(Segment(
            id: id, chain: chain, name: name, nameEN: row.text(.nameEN), stage: stage, technologies: technologies, next: next,
            survey: survey, provenance: ownProvenance ?? chains[chainAt].provenance))
    }

    mutating func readTechnologyRow(_ row: inout RowReader) {
        guard let (id, _, name) = defineRecord(&row, .technology) else { return }
        let chokepoint = row.boolean(.chokepoint) ?? false
        let keywords = row.list(.keywords).map(\.text)
        let chokepointText = row.text(.chokepointSource)
        let chokepointProvenance = chokepointText.isEmpty ? nil : provenance(chokepointText, at: row.cellPosition(.chokepointSource))
        let provenance = rowProvenance(&row)
        guard !name.isEmpty, let provenance else { return }
        technologies.append(Technology(
            id: id, name: name, nameEN: row.text(.nameEN), field: row.text(.field), keywords: keywords, chokepoint: chokepoint,
            provenance: provenance, chokepointProvenance: chokepointProvenance))
    }

    mutating func readIndicatorRow(_ row: inout RowReader) {
        guard let (id, _, name) = defineRecord(&row, .indicator) else { return }
        let kind = row.word(.kind, IndicatorKind.self, what: "indicator kind") ?? .stock
        let values = yearValues(&row, .values)
        let targets = yearValues(&row, .targets)
        let unit = row.text(.unit)
        let targetText = row.text(.targetSource)
        let targetProvenance = targetText.isEmpty ? nil : provenance(targetText, at: row.cellPosition(.targetSource))
        let provenance = rowProvenance(&row)
        guard !name.isEmpty, !unit.isEmpty, let provenance else { return }
        indicators.append(Indicator(
            id: id, name: name, nameEN: row.text(.nameEN), unit: unit, kind: kind, values: values, targets: targets,
            provenance: provenance, targetProvenance: targetProvenance))
    }

    /// A finding: a problem a source states in its own words. Ids are unique among findings (not graph records).
    mutating func readFindingRow(_ row: inout RowReader) {
        guard let (id, position) = row.id() else { return }
        if findings.contains(where: { $0.id == id }) {
            log.error(position, "duplicate finding id \"\(id)\"", hint: "give each finding its own id")
            return
        }
        let text = row.text(.text)
        let severity = row.word(.severity, Gap.Severity.self, what: "severity")?.rawValue ?? "medium"
        let concerns = references(&row, .concerns, to: .anyRecord, role: "concerned record")
        let provenance = rowProvenance(&row)
        guard !text.isEmpty, let provenance else { return }
        findings.append(Finding(id: id, text: text, textEN: row.text(.textEN), concerns: concerns, severity: severity, provenance: provenance))
    }

    /// A cell of year → number pairs: `2022: 2.72; 2023: 4.54` (`=` or the full-width `：` also separate a pair).
    private mutating func yearValues(_ row: inout RowReader, _ column: Column) -> [YearValue] {
        var values: [YearValue] = []
        for (item, position) in row.list(column) {
            guard let cut = item.firstIndex(where: { $0 == ":" || $0 == "：" || $0 == "=" }) else {
                log.error(position, "\"\(item)\" is not a year and a number", hint: "write year: number pairs, such as 2022: 2.72; 2023: 4.54")
                continue
            }
            let yearText = item[..<cut].trimmingCharacters(in: .whitespaces)
            let valueText = SpreadsheetText.halfWidth(item[item.index(after: cut)...].trimmingCharacters(in: .whitespaces))
            guard let year = Int(yearText), (1000...9999).contains(year) else {
                log.error(position, "\"\(yearText)\" is not a year")
                continue
            }
            guard let value = NumberText.parse(valueText) else {
                log.error(position, "\"\(valueText)\" is not a number", hint: "write digits with a decimal point, such as 4.54")
                continue
            }
            if values.contains(where: { $0.year == year }) {
                log.error(position, "year \(year) is given twice")
                continue
            }
            values.append(YearValue(year: year, value: value))
        }
        return values
    }

    // MARK: - The workbook's overview

    /// Reads the overview sheet's key/value rows (column A the key, B the value): `id`, `name`, `name_en`, `region`,
    /// `as_of`, `stale_after_days`, in English or Chinese (编号 名称 英文名 地区 截至 过期天数). A first row naming the
    /// columns (`key`/`value`, 项目/内容) is skipped.
    mutating func readOverview(_ records: [CSVRecord], origin: TableOrigin) {
        let headerWords: Set<String> = ["key", "项目", "键", "字段", "field"]
        var seen: Set<String> = []
        for (index, record) in records.enumerated() where record.count > 0 {
            let written = record.trimmedText(0)
            if index == 0, headerWords.contains(written.lowercased()) { continue }
            let place = origin.position(line: record.lines[0], column: record.columns[0], offset: 0, header: nil)
            guard let key = VocabularyAliases.column(forHeader: written, in: "overview") else {
                let near = Suggestions.nearest(to: written, in: VocabularyAliases.headerCandidates(in: "overview"))
                log.warning(place, "unknown key \"\(written)\"; it is ignored",
                            hint: near.map { "did you mean \"\($0)\"?" } ?? "known keys: id 编号, name 名称, name_en 英文名, region 地区, as_of 截至")
                continue
            }
            if seen.contains(key) {
                log.error(place, "key \"\(written)\" is given twice")
                continue
            }
            seen.insert(key)
            let value = record.count > 1 ? record.trimmedText(1) : ""
            let valuePlace = origin.position(line: record.lines[0], column: record.columns[0] + 1, offset: 1, header: nil)
            switch key {
            case "id": header.id = value
            case "name": header.name = value
            case "name_en": header.nameEN = value
            case "region": header.region = value
            case "as_of":
                if let date = SpreadsheetText.date(value) {
                    header.asOf = date
                } else if !value.isEmpty {
                    log.error(valuePlace, "\"\(value)\" is not a date", hint: "write YYYY, YYYY-MM or YYYY-MM-DD")
                }
            case "stale_after_days":
                if let days = SpreadsheetText.integer(value), days >= 0 {
                    staleAfterDays = days
                } else if !value.isEmpty {
                    log.error(valuePlace, "\"\(value)\" is not a whole number ≥ 0")
                }
            default: break
            }
            if value.isEmpty, ["id", "name", "region", "as_of"].contains(key) {
                log.error(valuePlace, "missing required value \"\(written)\"")
            }
        }
        for key in ["id", "name", "region", "as_of"] where !seen.contains(key) {
            log.error(origin.rowPosition(line: max(1, records.count + 1)),
                      "missing required key \"\(key)\" (\(VocabularyAliases.chineseHeader(key, in: "overview")))",
                      hint: "the overview holds one key per row: 编号 id, 名称 name, 地区 region, 截至 as_of")
        }
    }
}
