/// What `chainmap list` can list.
public enum ListSubject: String, CaseIterable, Sendable {
    /// Every record; the map's structure: chains, segments, technologies; every organization.
    case all, chains, segments, technologies, organizations
    /// Organizations of one kind.
    case enterprises, universities, institutes, government, finance, associations
    /// Platforms, experts, demands, relations.csv rows, indicators, and the `sources` of `map.yaml`.
    case platforms, experts, demands, relations, indicators, sources
}

/// One line of `chainmap list`. JSON keys: `id`, `kind`, `name` always; the others when they apply.
public struct ListRow: Hashable, Sendable, Codable {
    /// The record's id (for a relation, `from→to`).
    public var id: String
    /// The record's kind (``NodeKind`` raw value, or `relation`, `source`).
    public var kind: String
    /// The record's name, Chinese where it has one (a demand's title).
    public var name: String
    /// The English name; nil when the record has none.
    public var nameEN: String?
    /// The chain a segment belongs to; nil for other records.
    public var chain: String?
    /// One short fact that tells the record apart (a stage, a location, a role); nil when none applies.
    public var detail: String?
    /// The record's `source` cell.
    public var source: String
    /// A relation's ends (its `id` is `from→to`, its `kind` the relation type); nil for records.
    public var from: String? = nil
    /// A relation's other end (see ``from``); nil for records.
    public var to: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, kind, name, nameEN = "name_en", chain, detail, source, from, to
    }
}

extension InnovationMap {
    /// The records of one subject, optionally only those that touch one chain, in file order.
    ///
    /// - Parameters:
    ///   - subject: what to list.
    ///   - chainID: a chain id (`chain:`); records unrelated to its segments and technologies are left out.
    /// - Returns: rows in file order, kind by kind.
    /// - Complexity: O(*n* + *e*).
    public func list(_ subject: ListSubject, chain chainID: String? = nil) -> [ListRow] {
        var rows: [ListRow] = []
        forEachListRow(subject, chain: chainID) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each row ``list(_:chain:)`` returns, in the same order, without building the array: a
    /// million relations print without a million rows in memory.
    ///
    /// - Parameters:
    ///   - subject: what to list.
    ///   - chainID: a chain id; records unrelated to its segments and technologies are left out.
    ///   - body: called once per row.
    /// - Complexity: O(*n* + *e*).
    public func forEachListRow(_ subject: ListSubject, chain chainID: String? = nil, _ body: (ListRow) throws -> Void) rethrows {
        let scope = chainID.map { ChainScope(map: self, chainID: $0) }
        func keep(_ id: String) -> Bool { scope?.contains(id) ?? true }
        let chainOfSegment = Dictionary(segments.map { ($0.id, $0.chain) }, uniquingKeysWith: { first, _ in first })

        if subject == .all || subject == .chains {
            for chain in chains where keep(chain.id) {
                try body(ListRow(id: chain.id, kind: "chain", name: chain.name, nameEN: chain.nameEN.nilIfEmpty, chain: chain.id,
                                    detail: "\(chain.segments.count) segments", source: chain.provenance.description))
            }
        }
        if subject == .all || subject == .segments {
            for segment in segments where keep(segment.id) {
                try body(ListRow(id: segment.id, kind: "segment", name: segment.name, nameEN: segment.nameEN.nilIfEmpty,
                                    chain: segment.chain, detail: "\(segment.stage.rawValue) \(segment.stage.chineseName)",
                                    source: segment.provenance.description))
            }
        }
        if subject == .all || subject == .technologies {
            for technology in technologies where keep(technology.id) {
                let detail = [technology.field, technology.chokepoint ? "chokepoint 卡脖子" : ""].filter { !$0.isEmpty }.joined(separator: " · ")
                try body(ListRow(id: technology.id, kind: "technology", name: technology.name, nameEN: technology.nameEN.nilIfEmpty,
                                    chain: nil, detail: detail.nilIfEmpty, source: technology.provenance.description))
            }
        }
        let organizationSubjects: [ListSubject: OrganizationKind] = [
            .enterprises: .enterprise, .universities: .university, .institutes: .institute,
            .government: .government, .finance: .finance, .associations: .association,
        ]
        if subject == .all || subject == .organizations || organizationSubjects[subject] != nil {
            for organization in organizations where keep(organization.id) {
                if let only = organizationSubjects[subject], organization.kind != only { continue }
                let tags = organization.tags.map(\.rawValue).joined(separator: ";")
                let chainIDs = Set(organization.segments.compactMap { chainOfSegment[$0] }).sorted().joined(separator: ";")
                try body(ListRow(id: organization.id, kind: organization.kind.rawValue, name: organization.name,
                                    nameEN: organization.nameEN.nilIfEmpty, chain: chainIDs.nilIfEmpty,
                                    detail: ([organization.location.rawValue] + (tags.isEmpty ? [] : [tags])).joined(separator: " · "),
                                    source: organization.provenance.description))
            }
        }
        if subject == .all || subject == .platforms {
            for platform in platforms where keep(platform.id) {
                var detail = "\(platform.level.rawValue) \(platform.type.rawValue)"
                if platform.count > 1 { detail += " ×\(platform.count)" }
                if platform.status != .operating { detail += " (\(platform.status.rawValue))" }
                let chainIDs = Set(platform.segments.compactMap { chainOfSegment[$0] }).sorted().joined(separator: ";")
                try body(ListRow(id: platform.id, kind: "platform", name: platform.name, nameEN: platform.nameEN.nilIfEmpty,
                                    chain: chainIDs.nilIfEmpty, detail: detail, source: platform.provenance.description))
            }
        }
        if subject == .all || subject == .experts {
            for expert in experts where keep(expert.id) {
                var detail = [expert.level?.rawValue, expert.role.rawValue].compactMap { $0 }.joined(separator: " ")
                if expert.headcount > 1 { detail += " ×\(expert.headcount)" }
                detail += ", capacity \(expert.totalCapacity)"
                if expert.hasUnknownSkills { detail += ", skills unknown" }
                try body(ListRow(id: expert.id, kind: "expert", name: expert.name, nameEN: nil, chain: nil, detail: detail,
                                    source: expert.provenance.description))
            }
        }
        if subject == .all || subject == .demands {
            for demand in demands where keep(demand.id) {
                try body(ListRow(id: demand.id, kind: "demand", name: demand.title, nameEN: nil,
                                    chain: demand.segment.flatMap { chainOfSegment[$0] },
                                    detail: "\(demand.status.rawValue) · \(demand.enterprise)", source: demand.provenance.description))
            }
        }
        if subject == .all || subject == .indicators {
            for indicator in indicators where scope == nil {
                let latest = indicator.values.last.map { "\($0.year): \(NumberFormatting.plain($0.value))" } ?? "—"
                let target = indicator.targets.last.map { " → \($0.year): \(NumberFormatting.plain($0.value))" } ?? ""
                try body(ListRow(id: indicator.id, kind: "indicator", name: indicator.name, nameEN: indicator.nameEN.nilIfEmpty,
                                    chain: nil, detail: "\(latest)\(target) \(indicator.unit)", source: indicator.provenance.description))
            }
        }
        if subject == .relations {
            for relation in relations where keep(relation.from) || keep(relation.to) {
                try body(ListRow(id: "\(relation.from)→\(relation.to)", kind: relation.type.rawValue, name: relation.note,
                                    nameEN: nil, chain: nil, detail: relation.since?.description, source: relation.provenance.description,
                                    from: relation.from, to: relation.to))
            }
        }
        if subject == .sources {
            for source in sources {
                try body(ListRow(id: source.id, kind: "source", name: source.title, nameEN: nil, chain: nil,
                                    detail: [source.publisher, source.date?.description ?? "", source.url.isEmpty ? source.file : source.url]
                                        .filter { !$0.isEmpty }.joined(separator: " · "), source: source.id))
            }
        }
    }
}

/// The ids that belong to one chain: its segments, the technologies they need, and every record tied to those.
struct ChainScope {
    private var members: Set<String>

    init(map: InnovationMap, chainID: String) {
        guard let chain = map.chains.first(where: { $0.id == chainID }) else {
            members = []
            return
        }
        var members: Set<String> = [chain.id]
        members.formUnion(chain.segments.map(\.id))
        members.formUnion(chain.segments.flatMap(\.technologies))
        let core = members
        map.forEachEdge { edge in
            if core.contains(edge.to) && edge.kind != .contains { members.insert(edge.from) }
        }
        self.members = members
    }

    func contains(_ id: String) -> Bool { members.contains(id) }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// Numbers printed the way the bureau writes them: no trailing zeros.
public enum NumberFormatting {
    /// `4.54` → "4.54", `57.0` → "57", `3752.12` → "3752.12".
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
