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
