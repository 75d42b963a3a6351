import Foundation

/// A map as a workbook: the overview (概况) and one sheet per table, Chinese sheet names, headers and enumerated
/// values (read back through ``VocabularyAliases``), numbers as numbers. ``MapLoader`` reads it back to the same
/// ``InnovationMap/facts``; `chainmap convert` and `chainmap init NAME.xlsx` write it.
public enum MapWorkbook {
    /// Which vocabulary each enumerated column's values come from, by table and column.
    static let enumerated: [String: [String: String]] = [
        "chains": ["survey": "SurveyState"],
        "segments": ["stage": "Stage", "survey": "SurveyState"],
        "technologies": ["chokepoint": "boolean"],
        "indicators": ["kind": "IndicatorKind"],
        "findings": ["severity": "Severity"],
        "organizations": ["kind": "OrganizationKind", "location": "Location", "tags": "OrganizationTag"],
        "platforms": ["type": "PlatformType", "level": "Level", "status": "PlatformStatus"],
        "experts": ["role": "ExpertRole", "level": "Level"],
        "demands": ["status": "DemandStatus"],
        "relations": ["type": "RelationType"],
    ]

    /// Columns holding whole numbers.
    static let numeric: Set<String> = ["count", "capacity", "headcount"]

    /// What goes in each column, shown as a comment on its header in the template.
    static let help: [String: String] = [
        "id": "编号：全图唯一，建议用小写拼音或英文，不含空格和逗号", "name": "名称（中文）", "name_en": "英文名（可空）",
        "source": "来源：来源表中的编号，可加位置，如 report §二；无出处写 assumed", "as_of": "截至日期：2025、2025-03 或 2025/3/1",
        "kind": "类型：从下拉列表选择", "location": "所在地：县内/市内/省内/国内/国外", "segments": "所属环节编号，多个用 ; 分隔",
        "technologies": "核心技术编号，多个用 ; 分隔", "tags": "标签：高新技术企业/科技型中小企业/规上企业/链主/专精特新/上市企业，多个用 ; 分隔",
        "type": "类型：从下拉列表选择", "level": "级别：国家级/省级/市级/县级", "host": "依托单位编号（企业与机构表）",
        "status": "状态：从下拉列表选择", "count": "数量：大于 1 表示汇总记录", "role": "角色：从下拉列表选择",
        "affiliation": "所在单位编号（企业与机构表）", "fields": "专业领域，多个用 ; 分隔", "capacity": "可服务的企业或需求数",
        "serves": "服务对象编号（企业或平台），多个用 ; 分隔", "headcount": "人数：大于 1 表示汇总记录",
        "enterprise": "提出需求的企业编号", "title": "需求名称", "segment": "所属环节编号", "posted": "发布日期",
        "from": "起点编号", "to": "终点编号", "since": "起始日期", "note": "备注", "chain": "所属产业链编号",
        "stage": "上中下游：上游/中游/下游", "next": "下一环节编号，多个用 ; 分隔", "survey": "调查状态：完整/部分/待调查",
        "field": "学科领域，用于匹配专家", "keywords": "关键词，多个用 ; 分隔，用于匹配需求", "chokepoint": "是否卡脖子技术：是/否",
        "unit": "单位，如 亿元、家、%", "values": "历年值，如 2022: 2.72; 2023: 4.54", "targets": "目标值，如 2025: 5.1",
        "title@sources": "来源标题", "chokepoint_source": "卡脖子判断的来源（可空；作者判断的写 assumed）",
        "target_source": "目标值的来源（可空；推算的写 assumed）", "text": "来源原文所述的问题", "text_en": "英文（可空）",
        "concerns": "涉及的编号，多个用 ; 分隔", "severity": "严重程度：高/中/低", "kind@indicators": "指标类型：存量/流量/比率", "publisher": "发布单位", "date": "发布日期", "url": "网址", "file": "文件名",
    ]

    /// The workbook's sheets for `map`.
    /// - Parameters:
    ///   - map: the map to write.
    ///   - template: add header comments and drop-down lists (what `chainmap init` writes).
    /// - Complexity: O(total length of the records).
    public static func sheets(of map: InnovationMap, template: Bool = false) -> [XLSXSheet] {
        var sheets = [overview(map)]
        for (table, rows) in MapTables.rows(of: map) {
            let columns = MapTables.columns(of: table)
            let vocabularies = enumerated[table] ?? [:]
            var sheet = XLSXSheet(
                name: VocabularyAliases.chineseSheet(table),
                headers: columns.map { VocabularyAliases.chineseHeader($0, in: table) },
                rows: rows.map { row in
                    zip(columns, row).map { column, text -> XLSXCell in
                        if let vocabulary = vocabularies[column] { return XLSXCell(chineseValues(text, vocabulary)) }
                        if numeric.contains(column), let value = Double(text) { return .number(value) }
                        return XLSXCell(text)
                    }
                })
            if template {
                sheet.comments = columns.map { help["\($0)@\(table)"] ?? help[$0] ?? "" }
                for (offset, column) in columns.enumerated() {
                    guard let vocabulary = vocabularies[column], let words = VocabularyAliases.values[vocabulary] else { continue }
                    sheet.choices[offset] = words.map { $0.aliases.first ?? $0.word }
                    if column == "tags" { sheet.multipleChoice.insert(offset) }
                }
            }
            sheets.append(sheet)
        }
        return sheets
    }

    /// `high-tech;above-scale` → `高新技术企业;规上企业`.
    static func chineseValues(_ text: String, _ vocabulary: String) -> String {
        guard !text.isEmpty else { return text }
        return text.split(separator: ";").map { VocabularyAliases.chinese(String($0), in: vocabulary) }.joined(separator: ";")
    }

    private static func overview(_ map: InnovationMap) -> XLSXSheet {
        let rows: [[XLSXCell]] = [
            [.text("编号"), XLSXCell(map.id), .text("id：图谱编号")],
            [.text("名称"), XLSXCell(map.name), .text("name：图谱名称")],
            [.text("英文名"), XLSXCell(map.nameEN), .text("name_en：英文名（可空）")],
            [.text("地区"), XLSXCell(map.region), .text("region：所在地区，如 湖南省怀化市溆浦县")],
            [.text("截至"), .text(map.asOf.description), .text("as_of：图谱描述的日期")],
        ]
        return XLSXSheet(name: VocabularyAliases.chineseSheet("overview"), headers: ["项目", "内容", "说明"], rows: rows)
    }

    /// Writes `map` as a workbook at `path`, atomically; never over an existing file.
    /// - Throws: ``XLSXWriter/Failure`` when `path` exists or cannot be written.
    public static func write(_ map: InnovationMap, to path: String, template: Bool = false) throws(XLSXWriter.Failure) {
        if FileManager.default.fileExists(atPath: path) {
            throw .cannotWrite(path: path, reason: "already exists; chainmap never overwrites a map — choose a new name")
        }
        try XLSXWriter.write(sheets(of: map, template: template), to: path)
    }
}

/// The map's records as table rows with English words, in ``MapTables/columns(of:)`` order: what a CSV table or a
/// sheet holds.
public enum MapTables {
    /// A table's columns as written: every column the loader reads, in the documented order.
    public static func columns(of table: String) -> [String] {
        table == "platforms"
            ? ["id", "name", "name_en", "type", "level", "host", "segments", "technologies", "status", "count", "source", "as_of"]
            : LoadContext.headerOrder(of: table)
    }

    /// Every table of `map`, in ``MapLoader/allTableNames`` order.
    /// - Complexity: O(total length of the records).
    public static func rows(of map: InnovationMap) -> [(table: String, rows: [[String]])] {
        let list = { (items: [String]) in items.joined(separator: ";") }
        let years = { (values: [YearValue]) in values.map { "\($0.year): \($0.value)" }.joined(separator: "; ") }
        return [
            ("sources", map.sources.map { [$0.id, $0.title, $0.publisher, $0.date?.description ?? "", $0.url, $0.file] }),
            ("chains", map.chains.map { [$0.id, $0.name, $0.nameEN, $0.provenance.description, $0.survey.rawValue] }),
            ("segments", map.chains.flatMap { chain in
                chain.segments.map { [$0.id, chain.id, $0.name, $0.nameEN, $0.stage.rawValue, list($0.technologies), list($0.next),
                                      $0.provenance.description, $0.survey?.rawValue ?? ""] }
            }),
            ("technologies", map.technologies.map {
                [$0.id, $0.name, $0.nameEN, $0.field, list($0.keywords), $0.chokepoint ? "true" : "false",
                 $0.chokepointProvenance?.description ?? "", $0.provenance.description]
            }),
            ("indicators", map.indicators.map {
                [$0.id, $0.name, $0.nameEN, $0.unit, $0.kind.rawValue, years($0.values), years($0.targets),
                 $0.targetProvenance?.description ?? "", $0.provenance.description]
            }),
            ("findings", map.findings.map { [$0.id, $0.text, $0.textEN, list($0.concerns), $0.severity, $0.provenance.description] }),
            ("organizations", map.organizations.map {
                [$0.id, $0.kind.rawValue, $0.name, $0.nameEN, $0.location.rawValue, list($0.segments), list($0.technologies),
                 list($0.tags.map(\.rawValue)), $0.provenance.description, $0.asOf?.description ?? ""]
            }),
            ("platforms", map.platforms.map {
                [$0.id, $0.name, $0.nameEN, $0.type.rawValue, $0.level.rawValue, $0.host ?? "", list($0.segments), list($0.technologies),
                 $0.status.rawValue, String($0.count), $0.provenance.description, $0.asOf?.description ?? ""]
            }),
            ("experts", map.experts.map {
                [$0.id, $0.name, $0.role.rawValue, $0.level?.rawValue ?? "", $0.affiliation ?? "", list($0.technologies), list($0.fields),
                 String($0.capacity), list($0.serves), String($0.headcount), $0.provenance.description, $0.asOf?.description ?? ""]
            }),
            ("demands", map.demands.map {
                [$0.id, $0.enterprise, $0.title, list($0.technologies), $0.segment ?? "", $0.status.rawValue, $0.posted?.description ?? "",
                 $0.provenance.description]
            }),
            ("relations", map.relations.map { [$0.from, $0.to, $0.type.rawValue, $0.since?.description ?? "", $0.note, $0.provenance.description] }),
        ]
    }
}
