/// The closed vocabularies of the data format. Each raw value is what a user writes in a file.
///
/// Keeping them as `CaseIterable` enums lets validation list the allowed words and suggest the nearest one.

/// Where a segment sits in its chain.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
    /// The upstream (上游), midstream (中游) and downstream (下游) stages, in chain order.
    case upstream, midstream, downstream

    /// Upstream before midstream before downstream.
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

/// What an organization is (`kind` in organizations.csv).
public enum OrganizationKind: String, CaseIterable, Sendable, Codable {
    /// An enterprise, a university, a research institute, a government body, a financial institution, an association.
    case enterprise, university, institute, government, finance, association
}

/// How far an actor is from the county. The order is the local-first ranking order.
public enum Location: String, CaseIterable, Sendable, Codable, Comparable {
    /// Inside the map's region, in its city, in its province, elsewhere in the country, abroad.
    case county, city, province, national, abroad

    /// County before city before province before national before abroad.
    public static func < (lhs: Location, rhs: Location) -> Bool { lhs.order < rhs.order }
    private var order: Int { Location.allCases.firstIndex(of: self) ?? 0 }
}

/// Official labels an organization carries (`tags` in organizations.csv).
public enum OrganizationTag: String, CaseIterable, Sendable, Codable {
    /// 高新技术企业: a certified high-tech enterprise.
    case highTech = "high-tech"
    /// 科技型中小企业: a registered technology-based small or medium enterprise.
    case techSME = "tech-sme"
    /// 规上企业: an enterprise above the statistical size threshold.
    case aboveScale = "above-scale"
    /// 链主: the leading enterprise of a chain.
    case chainLeader = "chain-leader"
    /// 专精特新: a "specialized, refined, distinctive and innovative" enterprise.
    case specialized
    /// A listed company.
    case listed
}

/// What sort of platform a platform is (`type` in platforms.csv).
public enum PlatformType: String, CaseIterable, Sendable, Codable {
    /// A business incubator (孵化器).
    case incubator
    /// A maker space (众创空间).
    case makerSpace = "maker-space"
    /// An engineering (technology research) centre (工程技术研究中心).
    case engineeringCenter = "engineering-center"
    /// A workstation (工作站): of academicians, experts or technology commissioners.
    case workstation
    /// A technology service platform (服务平台).
    case servicePlatform = "service-platform"
    /// An industry or innovation alliance (联盟).
    case alliance
    /// A technology market (科技要素大市场) or one of its branches.
    case market
    /// A laboratory (key or joint lab).
    case lab
}

/// The administrative level that accredits a platform or appoints an expert.
public enum Level: String, CaseIterable, Sendable, Codable {
    /// National, provincial, municipal (city) or county level.
    case national, provincial, municipal, county
}

/// Whether a platform already works (`status` in platforms.csv; `operating` when empty).
public enum PlatformStatus: String, CaseIterable, Sendable, Codable {
    /// Working now, planned, or being built.
    case operating, planned, building
}

/// The capacity in which an expert serves the county (`role` in experts.csv).
public enum ExpertRole: String, CaseIterable, Sendable, Codable {
    /// 科技特派员: a technology commissioner.
    case commissioner
    /// 三区人才: a talent sent to remote, border or old revolutionary areas.
    case threeRegions = "three-regions"
    /// 企业特聘专家: an expert an enterprise has engaged.
    case specialist
    /// A foreign expert.
    case foreign
    /// 首席专家: a chief expert.
    case chief
}

/// Where a technology demand stands (`status` in demands.csv).
public enum DemandStatus: String, CaseIterable, Sendable, Codable {
    /// Not yet matched; matched with a partner; under contract; solved.
    case open, matched, contracted, solved
}

/// The type of a tie between two records (`type` in relations.csv), read `from` → `to`.
public enum RelationType: String, CaseIterable, Sendable, Codable {
    /// 产学研 cooperation agreement, supply, hosting, service, membership, investment, licensing, funding,
    /// incubation, hiring.
    case cooperates, supplies, hosts, serves, member, invests, licenses, funds, incubates, hires
}

/// The kind of any record that owns an id. All of them share one id namespace.
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    /// One case per record table: chains, segments, technologies, organizations, platforms, experts, demands,
    /// indicators.
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

    /// Complete before partial before pending.
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
