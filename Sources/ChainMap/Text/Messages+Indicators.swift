/// The catalogue's entries for `chainmap indicators` and the indicator-shortfall gap.
extension Messages {
    /// A status in words; a flow's `met` is "met for that year".
    public func indicatorStatus(_ status: IndicatorProgress.Status, kind: IndicatorKind) -> String {
        switch status {
        case .met: kind == .flow ? pick("当年目标已完成", "met for that year") : pick("已完成", "met")
        case .onTrack: kind == .flow ? pick("按最近一年水平可完成", "on pace") : pick("按趋势可完成", "on track")
        case .behind: pick("落后", "behind")
        case .noTarget: pick("无目标", "no target")
        case .noValue: pick("暂无数值", "no value yet")
        }
    }

    /// An indicator kind's word.
    public func indicatorKind(_ kind: IndicatorKind) -> String {
        switch kind {
        case .stock: pick("存量", "stock")
        case .flow: pick("年度流量", "yearly flow")
        case .ratio: pick("比率", "ratio")
        }
    }

    /// "(目标为推算)" after a target the map's authors derived.
    public var assumedTargetNote: String { pick("(目标为推算,assumed)", " (target derived, assumed)") }

    func indicatorShortfall(_ row: IndicatorProgress, latest: YearValue, target: YearValue) -> String {
        let n = NumberFormatting.self
        let targetText = "\(n.plain(target.value)) \(row.unit)" + (row.targetAssumed ? assumedTargetNote : "")
        switch row.kind {
        case .flow:
            return pick("\(row.name):\(target.year)年度目标\(targetText);\(latest.year)年为\(n.plain(latest.value)) \(row.unit)",
                        "\(row.name): yearly target \(targetText) for \(target.year); \(latest.year) gave \(n.plain(latest.value)) \(row.unit)")
        case .stock, .ratio:
            let trend = row.projected.map {
                pick("按最近两年趋势,\(target.year)年将达到\(n.rounded($0)) \(row.unit)",
                     "the trend of the last two values reaches \(n.rounded($0)) \(row.unit) by \(target.year)")
            } ?? pick("仅有\(latest.year)年数值\(n.plain(latest.value)) \(row.unit)",
                      "the only value is \(n.plain(latest.value)) \(row.unit) (\(latest.year))")
            return pick("\(row.name):\(target.year)年目标\(targetText);\(trend)",
                        "\(row.name): target \(targetText) in \(target.year); \(trend)")
        }
    }

    func indicatorShortfallAction(_ row: IndicatorProgress, latest: YearValue, target: YearValue) -> String {
        let n = NumberFormatting.self
        let gap = n.rounded(target.value - latest.value)
        switch row.kind {
        case .stock:
            let growth = row.requiredGrowth.map { pick(",需年均增长\(n.rounded($0 * 100))%", ", which needs \(n.rounded($0 * 100))% a year") } ?? ""
            return pick("将\(row.name)提高\(gap) \(row.unit)\(growth)", "Raise \(row.name) by \(gap) \(row.unit)\(growth)")
        case .flow:
            return pick("年度数值需提高\(gap) \(row.unit)", "Raise the yearly figure by \(gap) \(row.unit)")
        case .ratio:
            let years = max(1, target.year - latest.year)
            let perYear = n.rounded((target.value - latest.value) / Double(years))
            return pick("需提高\(gap)个百分点(年均\(perYear)个百分点)", "Raise it by \(gap) percentage points (\(perYear) a year)")
        }
    }
}
