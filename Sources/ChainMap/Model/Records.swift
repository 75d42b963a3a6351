/// The records of an innovation map. They are plain values; where each was read from is kept apart in
/// ``InnovationMap/positions`` so that two maps read from different files compare equal when their facts do.

/// A document the map's facts come from.
public struct Source: Hashable, Sendable, Codable {
    /// The key records cite it by (`report-2024`).
    public var id: String
    /// The document's title.
    public var title: String
    /// Who published it; empty when not given.
    public var publisher: String
    /// When it was published; nil when not given.
    public var date: PartialDate?
    /// Where it can be read online; empty when not given.
    public var url: String
    /// A copy in the map folder, relative to it; empty when not given.
    public var file: String

    /// Creates a source; the optional parts default to empty.
    public init(id: String, title: String, publisher: String = "", date: PartialDate? = nil, url: String = "", file: String = "") {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.file = file
    }
}

/// An industry chain (产业链): its segments in order, upstream first.
public struct Chain: Hashable, Sendable, Codable {
    /// The chain's id.
    public var id: String
    /// The chain's name, in Chinese.
    public var name: String
    /// The chain's English name; empty when not given.
    public var nameEN: String
    /// Its segments in file order, upstream first.
    public var segments: [Segment]
    /// How completely the chain's local actors are recorded; a segment's own ``Segment/survey`` overrides it.
    public var survey: SurveyState
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance

    /// Creates a chain; its survey state defaults to `complete`.
    public init(
        id: String, name: String, nameEN: String = "", segments: [Segment], survey: SurveyState = .complete,
        provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.segments = segments
        self.survey = survey
        self.provenance = provenance
    }

    /// The survey state that holds for `segment`: its own when it gives one, else the chain's.
    public func survey(of segment: Segment) -> SurveyState { segment.survey ?? survey }
}

/// A segment (环节) of a chain and the core technologies (核心技术) it needs.
public struct Segment: Hashable, Sendable, Codable {
    /// The segment's id.
    public var id: String
    /// The id of the chain it belongs to.
    public var chain: String
    /// The segment's name, in Chinese.
    public var name: String
    /// The segment's English name; empty when not given.
    public var nameEN: String
    /// Upstream, midstream or downstream.
    public var stage: Stage
    /// Ids of the technologies the segment needs.
    public var technologies: [String]
    /// Ids of the segments it feeds.
    public var next: [String]
    /// The segment's own survey state; nil when it follows its chain's (``Chain/survey(of:)``).
    public var survey: SurveyState?
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance

    /// Creates a segment; without `survey` it follows its chain's.
    public init(
        id: String, chain: String, name: String, nameEN: String = "", stage: Stage,
        technologies: [String] = [], next: [String] = [], survey: SurveyState? = nil, provenance: Provenance
    ) {
        self.id = id
        self.chain = chain
        self.name = name
        self.nameEN = nameEN
        self.stage = stage
        self.technologies = technologies
        self.next = next
        self.survey = survey
        self.provenance = provenance
    }
}

/// A core technology.
public struct Technology: Hashable, Sendable, Codable {
    /// The technology's id.
    public var id: String
    /// The technology's name, in Chinese.
    public var name: String
    /// The technology's English name; empty when not given.
    public var nameEN: String
    /// The field experts name when they list their skills.
    public var field: String
    /// Words that reveal the technology in free text such as a demand's title.
    public var keywords: [String]
    /// A chokepoint (卡脖子) technology.
    public var chokepoint: Bool
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance
    /// Where the chokepoint flag comes from when not from `provenance`: `assumed` marks a flag the map's authors
    /// judged (from old market shares, say). Nil: the record's provenance.
    public var chokepointProvenance: Provenance?

    /// Creates a technology; `chokepointProvenance` nil means the flag rests on `provenance`.
    public init(
        id: String, name: String, nameEN: String = "", field: String = "", keywords: [String] = [],
        chokepoint: Bool = false, provenance: Provenance, chokepointProvenance: Provenance? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.field = field
        self.keywords = keywords
        self.chokepoint = chokepoint
        self.provenance = provenance
        self.chokepointProvenance = chokepointProvenance
    }

    /// Whether the chokepoint flag rests on `assumed`, alone or beside a source.
    public var chokepointAssumed: Bool {
        chokepoint && (chokepointProvenance ?? provenance).citations.contains(where: \.isAssumed)
    }
}

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

/// An enterprise, university, institute, government body, financial institution or association.
public struct Organization: Hashable, Sendable, Codable {
    /// The organization's id.
    public var id: String
    /// Enterprise, university, institute, government, finance or association.
    public var kind: OrganizationKind
    /// The organization's name, in Chinese where it has one.
    public var name: String
    /// The organization's English name; empty when not given.
    public var nameEN: String
    /// How far it is from the county; `county` means local.
    public var location: Location
    /// Ids of the segments it works in.
    public var segments: [String]
    /// Ids of the technologies it masters.
    public var technologies: [String]
    /// Its official labels (高新技术企业, 规上企业 …).
    public var tags: [OrganizationTag]
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance
    /// The date the row describes; nil when not given (the map's `as_of` holds).
    public var asOf: PartialDate?

    /// Creates an organization.
    public init(
        id: String, kind: OrganizationKind, name: String, nameEN: String = "", location: Location,
        segments: [String] = [], technologies: [String] = [], tags: [OrganizationTag] = [],
        provenance: Provenance, asOf: PartialDate? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.nameEN = nameEN
        self.location = location
        self.segments = segments
        self.technologies = technologies
        self.tags = tags
        self.provenance = provenance
        self.asOf = asOf
    }

    /// Inside the map's region.
    public var isLocal: Bool { location == .county }
}

/// An innovation platform: incubator, maker space, engineering centre, workstation, alliance …
public struct Platform: Hashable, Sendable, Codable {
    /// The platform's id.
    public var id: String
    /// The platform's name, in Chinese.
    public var name: String
    /// The platform's English name; empty when not given.
    public var nameEN: String
    /// What sort of platform it is.
    public var type: PlatformType
    /// The level that accredits it.
    public var level: Level
    /// The organization id that hosts it, if any.
    public var host: String?
    /// Ids of the segments it serves.
    public var segments: [String]
    /// Ids of the technologies it masters.
    public var technologies: [String]
    /// Operating, planned or being built.
    public var status: PlatformStatus
    /// More than 1 marks a pooled record: "34 municipal engineering centres" when no names are given.
    public var count: Int
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance
    /// The date the row describes; nil when not given.
    public var asOf: PartialDate?

    /// Creates a platform; it is `operating` and counts 1 unless told otherwise.
    public init(
        id: String, name: String, nameEN: String = "", type: PlatformType, level: Level, host: String? = nil,
        segments: [String] = [], technologies: [String] = [], status: PlatformStatus = .operating, count: Int = 1,
        provenance: Provenance, asOf: PartialDate? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.type = type
        self.level = level
        self.host = host
        self.segments = segments
        self.technologies = technologies
        self.status = status
        self.count = count
        self.provenance = provenance
        self.asOf = asOf
    }
}

/// A technology commissioner (科技特派员), 三区 talent, specialist, foreign or chief expert — or a pool of them.
public struct Expert: Hashable, Sendable, Codable {
    /// The expert's id.
    public var id: String
    /// The expert's name, or a pool's description.
    public var name: String
    /// The capacity in which the expert serves (科技特派员, 三区人才 …).
    public var role: ExpertRole
    /// The level that appoints the expert; nil when not given.
    public var level: Level?
    /// The organization id the expert belongs to, if known.
    public var affiliation: String?
    /// Ids of the technologies the expert masters.
    public var technologies: [String]
    /// Free-text fields, matched against technologies' `field` (植物保护 …).
    public var fields: [String]
    /// How many enterprises or demands one person of the record can serve.
    public var capacity: Int
    /// Organization or platform ids served today.
    public var serves: [String]
    /// More than 1 marks a pooled record when the source gives only a number.
    public var headcount: Int
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance
    /// The date the row describes; nil when not given.
    public var asOf: PartialDate?

    /// Creates an expert; capacity and headcount default to 1.
    public init(
        id: String, name: String, role: ExpertRole, level: Level? = nil, affiliation: String? = nil,
        technologies: [String] = [], fields: [String] = [], capacity: Int = 1, serves: [String] = [],
        headcount: Int = 1, provenance: Provenance, asOf: PartialDate? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.level = level
        self.affiliation = affiliation
        self.technologies = technologies
        self.fields = fields
        self.capacity = capacity
        self.serves = serves
        self.headcount = headcount
        self.provenance = provenance
        self.asOf = asOf
    }

    /// What the whole record can serve: `capacity` × `headcount`, saturating at `Int.max` (never traps).
    public var totalCapacity: Int {
        let (product, overflow) = max(0, capacity).multipliedReportingOverflow(by: max(0, headcount))
        return overflow ? Int.max : product
    }

    /// Neither fields nor technologies are known, so no analysis can match the expert.
    public var hasUnknownSkills: Bool { technologies.isEmpty && fields.isEmpty }
}

/// An enterprise's technology demand (技术需求) or a research topic.
public struct Demand: Hashable, Sendable, Codable {
    /// The demand's id.
    public var id: String
    /// The organization id that posts it.
    public var enterprise: String
    /// The demand as the enterprise states it, in Chinese.
    public var title: String
    /// May be empty: analyses then infer technologies from the title.
    public var technologies: [String]
    /// The id of the segment it belongs to, if given.
    public var segment: String?
    /// Open, matched, contracted or solved.
    public var status: DemandStatus
    /// When it was posted; nil when not given.
    public var posted: PartialDate?
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance

    /// Creates a demand.
    public init(
        id: String, enterprise: String, title: String, technologies: [String] = [], segment: String? = nil,
        status: DemandStatus, posted: PartialDate? = nil, provenance: Provenance
    ) {
        self.id = id
        self.enterprise = enterprise
        self.title = title
        self.technologies = technologies
        self.segment = segment
        self.status = status
        self.posted = posted
        self.provenance = provenance
    }
}

/// A typed tie between two records.
public struct Relation: Hashable, Sendable, Codable {
    /// The id of the tie's first end.
    public var from: String
    /// The id of the tie's second end.
    public var to: String
    /// What the tie is, read `from` → `to`.
    public var type: RelationType
    /// Since when it holds; nil when not given.
    public var since: PartialDate?
    /// Free text; empty when not given.
    public var note: String
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance

    /// Creates a relation between the records `from` and `to`.
    public init(from: String, to: String, type: RelationType, since: PartialDate? = nil, note: String = "", provenance: Provenance) {
        self.from = from
        self.to = to
        self.type = type
        self.since = since
        self.note = note
        self.provenance = provenance
    }
}

/// A problem a source states about the county in its own words, such as the report's §三 diagnosis
/// (“科研机构较少”): kept beside the computed gaps so that a reader sees both, each with its citation.
public struct Finding: Hashable, Sendable, Codable {
    /// Unique among the map's findings (not a graph record: findings have no ties).
    public var id: String
    /// The problem as the source states it (Chinese).
    public var text: String
    /// The same in English, if given.
    public var textEN: String
    /// Ids of the records it concerns (chains, segments, experts …), possibly none.
    public var concerns: [String]
    /// How serious the source makes it: `high`, `medium` or `low` (validated against ``Gap/Severity``).
    public var severity: String
    /// Where the finding comes from.
    public var provenance: Provenance

    /// Creates a finding; its severity defaults to `medium`.
    public init(id: String, text: String, textEN: String = "", concerns: [String] = [], severity: String = "medium",
                provenance: Provenance) {
        self.id = id
        self.text = text
        self.textEN = textEN
        self.concerns = concerns
        self.severity = severity
        self.provenance = provenance
    }
}
