/// The closed vocabularies of the data format. Each raw value is what a user writes in a file.
///
/// Keeping them as `CaseIterable` enums lets validation list the allowed words and suggest the nearest one.

/// Where a segment sits in its chain.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
    case upstream, midstream, downstream

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }
    private var order: Int { Stage.allCases.firstIndex(of: self) ?? 0 }
    /// The Chinese word used in the bureau's reports.
    public var chineseName: String {
        switch self {
        case .upstream: "上游"
        case .midstream: "中游"
        case .downstream: "下游"
        }
    }
}

public enum OrganizationKind: String, CaseIterable, Sendable, Codable {
    case enterprise, university, institute, government, finance, association
}

/// How far an actor is from the county. The order is the local-first ranking order.
public enum Location: String, CaseIterable, Sendable, Codable, Comparable {
    case county, city, province, national, abroad

    public static func < (lhs: Location, rhs: Location) -> Bool { lhs.order < rhs.order }
    private var order: Int { Location.allCases.firstIndex(of: self) ?? 0 }
}

public enum OrganizationTag: String, CaseIterable, Sendable, Codable {
    case highTech = "high-tech"
    case techSME = "tech-sme"
    case aboveScale = "above-scale"
    case chainLeader = "chain-leader"
    case specialized
    case listed
}

public enum PlatformType: String, CaseIterable, Sendable, Codable {
    case incubator
    case makerSpace = "maker-space"
    case engineeringCenter = "engineering-center"
    case workstation
    case servicePlatform = "service-platform"
    case alliance
    case market
    case lab
}

public enum Level: String, CaseIterable, Sendable, Codable {
    case national, provincial, municipal, county
}

public enum PlatformStatus: String, CaseIterable, Sendable, Codable {
    case operating, planned, building
}

public enum ExpertRole: String, CaseIterable, Sendable, Codable {
    case commissioner
    case threeRegions = "three-regions"
    case specialist
    case foreign
    case chief
}

public enum DemandStatus: String, CaseIterable, Sendable, Codable {
    case open, matched, contracted, solved
}

public enum RelationType: String, CaseIterable, Sendable, Codable {
    case cooperates, supplies, hosts, serves, member, invests, licenses, funds, incubates, hires
}

/// The kind of any record that owns an id. All of them share one id namespace.
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    case chain, segment, technology, organization, platform, expert, demand, indicator

    /// The plural used by `chainmap list` and in messages.
    public var plural: String {
        switch self {
        case .technology: "technologies"
        default: rawValue + "s"
        }
    }
}

/// How completely the local actors of a chain or segment have been recorded (`survey:` in map.yaml).
///
/// Only a `complete` survey lets an absence count as a fact: "no local enterprise" in a segment whose firms were
/// never listed is a hole in the data, not in the county.
public enum SurveyState: String, CaseIterable, Sendable, Codable, Comparable {
    /// Every local actor of the segment is believed recorded (the default).
    case complete
    /// Some local actors are recorded; others are known or likely to be missing.
    case partial
    /// The segment's local actors have not been surveyed yet.
    case pending

    public static func < (lhs: SurveyState, rhs: SurveyState) -> Bool { lhs.order < rhs.order }
    private var order: Int { SurveyState.allCases.firstIndex(of: self) ?? 0 }
}

/// How an indicator's figures add up over time (`kind:` in map.yaml), which decides its progress arithmetic.
public enum IndicatorKind: String, CaseIterable, Sendable, Codable {
    /// A level at a date (high-tech enterprises held, R&D spending in a year): progress is latest ÷ target.
    case stock
    /// A count per year (new platforms this year): each year's value is judged against that year's target, never summed.
    case flow
    /// A share or intensity in percent (R&D spending as a share of GDP): progress is the percentage-point change needed.
    case ratio
}
