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
