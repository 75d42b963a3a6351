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
