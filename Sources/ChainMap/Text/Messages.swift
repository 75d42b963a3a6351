/// The one message catalogue of the analyses: every sentence `gaps`, `candidates`, `match`, `indicators` and
/// `stats` print exists here in Chinese and English, so that a run speaks one language throughout.
///
/// The catalogue is split by concern into `Messages+Gaps.swift`, `Messages+Candidates.swift`,
/// `Messages+Indicators.swift` and `Messages+Headings.swift`; each entry takes its variable parts as arguments.
public struct Messages: Sendable {
    /// The language every entry is written in.
    public let language: Language

    /// A catalogue for `language`.
    public init(_ language: Language) { self.language = language }

    /// The Chinese or the English text, by ``language``.
    @inline(__always)
    func pick(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        language == .zh ? zh() : en()
    }

    /// A record's name in this language: its English name in English when it has one.
    public func name(_ name: String, english: String) -> String {
        language == .en && !english.isEmpty ? english : name
    }

    /// The separator between items of a list in running text.
    public var listSeparator: String { pick("、", ", ") }

    /// Items joined for running text.
    public func list(_ items: [String]) -> String { items.joined(separator: listSeparator) }

    /// The first `limit` items and, when there are more, one item saying how many more (等另外12家 / 12 more):
    /// a technology mastered by thousands is not a sentence to print whole. The gap's `nodes` keep them all.
    public func firstFew(_ items: [String], limit: Int = 8) -> [String] {
        guard items.count > limit else { return items }
        let more = items.count - limit
        return Array(items.prefix(limit)) + [pick("等另外\(more)家", "\(more) more")]
    }

    /// A stage's word: 上游 / upstream.
    public func stage(_ stage: Stage) -> String { pick(stage.chineseName, stage.rawValue) }

    /// A survey state's word.
    public func survey(_ state: SurveyState) -> String {
        switch state {
        case .complete: pick("已完整调查", "complete")
        case .partial: pick("部分调查", "partial")
        case .pending: pick("待调查", "pending")
        }
    }

    /// A location's word, for candidates and gaps.
    public func location(_ location: Location) -> String {
        switch location {
        case .county: pick("县内", "county")
        case .city: pick("市内", "city")
        case .province: pick("省内", "province")
        case .national: pick("国内", "national")
        case .abroad: pick("国外", "abroad")
        }
    }

    /// A relation or tie type's word, for naming existing ties.
    public func tie(_ kind: EdgeKind) -> String {
        switch kind {
        case .cooperates: pick("合作协议", "cooperation agreement")
        case .supplies: pick("供货", "supplies")
        case .hosts: pick("依托/承建", "hosts")
        case .serves: pick("服务", "serves")
        case .member: pick("成员", "member")
        case .invests: pick("投资", "invests")
        case .licenses: pick("技术许可", "licenses")
        case .funds: pick("资助", "funds")
        case .incubates: pick("孵化", "incubates")
        case .hires: pick("聘用", "hires")
        case .affiliatedWith: pick("隶属", "affiliated with")
        case .contains: pick("包含", "contains")
        case .next: pick("供给下游", "feeds")
        case .needs: pick("需要", "needs")
        case .operatesIn: pick("所在环节", "operates in")
        case .covers: pick("服务环节", "covers")
        case .masters: pick("掌握", "masters")
        case .posts: pick("发布", "posts")
        case .requires: pick("需要", "requires")
        case .concerns: pick("涉及", "concerns")
        }
    }
}
