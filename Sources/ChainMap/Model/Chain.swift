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
