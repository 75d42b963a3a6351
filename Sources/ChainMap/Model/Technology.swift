/// A core technology.
public struct Technology: Hashable, Sendable, Codable {
    /// The technology's id.
    public var id: String
    /// The technology's name, in Chinese.
    public var name: String
    /// The technology's English name; empty when not given.
    public var nameEN: String
    /// The field experts name when they list their skills.
    public var field: String
    /// Words that reveal the technology in free text such as a demand's title.
    public var keywords: [String]
    /// A chokepoint (卡脖子) technology.
    public var chokepoint: Bool
    /// Where its facts come from (the `source` cell or key).
    public var provenance: Provenance
    /// Where the chokepoint flag comes from when not from `provenance`: `assumed` marks a flag the map's authors
    /// judged (from old market shares, say). Nil: the record's provenance.
    public var chokepointProvenance: Provenance?

    /// Creates a technology; `chokepointProvenance` nil means the flag rests on `provenance`.
    public init(
        id: String, name: String, nameEN: String = "", field: String = "", keywords: [String] = [],
        chokepoint: Bool = false, provenance: Provenance, chokepointProvenance: Provenance? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.field = field
        self.keywords = keywords
        self.chokepoint = chokepoint
        self.provenance = provenance
        self.chokepointProvenance = chokepointProvenance
    }

    /// Whether the chokepoint flag rests on `assumed`, alone or beside a source.
    public var chokepointAssumed: Bool {
        chokepoint && (chokepointProvenance ?? provenance).citations.contains(where: \.isAssumed)
    }
}
