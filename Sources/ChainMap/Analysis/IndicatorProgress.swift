import Foundation

/// How an indicator stands against its target: `chainmap indicators`.
public struct IndicatorProgress: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var unit: String
    public var values: [YearValue]
    public var latest: YearValue?
    public var target: YearValue?
    /// latest ÷ target; nil without both.
    public var progress: Double?
    /// The yearly growth rate needed from the latest value to reach the target (compound); nil when not computable.
    public var requiredGrowth: Double?
    /// The value at the target year if the last two values' straight line goes on; nil with fewer than two values.
    public var projected: Double?
    /// Whether the projection (or, with one value, the latest value) reaches the target.
    public var onTrack: Bool?
    public var sources: [String]

    enum CodingKeys: String, CodingKey {
        case id, name, unit, values, latest, target, progress, requiredGrowth = "required_growth", projected,
             onTrack = "on_track", sources
    }

    /// Progress of every indicator that has values or targets, in file order.
    ///
    /// - Complexity: O(*i* · *v*).
    public static func all(in map: InnovationMap) -> [IndicatorProgress] {
        map.indicators.map(IndicatorProgress.init)
    }

    public init(_ indicator: Indicator) {
        id = indicator.id
        name = indicator.name
        unit = indicator.unit
        values = indicator.values
        latest = indicator.values.last
        sources = indicator.provenance.keys
        // The first target after the latest value; else the last target.
        target = indicator.targets.first { $0.year > (indicator.values.last?.year ?? Int.min) } ?? indicator.targets.last
        guard let latest, let target else { return }
        progress = target.value == 0 ? nil : latest.value / target.value
        let years = target.year - latest.year
        if years > 0, latest.value > 0, target.value > 0 {
            requiredGrowth = pow(target.value / latest.value, 1 / Double(years)) - 1
        }
        if indicator.values.count >= 2 {
            let previous = indicator.values[indicator.values.count - 2]
            let slope = (latest.value - previous.value) / Double(latest.year - previous.year)
            projected = latest.value + slope * Double(target.year - latest.year)
        }
        onTrack = (projected ?? latest.value) >= target.value
    }

    /// The indicator-shortfall gap, when the trend misses the target.
    public var shortfall: Gap? {
        guard onTrack == false, let latest, let target else { return nil }
        let trend = projected.map { "the trend of the last two values reaches \(NumberFormatting.rounded($0)) \(unit) by \(target.year)" }
            ?? "the only value is \(NumberFormatting.plain(latest.value)) \(unit) (\(latest.year))"
        let growth = requiredGrowth.map { ", which needs \(NumberFormatting.rounded($0 * 100))% a year" } ?? ""
        return Gap(
            kind: .indicatorShortfall, severity: .medium, subject: id, nodes: [id], chain: nil,
            evidence: "\(name): target \(NumberFormatting.plain(target.value)) \(unit) in \(target.year); \(trend)",
            action: "raise \(name) by \(NumberFormatting.rounded(target.value - latest.value)) \(unit)\(growth)", sources: sources)
    }
}

extension NumberFormatting {
    /// Two decimals at most, trailing zeros dropped: 0.1234 → "0.12", 5.0 → "5".
    public static func rounded(_ value: Double) -> String {
        plain((value * 100).rounded() / 100)
    }
}
