/// One year's figure of an indicator.
public struct YearValue: Hashable, Sendable, Codable {
    /// The year.
    public var year: Int
    /// The figure, in the indicator's unit.
    public var value: Double

    /// The figure `value` for `year`.
    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// A tracked indicator such as R&D spending, with its values and targets by year (both sorted by year).
public struct Indicator: Hashable, Sendable, Codable {
    /// The indicator's id.
    public var id: String
    /// The indicator's name, in Chinese.
    public var name: String
    /// The indicator's English name; empty when not given.
    public var nameEN: String
    /// The unit of values and targets, as written (亿元, 家, % …).
    public var unit: String
    /// Stock, flow or ratio: how progress is computed.
    public var kind: IndicatorKind
    /// Recorded values, sorted by year.
    public var values: [YearValue]
    /// Targets, sorted by year.
    public var targets: [YearValue]
    /// Where its values (and, without `targetProvenance`, its targets) come from.
    public var provenance: Provenance
    /// Where the targets come from when not from the record's own sources: `assumed` marks a target the map's
    /// authors derived (57 held + 3 new = 60) rather than one a source states. Nil: the record's provenance.
    public var targetProvenance: Provenance?

    /// Creates an indicator; `values` and `targets` are sorted by year.
    public init(
        id: String, name: String, nameEN: String = "", unit: String, kind: IndicatorKind = .stock, values: [YearValue] = [],
        targets: [YearValue] = [], provenance: Provenance, targetProvenance: Provenance? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.unit = unit
        self.kind = kind
        self.values = values.sorted { $0.year < $1.year }
        self.targets = targets.sorted { $0.year < $1.year }
        self.provenance = provenance
        self.targetProvenance = targetProvenance
    }

    /// Whether the targets rest on `assumed`, alone or beside a source (derived by the map's authors, not stated).
    public var targetsAssumed: Bool { (targetProvenance ?? provenance).citations.contains(where: \.isAssumed) }
}
