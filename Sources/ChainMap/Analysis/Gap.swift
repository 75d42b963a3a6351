/// A place where the chain is broken or the map is thin, with the evidence and what to do about it.
public struct Gap: Hashable, Sendable, Codable {
    /// What kind of hole a gap is. Each kind belongs to one ``Group``.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// 断链: a fully surveyed segment with no local enterprise.
        case missingSegment = "missing-segment"
        /// 短板: a fully surveyed segment with one local enterprise only, or none that is high-tech or above-scale.
        case weakSegment = "weak-segment"
        /// 卡脖子 / 空白: a needed technology no local organization, platform or expert masters, where the local
        /// actors that could hold it have their technologies recorded.
        case uncoveredTechnology = "uncovered-technology"
        /// An open demand that nobody besides the posting enterprise masters anything of, and no partner answers.
        case unmetDemand = "unmet-demand"
        /// A fully surveyed segment no innovation platform serves.
        case noPlatform = "no-platform"
        /// A commissioner serving organizations that share no segment, technology or field with them.
        case expertMismatch = "expert-mismatch"
        /// 科研机构较少: no university or research institute is based in the county.
        case noLocalResearch = "no-local-research"
        /// An indicator whose trend misses its target.
        case indicatorShortfall = "indicator-shortfall"
        /// A problem a source states in its own words (the map's `findings`).
        case reportedProblem = "reported-problem"
        /// Data gap: a segment whose local actors are not (fully) surveyed, so "no local enterprise" is unknown.
        case unsurveyedSegment = "unsurveyed-segment"
        /// Data gap: local enterprises of a segment with no technologies recorded, so coverage cannot be judged.
        case unknownTechnologies = "unknown-technologies"
        /// Data gap: an expert record whose skills are unknown.
        case unknownSkills = "unknown-skills"
        /// Data gap: an open demand whose technologies are neither listed nor inferable from its title.
        case undescribedDemand = "undescribed-demand"
        /// Data gap: an organization with no tie to anything.
        case isolated
        /// Data gap: a record last confirmed two or more years before the map's `as_of`.
        case staleRecord = "stale-record"

        /// Whether the kind is a hole in the county (industry) or in the map's data.
        public var group: Group {
            switch self {
            case .missingSegment, .weakSegment, .uncoveredTechnology, .unmetDemand, .noPlatform, .expertMismatch,
                 .noLocalResearch, .indicatorShortfall, .reportedProblem:
                .industry
            case .unsurveyedSegment, .unknownTechnologies, .unknownSkills, .undescribedDemand, .isolated, .staleRecord:
                .data
            }
        }
    }

    /// Industry gaps (断链, 短板, 卡脖子, unmet demand …) are printed before data gaps (what to record next).
    public enum Group: String, CaseIterable, Sendable, Codable, Comparable {
        /// A hole in the county's industry or innovation system.
        case industry
        /// A hole in the map's data: what to survey or record before judging.
        case data

        /// Industry before data.
        public static func < (lhs: Group, rhs: Group) -> Bool { lhs.order < rhs.order }
        private var order: Int { Group.allCases.firstIndex(of: self) ?? 0 }
    }

    /// How urgent a gap is; `high` sorts first.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        /// High, medium and low urgency, in that order.
        case high, medium, low

        /// High before medium before low.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }
    }

    /// What sort of gap it is.
    public var kind: Kind
    /// How urgent it is.
    public var severity: Severity
    /// The record the gap is about.
    public var subject: String
    /// Every record concerned, subject first.
    public var nodes: [String]
    /// The chain the gap lies in, when it lies in one.
    public var chain: String?
    /// The segment the gap lies in, when it lies in one.
    public var segment: String? = nil
    /// Why the gap is there, in the run's language.
    public var evidence: String
    /// 补链 / 强链 / 延链 … and what to do, in the run's language.
    public var action: String
    /// The source keys the gap rests on, sorted.
    public var sources: [String]

    /// The gap's group, from its kind.
    public var group: Group { kind.group }

    /// Creates a gap; `group` follows from `kind`.
    public init(kind: Kind, severity: Severity, subject: String, nodes: [String], chain: String?, segment: String? = nil,
                evidence: String, action: String, sources: [String]) {
        self.kind = kind
        self.severity = severity
        self.subject = subject
        self.nodes = nodes
        self.chain = chain
        self.segment = segment
        self.evidence = evidence
        self.action = action
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case group, kind, severity, subject, nodes, chain, segment, evidence, action, sources
    }

    /// Decodes a gap; the encoded `group` is ignored, as it follows from `kind`.
    ///
    /// - Throws: `DecodingError` when a required key is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind), severity: try container.decode(Severity.self, forKey: .severity),
            subject: try container.decode(String.self, forKey: .subject), nodes: try container.decode([String].self, forKey: .nodes),
            chain: try container.decodeIfPresent(String.self, forKey: .chain),
            segment: try container.decodeIfPresent(String.self, forKey: .segment),
            evidence: try container.decode(String.self, forKey: .evidence), action: try container.decode(String.self, forKey: .action),
            sources: try container.decode([String].self, forKey: .sources))
    }

    /// Encodes the gap with its `group`, so that JSON readers need not derive it.
    ///
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(group, forKey: .group)
        try container.encode(kind, forKey: .kind)
        try container.encode(severity, forKey: .severity)
        try container.encode(subject, forKey: .subject)
        try container.encode(nodes, forKey: .nodes)
        try container.encodeIfPresent(chain, forKey: .chain)
        try container.encodeIfPresent(segment, forKey: .segment)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(action, forKey: .action)
        try container.encode(sources, forKey: .sources)
    }

    /// The order `gaps` prints: industry before data, then severity, kind, chain, subject.
    static func printsBefore(_ lhs: Gap, _ rhs: Gap) -> Bool {
        (lhs.group, lhs.severity, lhs.kind.rawValue, lhs.chain ?? "", lhs.subject)
            < (rhs.group, rhs.severity, rhs.kind.rawValue, rhs.chain ?? "", rhs.subject)
    }
}
