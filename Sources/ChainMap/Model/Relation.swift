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
