import ChainMap

/// The data the page's script reads, embedded as JSON (see ``EmbeddedJSON``). Keys are short: a large map has
/// tens of thousands of records. The analyses are embedded as their own `Codable` forms, so whatever fields
/// they carry reach the page.
public struct ReportPayload: Encodable, Sendable {
    /// One record of the map.
    public struct Record: Encodable, Sendable, Hashable {
        /// The record's id, also its node's `id` in the SVG and its `#ID` deep link.
        public var id: String
        /// The `NodeKind` raw value.
        public var kind: String
        /// The record's name (Chinese where the data gives one).
        public var name: String
        /// `name_en`, when the record has one.
        public var en: String?
        /// The chains the record belongs to (for the chain filter), in map order.
        public var chains: [String]
        /// True when the record rests only on `assumed`.
        public var assumed: Bool
        /// Attribute name and value pairs, as `chainmap show` lists them.
        public var attrs: [[String]]
        /// Citations: source key and locator.
        public var cites: [[String]]
    }

    /// A source document. `url` is present only when it is an http(s) URL (``HTML/safeLink(_:)``).
    public struct SourceEntry: Encodable, Sendable, Hashable {
        /// The document's title.
        public var title: String
        /// Who published it; empty when not recorded.
        public var publisher: String
        /// When, as written (`2024-12`); empty when not recorded.
        public var date: String
        /// Its http(s) address; nil for any other or none.
        public var url: String?
    }

    /// A drawn view: its template holds the SVG.
    public struct View: Encodable, Sendable, Hashable {
        /// `overview`, `chain:ID` or `full`.
        public var id: String
        /// The view's title in the page's language.
        public var title: String
    }

    /// The page's language, `zh` or `en`.
    public var lang: String
    /// The page's words in `lang`.
    public var ui: [String: String]
    /// Record kind → its word.
    public var kinds: [String: String]
    /// Tie kind → its word.
    public var relations: [String: String]
    /// Chains in map order: id and display name.
    public var chains: [[String]]
    /// Every record of the map, in the map's record order.
    public var records: [Record]
    /// The sources records cite, by key.
    public var sources: [String: SourceEntry]
    /// Ties as [from index, to index, kind] into ``records``.
    public var edges: [Edge]
    /// The views drawn into the page, in page order.
    public var views: [View]
    /// Every gap, as `chainmap gaps` lists them.
    public var gaps: [Gap]
    /// Candidates for the open demands the report ranks (``ReportOptions/demandsWithCandidates``), best first.
    public var candidates: [DemandCandidates]
    /// Nil when the assignment could not be computed.
    public var matching: ExpertMatching?
    /// Each indicator against its target.
    public var indicators: [IndicatorProgress]
    /// Gap kind, severity and group → word, and demand status → word, for the tables.
    public var words: Words
    /// What changed since an earlier version of the map (`--since OLD_MAP`); nil without one.
    public var since: Since?

    /// The words of the analyses' vocabularies in the page's language.
    public struct Words: Encodable, Sendable, Hashable {
        /// `Gap.Kind` raw value → word.
        public var gapKinds: [String: String]
        /// `Gap.Severity` raw value → word.
        public var severities: [String: String]
        /// `Gap.Group` raw value → word.
        public var groups: [String: String]
        /// `DemandStatus` raw value → word.
        public var statuses: [String: String]
    }

    /// The comparison with an earlier map.
    public struct Since: Encodable, Sendable {
        /// The earlier map's name, in the page's language.
        public var name: String
        /// The earlier map's `as_of`.
        public var asOf: String
        /// The diff, in `chainmap diff`'s JSON form.
        public var diff: MapDiff
    }

    /// One tie, encoded as `[from, to, "kind"]`.
    public struct Edge: Encodable, Sendable, Hashable {
        /// The index in ``ReportPayload/records`` of the tie's start.
        public var from: Int
        /// The index of its end.
        public var to: Int
        /// The tie's kind (`EdgeKind` raw value).
        public var kind: String

        /// Encodes the tie as the array `[from, to, "kind"]`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(from)
            try container.encode(to)
            try container.encode(kind)
        }
    }

    /// One demand's candidates as `chainmap candidates` gives them, less the enterprise's existing partners
    /// (`partners`): a hub enterprise has thousands, the page shows them as its ties, and they were nine tenths
    /// of a 20,000-enterprise map's page.
    public struct DemandCandidates: Encodable, Sendable {
        /// The ranking's subject: the demand.
        public var subject: CandidateRanking.Subject

        /// Wraps a ranked subject.
        public init(_ subject: CandidateRanking.Subject) { self.subject = subject }

        enum Key: String, CodingKey { case id, kind, name, enterprise, technologies, inferred, candidates, sources }

        /// Encodes the subject's fields, `partners` left out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(subject.id, forKey: .id)
            try container.encode(subject.kind, forKey: .kind)
            try container.encode(subject.name, forKey: .name)
            try container.encodeIfPresent(subject.enterprise, forKey: .enterprise)
            try container.encode(subject.technologies, forKey: .technologies)
            try container.encode(subject.inferred, forKey: .inferred)
            try container.encode(subject.candidates, forKey: .candidates)
            try container.encode(subject.sources, forKey: .sources)
        }
    }
}
