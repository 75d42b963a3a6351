import Foundation

/// Every Chinese (and other) alias the tables accept, in one place: for enumerated values and for column headers.
///
/// A value is matched as written, then lower-cased, then against the aliases; what a user reads in a hint lists the
/// English word with its Chinese name. Writers (workbooks, `chainmap init`) use each word's first Chinese alias.
public enum VocabularyAliases {
    /// Chinese names of each vocabulary's words, the first being the one writers use. Keyed by vocabulary name:
    /// the enum's type name (`boolean` for yes/no cells).
    static let values: [String: [(word: String, aliases: [String])]] = [
        "Stage": [("upstream", ["上游"]), ("midstream", ["中游"]), ("downstream", ["下游"])],
        "OrganizationKind": [
            ("enterprise", ["企业", "公司"]), ("university", ["高校", "大学", "学院"]),
            ("institute", ["科研院所", "研究院", "研究所", "科研机构"]), ("government", ["政府部门", "政府", "机关"]),
            ("finance", ["金融机构", "金融", "银行"]), ("association", ["协会", "行业协会", "商会", "学会"]),
        ],
        "Location": [
            ("county", ["县内", "本县"]), ("city", ["市内", "本市"]), ("province", ["省内", "本省"]),
            ("national", ["国内", "省外"]), ("abroad", ["国外", "境外", "海外"]),
        ],
        "OrganizationTag": [
            ("high-tech", ["高新技术企业", "高新企业"]), ("tech-sme", ["科技型中小企业"]),
            ("above-scale", ["规上企业", "规模以上企业", "规模以上工业企业"]), ("chain-leader", ["链主", "链主企业"]),
            ("specialized", ["专精特新", "专精特新企业", "专精特新小巨人"]), ("listed", ["上市企业", "上市公司"]),
        ],
        "PlatformType": [
            ("incubator", ["孵化器", "科技企业孵化器"]), ("maker-space", ["众创空间"]),
            ("engineering-center", ["工程技术研究中心", "工程中心", "工程技术中心"]),
            ("workstation", ["工作站", "专家工作站", "院士工作站"]), ("service-platform", ["服务平台", "公共服务平台"]),
            ("alliance", ["产业联盟", "联盟", "创新联盟"]), ("market", ["技术市场", "技术交易市场"]),
            ("lab", ["实验室", "重点实验室"]),
        ],
        "Level": [("national", ["国家级"]), ("provincial", ["省级"]), ("municipal", ["市级"]), ("county", ["县级"])],
        "PlatformStatus": [("operating", ["运行", "运行中", "在运行"]), ("planned", ["规划", "规划中", "拟建"]), ("building", ["在建", "建设中"])],
        "ExpertRole": [
            ("commissioner", ["科技特派员", "特派员"]), ("three-regions", ["三区人才", "三区科技人才"]),
            ("specialist", ["企业特聘专家", "特聘专家"]), ("foreign", ["外国专家", "外籍专家"]), ("chief", ["首席专家"]),
        ],
        "DemandStatus": [
            ("open", ["待解决", "未解决", "待对接"]), ("matched", ["已对接"]), ("contracted", ["已签约"]), ("solved", ["已解决"]),
        ],
        "RelationType": [
            ("cooperates", ["产学研合作", "合作"]), ("supplies", ["供货", "供应"]), ("hosts", ["依托", "承载"]),
            ("serves", ["服务"]), ("member", ["成员"]), ("invests", ["投资"]), ("licenses", ["许可", "技术许可"]),
            ("funds", ["资助"]), ("incubates", ["孵化"]), ("hires", ["聘用", "聘请"]),
        ],
        "SurveyState": [("complete", ["完整"]), ("partial", ["部分"]), ("pending", ["待调查"])],
        "IndicatorKind": [("stock", ["存量"]), ("flow", ["流量"]), ("ratio", ["比率"])],
        "Severity": [("high", ["高"]), ("medium", ["中"]), ("low", ["低"])],
        "boolean": [("true", ["是", "yes", "y"]), ("false", ["否", "no", "n"])],
    ]

    /// Alias → word, per vocabulary; built once.
    private static let lookup: [String: [String: String]] = values.mapValues { entries in
        aliasMap(entries.map { ($0.word, $0.aliases) })
    }

    /// Name → name and alias → name for one vocabulary or table: a name always maps to itself, and an alias to
    /// the first name that claims it.
    private static func aliasMap(_ entries: [(name: String, aliases: [String])]) -> [String: String] {
        var map: [String: String] = [:]
        for entry in entries {
            map[entry.name] = entry.name
            for alias in entry.aliases where map[alias] == nil { map[alias] = entry.name }
        }
        return map
    }

    /// The English word for `text` in `vocabulary`, or nil.
    /// - Complexity: O(1) hash lookups.
    public static func word(_ text: String, in vocabulary: String) -> String? {
        guard let map = lookup[vocabulary] else { return nil }
        return map[text] ?? map[text.lowercased()]
    }

    /// A closed-vocabulary word from its English or Chinese spelling.
    public static func word<Word: RawRepresentable & CaseIterable>(_ text: String, _ type: Word.Type) -> Word?
    where Word.RawValue == String {
        // Words are ASCII: a Chinese value skips the string switch (slow on non-ASCII) and the Unicode case mapping,
        // and goes to the alias map by hash.
        if text.utf8.allSatisfy({ $0 < 0x80 }), let word = Word(rawValue: text) { return word }
        let map = aliases(of: type)
        if let word = map?[text].flatMap(Word.init(rawValue:)) { return word }
        let lowercased = text.lowercased()
        return Word(rawValue: lowercased) ?? map?[lowercased].flatMap(Word.init(rawValue:))
    }

    /// The alias map of a closed vocabulary, found by the type's name once per type (naming a type at run time
    /// costs more than the lookup itself).
    private static func aliases<Word>(of type: Word.Type) -> [String: String]? {
        let key = ObjectIdentifier(type)
        if let cached = typeAliases.withLock({ $0[key] }) { return cached }
        let map = lookup[String(describing: type)]
        typeAliases.withLock { $0[key] = map }
        return map
    }

    /// ``aliases(of:)``'s cache: type → its alias map (nil when the type has no aliases).
    private static let typeAliases = LockedValue<[ObjectIdentifier: [String: String]?]>([:])

    /// The Chinese name writers use for a word, or the word itself when it has none.
    public static func chinese(_ word: String, in vocabulary: String) -> String {
        values[vocabulary]?.first { $0.word == word }?.aliases.first ?? word
    }

    /// The Chinese name writers use for a closed-vocabulary word.
    public static func chinese<Word: RawRepresentable>(_ word: Word) -> String where Word.RawValue == String {
        chinese(word.rawValue, in: String(describing: Word.self))
    }

    /// Every word of a vocabulary with its Chinese name: `enterprise (企业)`, for hints.
    public static func choices(in vocabulary: String, english: [String]) -> [String] {
        english.map { word in
            let name = chinese(word, in: vocabulary)
            return name == word ? word : "\(word) (\(name))"
        }
    }

    /// A hint for an unknown value: the nearest word, English or Chinese, and every choice in both languages.
    static func hint(for text: String, in vocabulary: String, english: [String]) -> String {
        let candidates = english + english.flatMap { word in values[vocabulary]?.first { $0.word == word }?.aliases ?? [] }
        let list = choices(in: vocabulary, english: english).joined(separator: ", ")
        if let near = Suggestions.nearest(to: text, in: candidates) {
            return "did you mean \"\(near)\"? expected one of: \(list)"
        }
        return "expected one of: \(list)"
    }

    /// ``hint(for:in:english:)`` for a closed vocabulary.
    static func hint<Word: RawRepresentable & CaseIterable>(for text: String, _ type: Word.Type) -> String where Word.RawValue == String {
        hint(for: text, in: String(describing: type), english: type.allCases.map(\.rawValue))
    }

    // MARK: - Column headers

    /// Chinese headers of each table's columns, the first being the one writers use. Table names as in
    /// ``MapLoader/allTableNames``; `overview` is the workbook's key/value sheet (概况).
    static let headers: [String: [(column: String, aliases: [String])]] = [
        "overview": [
            ("id", ["编号"]), ("name", ["名称", "图谱名称"]), ("name_en", ["英文名"]), ("region", ["地区", "所在地区", "县"]),
            ("as_of", ["截至", "截至日期"]), ("stale_after_days", ["过期天数"]),
        ],
        "sources": [
            ("id", ["编号"]), ("title", ["标题", "名称"]), ("publisher", ["发布单位", "发布者"]), ("date", ["日期", "发布日期"]),
            ("url", ["网址", "链接"]), ("file", ["文件"]),
        ],
        "chains": [("id", ["编号"]), ("name", ["名称", "产业链"]), ("name_en", ["英文名"]), ("source", ["来源"]), ("survey", ["调查状态"])],
        "segments": [
            ("id", ["编号"]), ("chain", ["产业链", "所属产业链"]), ("name", ["名称", "环节"]), ("name_en", ["英文名"]),
            ("stage", ["上中下游", "位置", "链位"]), ("technologies", ["核心技术", "技术"]), ("next", ["下一环节", "下游环节"]),
            ("source", ["来源"]), ("survey", ["调查状态"]),
        ],
        "technologies": [
            ("id", ["编号"]), ("name", ["名称", "核心技术"]), ("name_en", ["英文名"]), ("field", ["领域", "学科领域"]),
            ("keywords", ["关键词"]), ("chokepoint", ["卡脖子", "是否卡脖子"]), ("chokepoint_source", ["卡脖子来源"]),
            ("source", ["来源"]),
        ],
        "indicators": [
            ("id", ["编号"]), ("name", ["名称", "指标"]), ("name_en", ["英文名"]), ("unit", ["单位"]), ("kind", ["指标类型"]),
            ("values", ["历年值", "数值"]), ("targets", ["目标值", "目标"]), ("target_source", ["目标来源"]), ("source", ["来源"]),
        ],
        "findings": [
            ("id", ["编号"]), ("text", ["问题", "内容"]), ("text_en", ["英文"]), ("concerns", ["涉及", "涉及对象"]),
            ("severity", ["严重程度", "程度"]), ("source", ["来源"]),
        ],
        "organizations": [
            ("id", ["编号"]), ("kind", ["类型", "单位类型"]), ("name", ["名称", "单位名称"]), ("name_en", ["英文名"]),
            ("location", ["所在地"]), ("segments", ["环节", "所属环节"]), ("technologies", ["核心技术", "技术"]),
            ("tags", ["标签", "资质"]), ("source", ["来源"]), ("as_of", ["截至", "截至日期"]),
        ],
        "platforms": [
            ("id", ["编号"]), ("name", ["名称", "平台名称"]), ("name_en", ["英文名"]), ("type", ["类型", "平台类型"]),
            ("level", ["级别"]), ("host", ["依托单位"]), ("segments", ["环节", "所属环节"]), ("technologies", ["核心技术", "技术"]),
            ("status", ["状态"]), ("count", ["数量"]), ("source", ["来源"]), ("as_of", ["截至", "截至日期"]),
        ],
        "experts": [
            ("id", ["编号"]), ("name", ["姓名", "名称"]), ("role", ["角色", "类别"]), ("level", ["级别"]),
            ("affiliation", ["所在单位", "单位"]), ("technologies", ["核心技术", "技术"]), ("fields", ["领域", "专业领域"]),
            ("capacity", ["服务能力"]), ("serves", ["服务对象"]), ("headcount", ["人数"]), ("source", ["来源"]),
            ("as_of", ["截至", "截至日期"]),
        ],
        "demands": [
            ("id", ["编号"]), ("enterprise", ["企业", "需求企业"]), ("title", ["需求名称", "标题", "需求"]),
            ("technologies", ["核心技术", "技术"]), ("segment", ["环节", "所属环节"]), ("status", ["状态", "对接状态"]),
            ("posted", ["发布日期", "发布时间"]), ("source", ["来源"]),
        ],
        "relations": [
            ("from", ["起点", "甲方", "从"]), ("to", ["终点", "乙方", "到"]), ("type", ["类型", "关系类型"]),
            ("since", ["起始", "开始日期", "起始日期"]), ("note", ["备注"]), ("source", ["来源"]),
        ],
    ]

    private static let headerLookup: [String: [String: String]] = headers.mapValues { entries in
        aliasMap(entries.map { ($0.column, $0.aliases) })
    }

    /// The column a header names in `table`: its English name, or a Chinese alias. Nil when unknown.
    public static func column(forHeader header: String, in table: String) -> String? {
        let map = headerLookup[table]
        return map?[header] ?? map?[header.lowercased()]
    }

    /// The Chinese header writers use for a column.
    public static func chineseHeader(_ column: String, in table: String) -> String {
        headers[table]?.first { $0.column == column }?.aliases.first ?? column
    }

    /// Every header a table accepts, English and Chinese, for did-you-mean.
    static func headerCandidates(in table: String) -> [String] {
        (headers[table] ?? []).flatMap { [$0.column] + $0.aliases }
    }

    // MARK: - Sheets

    /// Workbook sheet names: the table's English name and its Chinese name (the first is what writers use).
    public static let sheets: [(table: String, aliases: [String])] = [
        ("overview", ["概况"]), ("sources", ["来源"]), ("chains", ["产业链"]), ("segments", ["环节"]),
        ("technologies", ["核心技术"]), ("indicators", ["指标"]), ("findings", ["发现问题"]),
        ("organizations", ["企业与机构", "企业和机构", "机构"]),
        ("platforms", ["平台"]), ("experts", ["专家"]), ("demands", ["需求"]), ("relations", ["关系"]),
    ]

    /// The table a sheet holds, by its English or Chinese name (blanks around it ignored, English in any case).
    public static func table(forSheet name: String) -> String? {
        let trimmed = name.trimmingWhitespace()
        return sheets.first { $0.table == trimmed.lowercased() || $0.aliases.contains(trimmed) }?.table
    }

    /// The Chinese sheet name writers use for a table.
    public static func chineseSheet(_ table: String) -> String {
        sheets.first { $0.table == table }?.aliases.first ?? table
    }
}

/// A value behind a lock, for a cache shared by concurrent loads.
private final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` on the value with the lock held.
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
