import ChainMap

/// The report's own words in Chinese and English. The page's script reads them from ``ReportPayload/ui``.
public enum ReportLanguage: String, CaseIterable, Sendable {
    /// Chinese (the default).
    case zh
    /// English.
    case en
}

struct ReportText: Sendable {
    let language: ReportLanguage

    private static let table: [String: (zh: String, en: String)] = [
        "title.suffix": ("创新图谱报告", "innovation map report"),
        "asOf": ("截至", "as of"),
        "region": ("地区", "Region"),
        "generated": ("由 chainmap 生成；离线文件，不访问网络。", "Made by chainmap; an offline file that makes no network request."),
        "excludedAssumed": ("分析已排除仅以“推定”为依据的记录。", "Records resting only on “assumed” are left out of this report."),
        "section.map": ("图谱", "Map"),
        "section.summary": ("概况", "Summary"),
        "section.indicators": ("指标与目标", "Indicators against targets"),
        "section.gaps": ("断链与短板", "Gaps"),
        "section.candidates": ("待解决需求的合作候选", "Candidates for open demands"),
        "section.matching": ("科技特派员分配", "Commissioner assignment"),
        "section.dataGaps": ("数据缺口", "Data gaps"),
        "section.provenance": ("来源情况", "Provenance"),
        "search": ("搜索名称或编号", "Search names or ids"),
        "searchLabel": ("搜索", "Search"),
        "filters.chains": ("产业链", "Chains"),
        "filters.kinds": ("类型", "Kinds"),
        "overlays": ("图层", "Overlays"),
        "overlay.gaps": ("缺口", "Gaps"),
        "overlay.candidates": ("候选合作", "Candidates"),
        "overlay.assumed": ("推定记录", "Assumed records"),
        "zoomIn": ("放大", "Zoom in"),
        "zoomOut": ("缩小", "Zoom out"),
        "fit": ("适应窗口", "Fit to screen"),
        "views": ("视图", "Views"),
        "view.overview": ("总览", "Overview"),
        "view.full": ("全景（聚合）", "Full map (aggregated)"),
        "view.omitted": ("以下产业链记录过多，未单独绘制，请看全景图：", "Chains too large to draw one by one (see the full map): "),
        "view.omittedAll": ("图谱过大，仅绘制总览（各环节企业数与缺口）；以下产业链未单独绘制（可用 chainmap render --view full 另行绘制全景图）：",
                            "Too large to draw record by record: only the overview (counts and gaps per segment) is drawn; left out (draw the full map with chainmap render --view full): "),
        "detail.empty": ("点击图中节点或搜索，查看详情。", "Click a node or search to see its details."),
        "detail.notFound": ("没有此编号的记录：", "No record has the id "),
        "detail.attributes": ("属性", "Attributes"),
        "detail.sources": ("来源", "Sources"),
        "detail.neighbours": ("关联", "Ties"),
        "detail.gaps": ("相关缺口", "Gaps touching it"),
        "detail.candidates": ("合作候选", "Candidates"),
        "detail.candidateFor": ("可作为以下需求的候选", "Candidate for"),
        "detail.notDrawn": ("此记录不在任何已绘制的视图中。", "This record is in none of the drawn views."),
        "assumed": ("推定（无来源）", "assumed (no source)"),
        "col.severity": ("严重度", "Severity"),
        "col.kind": ("类型", "Kind"),
        "col.subject": ("对象", "Subject"),
        "col.chain": ("产业链", "Chain"),
        "col.evidence": ("依据", "Evidence"),
        "col.action": ("建议", "Action"),
        "col.sources": ("来源", "Sources"),
        "col.rank": ("序", "#"),
        "col.candidate": ("候选", "Candidate"),
        "col.location": ("所在地", "Location"),
        "col.score": ("得分", "Score"),
        "col.parts": ("得分构成", "Score parts"),
        "col.path": ("证据路径", "Evidence path"),
        "col.explanation": ("说明", "Explanation"),
        "col.expert": ("专家", "Expert"),
        "col.task": ("任务", "Task"),
        "col.count": ("数量", "Count"),
        "col.record": ("记录", "Record"),
        "more": ("显示更多", "Show more"),
        "left": ("条未显示", "more"),
        "none": ("无", "None"),
        "match.current": ("现有服务匹配度合计", "Fit of today's service ties"),
        "match.assigned": ("建议分配匹配度合计", "Fit of the proposed assignment"),
        "match.gain": ("提升", "Gain"),
        "match.unassigned": ("无合适专家的任务", "Tasks no expert fits"),
        "match.unavailable": ("无法计算分配。", "The assignment could not be computed."),
        "dataGaps.unknownSkills": ("技能未知的专家记录", "Expert records with unknown skills"),
        "summary.records": ("记录", "Records"),
        "summary.ties": ("关联", "Ties"),
        "summary.people": ("专家人数", "People"),
        "summary.platformUnits": ("平台数", "Platform units"),
        "summary.gaps": ("缺口", "Gaps"),
        "summary.openDemands": ("待解决需求", "Open demands"),
        "indicator.latest": ("最新", "latest"),
        "indicator.target": ("目标", "target"),
        "indicator.onTrack": ("按趋势可达成", "on track"),
        "indicator.offTrack": ("按趋势难以达成", "off track"),
        "indicator.projected": ("趋势预计", "projected"),
        "provenance.sourced": ("有来源", "Sourced"),
        "provenance.partly": ("部分推定", "Partly assumed"),
        "provenance.assumed": ("仅推定", "Assumed only"),
        "provenance.bySource": ("各来源引用次数", "Citations by source"),
        "noIndicators": ("图谱中没有指标。", "The map has no indicators."),
        "candidates.limited": ("共 {open} 项待解决需求，此处列出最近提出的 {shown} 项的合作候选；其余需求可用 chainmap candidates --demand 编号 查询。",
                               "{open} open demands; candidates are listed for the {shown} most recently posted. chainmap candidates --demand ID ranks any other."),
        "section.since": ("自 {date} 以来的变化", "What changed since {date}"),
        "since.lead": ("与上一版图谱比较：", "Compared with the earlier map: "),
        "since.none": ("两版图谱之间没有变化。", "Nothing changed between the two versions."),
        "since.records": ("记录变动", "Records"),
        "since.card.added": ("新增记录", "Records added"),
        "since.card.removed": ("删除记录", "Records removed"),
        "since.card.changed": ("变更记录", "Records changed"),
        "since.card.opened": ("新出现的缺口", "Gaps opened"),
        "since.card.closed": ("已消除的缺口", "Gaps closed"),
        "since.ties": ("关联变动", "Ties"),
        "since.demands": ("需求状态变化", "Demands that moved status"),
        "since.gaps": ("缺口新出现与消除", "Gaps opened and closed"),
        "since.candidates": ("已成为实际合作的候选", "Candidates that became ties"),
        "since.indicators": ("指标变化", "Indicators that moved"),
        "since.added": ("新增", "added"),
        "since.removed": ("删除", "removed"),
        "since.renamed": ("更名", "renamed"),
        "since.changed": ("变更", "changed"),
        "since.opened": ("新出现", "opened"),
        "since.closed": ("已消除", "closed"),
        "since.forward": ("推进", "forward"),
        "since.back": ("退回", "back"),
        "since.oldRank": ("原候选名次", "Old rank"),
        "col.change": ("变化", "Change"),
        "col.field": ("字段", "Field"),
        "col.old": ("原值", "Before"),
        "col.new": ("新值", "After"),
        "col.from": ("起点", "From"),
        "col.to": ("终点", "To"),
        "col.status": ("状态", "Status"),
        "col.enterprise": ("企业", "Enterprise"),
        "col.partner": ("合作方", "Partner"),
        "col.relation": ("关系", "Relation"),
        "col.onTrack": ("按趋势可达成", "On track"),
        "yes": ("是", "yes"),
        "no": ("否", "no"),
    ]

    /// The word for `key`; the key itself when unknown (a visible, harmless fallback).
    func callAsFunction(_ key: String) -> String {
        guard let entry = ReportText.table[key] else { return key }
        return language == .zh ? entry.zh : entry.en
    }

    /// Every word, for the page's script.
    var all: [String: String] {
        Dictionary(uniqueKeysWithValues: ReportText.table.map { ($0.key, language == .zh ? $0.value.zh : $0.value.en) })
    }

    func kind(_ kind: NodeKind) -> String {
        let words: [NodeKind: (String, String)] = [
            .chain: ("产业链", "chain"), .segment: ("环节", "segment"), .technology: ("核心技术", "core technology"),
            .enterprise: ("企业", "enterprise"), .university: ("高校", "university"), .institute: ("科研院所", "institute"),
            .government: ("政府部门", "government"), .finance: ("金融机构", "finance"), .association: ("协会", "association"),
            .platform: ("创新平台", "platform"), .expert: ("专家/特派员", "expert"), .demand: ("技术需求", "technology demand"),
            .indicator: ("指标", "indicator"),
        ]
        guard let pair = words[kind] else { return kind.rawValue }
        return language == .zh ? pair.0 : pair.1
    }

    func relation(_ kind: EdgeKind) -> String {
        let words: [EdgeKind: (String, String)] = [
            .contains: ("包含", "contains"), .next: ("下游", "feeds"), .needs: ("需要技术", "needs"),
            .operatesIn: ("从事环节", "operates in"), .covers: ("服务环节", "covers"), .masters: ("掌握技术", "masters"),
            .affiliatedWith: ("隶属", "affiliated with"), .posts: ("提出需求", "posts"), .requires: ("需要技术", "requires"),
            .concerns: ("所属环节", "concerns"), .cooperates: ("合作", "cooperates"), .supplies: ("供应", "supplies"),
            .hosts: ("依托", "hosts"), .serves: ("服务", "serves"), .member: ("成员", "member"), .invests: ("投资", "invests"),
            .licenses: ("许可", "licenses"), .funds: ("资助", "funds"), .incubates: ("孵化", "incubates"), .hires: ("聘用", "hires"),
        ]
        guard let pair = words[kind] else { return kind.rawValue }
        return language == .zh ? pair.0 : pair.1
    }

    /// A gap kind's word (``Gap/Kind`` raw value → word).
    func gapKind(_ kind: Gap.Kind) -> String {
        let words: [Gap.Kind: (String, String)] = [
            .missingSegment: ("断链（环节缺失）", "missing segment"), .weakSegment: ("短板环节", "weak segment"),
            .uncoveredTechnology: ("卡脖子技术无人掌握", "uncovered technology"), .unmetDemand: ("需求无人可解", "unmet demand"),
            .noPlatform: ("环节无创新平台", "no platform"), .expertMismatch: ("专家与环节不匹配", "expert mismatch"),
            .noLocalResearch: ("本地无研发力量", "no local research"), .indicatorShortfall: ("指标落后于目标", "indicator shortfall"),
            .reportedProblem: ("来源指出的问题", "reported problem"), .unsurveyedSegment: ("环节未调查", "unsurveyed segment"),
            .unknownTechnologies: ("技术未知", "unknown technologies"), .unknownSkills: ("专家技能未知", "unknown skills"),
            .undescribedDemand: ("需求未说明技术", "undescribed demand"), .isolated: ("孤立记录", "isolated record"),
            .staleRecord: ("记录过时", "stale record"),
        ]
        guard let pair = words[kind] else { return kind.rawValue }
        return language == .zh ? pair.0 : pair.1
    }

    /// A demand status's word.
    func demandStatus(_ status: DemandStatus) -> String {
        let words: [DemandStatus: (String, String)] = [
            .open: ("待解决", "open"), .matched: ("已对接", "matched"), .contracted: ("已签约", "contracted"), .solved: ("已解决", "solved"),
        ]
        guard let pair = words[status] else { return status.rawValue }
        return language == .zh ? pair.0 : pair.1
    }

    /// A record's display name: `name_en` in English when the record has one.
    func name(_ zh: String, _ en: String) -> String {
        language == .en && !en.isEmpty ? en : zh
    }
}
