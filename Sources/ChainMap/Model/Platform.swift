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
