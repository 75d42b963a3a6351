/// The catalogue's table headings and summary lines. CSV keeps the English keys as headers (they are what JSON
/// and scripts use); aligned tables for people take these.
extension Messages {
    /// A column heading by its English key (`severity`, `evidence` …); the key itself when the catalogue lacks it.
    public func heading(_ key: String) -> String {
        guard language == .zh else { return key }
        return Self.chineseHeadings[key] ?? key
    }

    /// Headings for `keys`, in the run's language.
    public func headings(_ keys: [String]) -> [String] { keys.map(heading) }

    private static let chineseHeadings: [String: String] = [
        "group": "类别", "severity": "严重程度", "kind": "类型", "chain": "产业链", "subject": "对象", "evidence": "依据",
        "action": "建议", "sources": "来源", "needs": "所需技术", "rank": "名次", "candidate": "候选方", "score": "得分",
        "technology": "技术", "field": "领域", "keyword": "关键词", "proximity": "网络邻近", "prior": "已有联系",
        "locality": "本地性", "id": "编号", "name": "名称", "unit": "单位", "values": "数值", "target": "目标",
        "progress": "进度", "needed": "仍需", "status": "状态", "expert": "专家", "task": "任务", "fit": "匹配度",
        "records": "记录", "count": "数量", "ties": "关系", "segments": "环节", "up/mid/down": "上/中/下游",
        "technologies": "核心技术", "local enterprises": "县内企业", "survey": "调查状态",
    ]

    /// A gap group's word.
    public func group(_ group: Gap.Group) -> String {
        switch group {
        case .industry: pick("产业缺口", "industry")
        case .data: pick("数据缺口", "data")
        }
    }

    /// A severity's word.
    public func severity(_ severity: Gap.Severity) -> String {
        switch severity {
        case .high: pick("高", "high")
        case .medium: pick("中", "medium")
        case .low: pick("低", "low")
        }
    }

    /// The stats summary's title line.
    public func statsTitle(_ name: String, id: String, asOf: String) -> String {
        pick("\(name)(\(id)),截至\(asOf)", "\(name) (\(id)), as of \(asOf)")
    }

    /// People and platform units in the stats summary.
    public func statsPeople(_ people: Int, platformUnits: Int) -> String {
        pick("专家记录所含人数:\(people);平台(含汇总记录):\(platformUnits)",
             "people behind expert records: \(people); platforms counting pools: \(platformUnits)")
    }

    /// The provenance line of the stats summary.
    public func statsProvenance(sourced: Int, partlyAssumed: Int, assumed: Int) -> String {
        pick("来源:\(sourced)条有出处,\(partlyAssumed)条部分为推断,\(assumed)条仅为推断(assumed)",
             "provenance: \(sourced) sourced, \(partlyAssumed) partly assumed, \(assumed) assumed")
    }

    /// The survey line of the stats summary.
    public func statsSurvey(_ counts: [SurveyState: Int]) -> String {
        let parts = SurveyState.allCases.map { "\(survey($0)) \(counts[$0] ?? 0)" }
        return pick("环节调查状态:", "segments by survey state: ") + list(parts)
    }

    /// The validation line of the stats summary.
    public func statsValidation(errors: Int, warnings: Int) -> String {
        pick("校验:\(errors)个错误,\(warnings)个警告", "validation: \(errors) errors, \(warnings) warnings")
    }

    /// The match summary lines.
    public func matchUnassigned(_ tasks: [String]) -> String {
        pick("未分配的任务:", "unassigned tasks: ") + (tasks.isEmpty ? pick("无", "none") : list(tasks))
    }

    /// The line listing experts with spare capacity ("id used/capacity (reason)"), or "none".
    public func matchIdle(_ idle: [String]) -> String {
        pick("有余力的专家:", "idle capacity: ") + (idle.isEmpty ? pick("无", "none") : list(idle))
    }

    /// The line listing experts that cannot be matched because neither fields nor technologies are recorded.
    public func matchUnknownSkills(_ experts: [String]) -> String {
        pick("无法匹配(专业领域和技术未记录):", "cannot be matched (skills unknown): ") + list(experts)
    }

    /// Why an expert got no task: only fields recorded and none needed (`fieldOnly`), or no task fits well enough.
    public func matchIdleReason(fieldOnly: Bool) -> String {
        fieldOnly
            ? pick("仅记录了专业领域,无待解决需求或企业落在该领域", "fields only, and no open demand or enterprise needs them")
            : pick("无足够匹配的任务", "no task fits well enough")
    }

    /// The total-fit line: today's `serves` ties, the assignment's fit and the gain, already formatted.
    public func matchTotals(current: String, assigned: String, gain: String) -> String {
        pick("总匹配度:现有服务关系\(current),本方案\(assigned),提升\(gain)",
             "total fit: today's serves ties \(current), this assignment \(assigned), gain \(gain)")
    }
}
