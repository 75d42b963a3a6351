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
