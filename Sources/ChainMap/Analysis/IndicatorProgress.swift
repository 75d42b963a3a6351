import Foundation

/// How an indicator stands against its target: `chainmap indicators`.
///
/// The arithmetic follows the indicator's ``IndicatorKind``:
/// - **stock** — progress = latest ÷ target, the compound yearly growth needed, and the straight line through the
///   last two values projected to the target year;
/// - **flow** — a yearly figure is judged against the same year's target (met or not for that year); before the
///   target year, the latest year's figure is the pace (on pace when it already reaches the yearly target), and is
///   never added up into a running total;
/// - **ratio** — the percentage-point change needed (in all and per year), and the projected line.
public struct IndicatorProgress: Hashable, Sendable, Codable {
    /// Where an indicator stands.
    public enum Status: String, Hashable, Sendable, Codable {
        /// The target year's value reaches the target (for a flow: met for that year).
        case met
        /// The projection (or, for a flow, the latest year's pace) reaches the target.
        case onTrack = "on-track"
        /// The projection, pace or the target year's value falls short.
        case behind
        /// Values but no target.
        case noTarget = "no-target"
        /// A target but no value yet.
        case noValue = "no-value"
    }

    /// The indicator's id.
    public var id: String
    /// The indicator's name in the run's language.
    public var name: String
    /// The unit of its values and targets, as recorded (亿元, 家, % …).
    public var unit: String
    /// How its values add up over the years: stock, flow or ratio.
    public var kind: IndicatorKind
    /// Its recorded values, sorted by year.
    public var values: [YearValue]
    /// The last recorded value; nil without values.
    public var latest: YearValue?
    /// The first target after the latest value's year, else the last target; nil without targets.
    public var target: YearValue?
    /// True when the target rests on `assumed` (derived by the map's authors, not stated by a source).
    public var targetAssumed: Bool
    /// Stock: latest ÷ target. Flow: the target year's value ÷ its target, once that year has a value. Ratio: nil.
    public var progress: Double?
    /// Stock: the compound yearly growth rate needed from the latest value to the target; nil otherwise.
    public var requiredGrowth: Double?
    /// Ratio: the percentage-point change still needed; flow: how much the yearly figure must rise; stock: nil.
    public var requiredChange: Double?
    /// Stock and ratio: the value at the target year if the last two values' straight line goes on.
    public var projected: Double?
    /// Whether the indicator reaches (or will reach) its target; nil without a value and a target.
    public var onTrack: Bool?
    /// Where the indicator stands.
    public var status: Status
    /// ``status`` in words, in the run's language.
    public var statusText: String
    /// The source keys of its values and of its target, sorted.
    public var sources: [String]
    /// The catalogue the texts were written from; not encoded (a decoded value speaks Chinese).
    private var language: Language = .zh

    enum CodingKeys: String, CodingKey {
        case id, name, unit, kind, values, latest, target, targetAssumed = "target_assumed", progress,
             requiredGrowth = "required_growth", requiredChange = "required_change", projected, onTrack = "on_track",
             status, statusText = "status_text", sources
    }

    /// Progress of every indicator, in file order.
    ///
    /// - Parameters:
    ///   - map: the map whose indicators to judge.
    ///   - language: the language of names and status words.
    /// - Complexity: O(*i* · *v*).
    public static func all(in map: InnovationMap, language: Language = .zh) -> [IndicatorProgress] {
        map.indicators.map { IndicatorProgress($0, language: language) }
    }

    /// The progress of one indicator.
    ///
    /// - Parameters:
    ///   - indicator: the indicator.
    ///   - language: the language of its name and status words.
    public init(_ indicator: Indicator, language: Language = .zh) {
        let text = Messages(language)
        self.language = language
        id = indicator.id
        name = text.name(indicator.name, english: indicator.nameEN)
        unit = indicator.unit
        kind = indicator.kind
        values = indicator.values
        latest = indicator.values.last
        sources = Array(Set(indicator.provenance.keys + (indicator.targetProvenance?.keys ?? []))).sorted()
        targetAssumed = indicator.targetsAssumed && !indicator.targets.isEmpty
        // The first target after the latest value; else the last target.
        target = indicator.targets.first { $0.year > (indicator.values.last?.year ?? Int.min) } ?? indicator.targets.last
        status = latest == nil ? .noValue : .noTarget
        statusText = ""
        defer { statusText = text.indicatorStatus(status, kind: kind) }
        guard let latest, let target else { return }
        let years = target.year - latest.year
        let valueAtTarget = indicator.values.first { $0.year == target.year }
        if indicator.values.count >= 2, kind != .flow {
            let previous = indicator.values[indicator.values.count - 2]
            let slope = (latest.value - previous.value) / Double(latest.year - previous.year)
            projected = latest.value + slope * Double(target.year - latest.year)
        }
        switch kind {
        case .stock:
            progress = target.value == 0 ? nil : latest.value / target.value
            if years > 0, latest.value > 0, target.value > 0 {
                requiredGrowth = pow(target.value / latest.value, 1 / Double(years)) - 1
            }
            onTrack = years > 0 ? (projected ?? latest.value) >= target.value : latest.value >= target.value
        case .flow:
            // A year's figure answers that year's target only; before the target year it is the pace.
            let figure = valueAtTarget ?? latest
            if let valueAtTarget, target.value != 0 { progress = valueAtTarget.value / target.value }
            requiredChange = max(0, target.value - figure.value)
            onTrack = figure.value >= target.value
        case .ratio:
            requiredChange = target.value - latest.value
            onTrack = years > 0 ? (projected ?? latest.value) >= target.value : latest.value >= target.value
        }
        let reached = onTrack ?? false
        status = (years <= 0 || valueAtTarget != nil) ? (reached ? .met : .behind) : (reached ? .onTrack : .behind)
        // Huge inputs can overflow to ∞; JSON has no word for it, so such a figure is left out rather than failing.
        progress = progress.flatMap { $0.isFinite ? $0 : nil }
        requiredGrowth = requiredGrowth.flatMap { $0.isFinite ? $0 : nil }
        requiredChange = requiredChange.flatMap { $0.isFinite ? $0 : nil }
        projected = projected.flatMap { $0.isFinite ? $0 : nil }
    }

    /// The indicator-shortfall gap, when the indicator falls short of its target.
    public var shortfall: Gap? {
        guard onTrack == false, let latest, let target else { return nil }
        let text = Messages(language)
        return Gap(
            kind: .indicatorShortfall, severity: .medium, subject: id, nodes: [id], chain: nil,
            evidence: text.indicatorShortfall(self, latest: latest, target: target),
            action: text.indicatorShortfallAction(self, latest: latest, target: target), sources: sources)
    }
}

extension NumberFormatting {
    /// Two decimals at most, trailing zeros dropped: 0.1234 → "0.12", 5.0 → "5".
    public static func rounded(_ value: Double) -> String {
        plain((value * 100).rounded() / 100)
    }
}
