/// Everything `chainmap show` prints about one record.
public struct RecordDetail: Hashable, Sendable, Codable {
    /// One attribute of the record, as `chainmap show` prints it (`stage` = `upstream`).
    public struct Attribute: Hashable, Sendable, Codable {
        /// The column or key it comes from (`stage`, `technologies`, `as_of`).
        public var key: String
        /// Its value as written in a file; lists joined with `;`.
        public var value: String
    }

    /// One source the record cites, with the source's title.
    public struct Citation: Hashable, Sendable, Codable {
        /// The key of the map's `sources`, or `assumed`.
        public var key: String
        /// Where in the source (a section, a page); empty when not given.
        public var locator: String
        /// The source's title; empty for `assumed`.
        public var title: String
    }

    /// A record tied to this one, and by which relation.
    public struct Neighbour: Hashable, Sendable, Codable {
        /// The tie's type (``EdgeKind`` raw value: `cooperates`, `segment-of`, …).
        public var relation: String
        /// `out` when this record is the tie's `from`, `in` when it is the `to`.
        public var direction: String
        /// The neighbour's id.
        public var id: String
        /// The neighbour's kind (``NodeKind`` raw value).
        public var kind: String
        /// The neighbour's name.
        public var name: String
    }

    /// The record's id.
    public var id: String
    /// The record's kind (``NodeKind`` raw value).
    public var kind: String
    /// The record's name, Chinese where it has one.
    public var name: String
    /// The record's English name; nil when it has none.
    public var nameEN: String?
    /// Where the record was read from, `path:line:column`.
    public var definedAt: String?
    /// The record's non-empty attributes, in the order its file defines them.
    public var attributes: [Attribute]
    /// The sources the record cites, in the order its `source` cell gives them.
    public var sources: [Citation]
    /// Sorted by relation, direction, then id.
    public var neighbours: [Neighbour]

    enum CodingKeys: String, CodingKey {
        case id, kind, name, nameEN = "name_en", definedAt = "defined_at", attributes, sources, neighbours
    }
}

extension InnovationMap {
    /// The attributes, provenance and neighbours of the record `id`, or nil when no record has it.
    ///
    /// - Complexity: O(*n* + *e*).
    public func detail(of id: String) -> RecordDetail? {
        let allNodes = nodes
        guard let node = allNodes.first(where: { $0.id == id }) else { return nil }
        let byID = Dictionary(allNodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var neighbours: [RecordDetail.Neighbour] = []
        for edge in edges {
            if edge.from == id, let other = byID[edge.to] {
                neighbours.append(.init(relation: edge.kind.rawValue, direction: "out", id: other.id, kind: other.kind.rawValue, name: other.name))
            } else if edge.to == id, let other = byID[edge.from] {
                neighbours.append(.init(relation: edge.kind.rawValue, direction: "in", id: other.id, kind: other.kind.rawValue, name: other.name))
            }
        }
        neighbours.sort { ($0.relation, $0.direction, $0.id) < ($1.relation, $1.direction, $1.id) }
        let titles = Dictionary(sources.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let citations = node.provenance.citations.map {
            RecordDetail.Citation(key: $0.key, locator: $0.locator, title: titles[$0.key] ?? "")
        }
        return RecordDetail(
            id: id, kind: node.kind.rawValue, name: node.name, nameEN: node.nameEN.nilIfEmpty,
            definedAt: positions[id]?.description, attributes: attributes(of: id), sources: citations, neighbours: neighbours)
    }

    /// The ids nearest to `text` by id or by name, for "did you mean …".
    public func suggestion(forUnknownID text: String) -> String? {
        let candidates = Dictionary(
            nodes.map { ($0.id, (kind: RecordKind.chain, name: $0.name, position: SourcePosition(path: "", line: 0, column: 0))) },
            uniquingKeysWith: { first, _ in first })
        return MapValidator.suggestion(for: text, among: candidates)
    }

    private func attributes(of id: String) -> [RecordDetail.Attribute] {
        var pairs: [(String, String)] = []
        func list(_ items: [String]) -> String { items.joined(separator: ";") }
        if let chain = chains.first(where: { $0.id == id }) {
            pairs = [("segments", list(chain.segments.map(\.id)))]
        } else if let segment = segments.first(where: { $0.id == id }) {
            pairs = [("chain", segment.chain), ("stage", segment.stage.rawValue), ("technologies", list(segment.technologies)),
                     ("next", list(segment.next))]
        } else if let technology = technologies.first(where: { $0.id == id }) {
            pairs = [("field", technology.field), ("keywords", list(technology.keywords)), ("chokepoint", String(technology.chokepoint))]
        } else if let organization = organizations.first(where: { $0.id == id }) {
            pairs = [("kind", organization.kind.rawValue), ("location", organization.location.rawValue),
                     ("segments", list(organization.segments)), ("technologies", list(organization.technologies)),
                     ("tags", list(organization.tags.map(\.rawValue))), ("as_of", organization.asOf?.description ?? "")]
        } else if let platform = platforms.first(where: { $0.id == id }) {
            pairs = [("type", platform.type.rawValue), ("level", platform.level.rawValue), ("host", platform.host ?? ""),
                     ("segments", list(platform.segments)), ("technologies", list(platform.technologies)),
                     ("status", platform.status.rawValue), ("count", String(platform.count)), ("as_of", platform.asOf?.description ?? "")]
        } else if let expert = experts.first(where: { $0.id == id }) {
            pairs = [("role", expert.role.rawValue), ("level", expert.level?.rawValue ?? ""), ("affiliation", expert.affiliation ?? ""),
                     ("technologies", list(expert.technologies)), ("fields", list(expert.fields)), ("capacity", String(expert.capacity)),
                     ("serves", list(expert.serves)), ("headcount", String(expert.headcount)), ("as_of", expert.asOf?.description ?? "")]
        } else if let demand = demands.first(where: { $0.id == id }) {
            pairs = [("enterprise", demand.enterprise), ("technologies", list(demand.technologies)), ("segment", demand.segment ?? ""),
                     ("status", demand.status.rawValue), ("posted", demand.posted?.description ?? "")]
        } else if let indicator = indicators.first(where: { $0.id == id }) {
            func years(_ values: [YearValue]) -> String { values.map { "\($0.year): \(NumberFormatting.plain($0.value))" }.joined(separator: "; ") }
            pairs = [("unit", indicator.unit), ("values", years(indicator.values)), ("targets", years(indicator.targets))]
        }
        return pairs.filter { !$0.1.isEmpty }.map { RecordDetail.Attribute(key: $0.0, value: $0.1) }
    }
}
