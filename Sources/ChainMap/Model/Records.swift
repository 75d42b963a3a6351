/// The records of an innovation map. They are plain values; where each was read from is kept apart in
/// ``InnovationMap/positions`` so that two maps read from different files compare equal when their facts do.

/// A document the map's facts come from.
public struct Source: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var publisher: String
    public var date: PartialDate?
    public var url: String
    public var file: String

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
    public var id: String
    public var name: String
    public var nameEN: String
    public var segments: [Segment]
    public var provenance: Provenance

    public init(id: String, name: String, nameEN: String = "", segments: [Segment], provenance: Provenance) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.segments = segments
        self.provenance = provenance
    }
}

/// A segment (环节) of a chain and the core technologies (核心技术) it needs.
public struct Segment: Hashable, Sendable, Codable {
    public var id: String
    public var chain: String
    public var name: String
    public var nameEN: String
    public var stage: Stage
    /// Ids of the technologies the segment needs.
    public var technologies: [String]
    /// Ids of the segments it feeds.
    public var next: [String]
    public var provenance: Provenance

    public init(
        id: String, chain: String, name: String, nameEN: String = "", stage: Stage,
        technologies: [String] = [], next: [String] = [], provenance: Provenance
    ) {
        self.id = id
        self.chain = chain
        self.name = name
        self.nameEN = nameEN
        self.stage = stage
        self.technologies = technologies
        self.next = next
        self.provenance = provenance
    }
}

/// A core technology.
public struct Technology: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var nameEN: String
    /// The field experts name when they list their skills.
    public var field: String
    /// Words that reveal the technology in free text such as a demand's title.
    public var keywords: [String]
    /// A chokepoint (卡脖子) technology.
    public var chokepoint: Bool
    public var provenance: Provenance

    public init(
        id: String, name: String, nameEN: String = "", field: String = "", keywords: [String] = [],
        chokepoint: Bool = false, provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.field = field
        self.keywords = keywords
        self.chokepoint = chokepoint
        self.provenance = provenance
    }
}

/// One year's figure of an indicator.
public struct YearValue: Hashable, Sendable, Codable {
    public var year: Int
    public var value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// A tracked indicator such as R&D spending, with its values and targets by year (both sorted by year).
public struct Indicator: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var nameEN: String
    public var unit: String
    public var values: [YearValue]
    public var targets: [YearValue]
    public var provenance: Provenance

    public init(
        id: String, name: String, nameEN: String = "", unit: String, values: [YearValue] = [],
        targets: [YearValue] = [], provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.unit = unit
        self.values = values.sorted { $0.year < $1.year }
        self.targets = targets.sorted { $0.year < $1.year }
        self.provenance = provenance
    }
}

/// An enterprise, university, institute, government body, financial institution or association.
public struct Organization: Hashable, Sendable, Codable {
    public var id: String
    public var kind: OrganizationKind
    public var name: String
    public var nameEN: String
    public var location: Location
    public var segments: [String]
    public var technologies: [String]
    public var tags: [OrganizationTag]
    public var provenance: Provenance
    public var asOf: PartialDate?

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
    public var id: String
    public var name: String
    public var nameEN: String
    public var type: PlatformType
    public var level: Level
    /// The organization id that hosts it, if any.
    public var host: String?
    public var segments: [String]
    public var technologies: [String]
    public var status: PlatformStatus
    /// More than 1 marks a pooled record: "34 municipal engineering centres" when no names are given.
    public var count: Int
    public var provenance: Provenance
    public var asOf: PartialDate?

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
    public var id: String
    public var name: String
    public var role: ExpertRole
    public var level: Level?
    /// The organization id the expert belongs to, if known.
    public var affiliation: String?
    public var technologies: [String]
    public var fields: [String]
    /// How many enterprises or demands one person of the record can serve.
    public var capacity: Int
    /// Organization or platform ids served today.
    public var serves: [String]
    /// More than 1 marks a pooled record when the source gives only a number.
    public var headcount: Int
    public var provenance: Provenance
    public var asOf: PartialDate?

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

    /// What the whole record can serve: `capacity` × `headcount`.
    public var totalCapacity: Int { capacity * headcount }

    /// Neither fields nor technologies are known, so no analysis can match the expert.
    public var hasUnknownSkills: Bool { technologies.isEmpty && fields.isEmpty }
}

/// An enterprise's technology demand (技术需求) or a research topic.
public struct Demand: Hashable, Sendable, Codable {
    public var id: String
    /// The organization id that posts it.
    public var enterprise: String
    public var title: String
    /// May be empty: analyses then infer technologies from the title.
    public var technologies: [String]
    public var segment: String?
    public var status: DemandStatus
    public var posted: PartialDate?
    public var provenance: Provenance

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
    public var from: String
    public var to: String
    public var type: RelationType
    public var since: PartialDate?
    public var note: String
    public var provenance: Provenance

    public init(from: String, to: String, type: RelationType, since: PartialDate? = nil, note: String = "", provenance: Provenance) {
        self.from = from
        self.to = to
        self.type = type
        self.since = since
        self.note = note
        self.provenance = provenance
    }
}
