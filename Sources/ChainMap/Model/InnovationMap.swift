/// A county's industry-chain core technology innovation map (产业链核心技术创新图谱).
///
/// Built by ``MapLoader`` from a map folder; every id is unique across all record kinds.
///
/// The records (``Source``, ``Chain``, ``Technology``, ``Indicator``, ``Organization``, ``Platform``, ``Expert``,
/// ``Demand``, ``Relation``, ``Finding``; one file each) are plain values; where each was read from is kept apart in
/// ``positions``, so two maps read from different files compare equal when their facts do.
public struct InnovationMap: Sendable {
    /// The map's id (`id` in map.yaml).
    public var id: String
    /// The map's name, in Chinese (`name`).
    public var name: String
    /// The map's English name (`name_en`); empty when not given.
    public var nameEN: String
    /// The region the map describes, e.g. 湖南省怀化市溆浦县 (`region`).
    public var region: String
    /// The date the map describes (`as_of`); a record whose `as_of` is more than
    /// `stale_after_days` earlier is stale.
    public var asOf: PartialDate
    /// Sources by id, sorted by id.
    public var sources: [Source]
    /// The industry chains with their segments, in file order.
    public var chains: [Chain]
    /// The core technologies, in file order.
    public var technologies: [Technology]
    /// The bureau's indicators, in file order.
    public var indicators: [Indicator]
    /// Enterprises, universities, institutes and other organizations, in file order.
    public var organizations: [Organization]
    /// Innovation platforms, in file order.
    public var platforms: [Platform]
    /// Experts and technology commissioners (科技特派员), in file order.
    public var experts: [Expert]
    /// Enterprises' technology demands, in file order.
    public var demands: [Demand]
    /// Ties between records, in file order; stored compactly (see ``RelationList``), used like `[Relation]`.
    public var relations: RelationList
    /// Problems the sources state in their own words (`findings:` in map.yaml).
    public var findings: [Finding]
    /// Where each id'd record was read from; used by diagnostics, not part of the facts.
    public var positions: [String: SourcePosition]
    /// Where each relation was read from, by its index in ``relations``.
    public var relationPositions: RelationPositions

    /// Creates a map from its records, without positions; `sources` are sorted by id.
    ///
    /// No validation happens here: ``MapLoader`` validates what it reads.
    public init(
        id: String, name: String, nameEN: String = "", region: String, asOf: PartialDate,
        sources: [Source] = [], chains: [Chain] = [], technologies: [Technology] = [], indicators: [Indicator] = [],
        organizations: [Organization] = [], platforms: [Platform] = [], experts: [Expert] = [],
        demands: [Demand] = [], relations: RelationList = [], findings: [Finding] = []
    ) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.region = region
        self.asOf = asOf
        self.sources = sources.sorted { $0.id < $1.id }
        self.chains = chains
        self.technologies = technologies
        self.indicators = indicators
        self.organizations = organizations
        self.platforms = platforms
        self.experts = experts
        self.demands = demands
        self.relations = relations
        self.findings = findings
        self.positions = [:]
        self.relationPositions = [:]
    }

    /// All segments of all chains, chain by chain, in file order.
    public var segments: [Segment] { chains.flatMap(\.segments) }
}

/// The facts of a map without where they were read from: two of these compare equal when the facts do.
public struct MapFacts: Hashable, Sendable {
    /// The map's id, names and region.
    public let id, name, nameEN, region: String
    /// The date the map describes.
    public let asOf: PartialDate
    /// Sources, sorted by id.
    public let sources: [Source]
    /// Chains with their segments.
    public let chains: [Chain]
    /// Core technologies.
    public let technologies: [Technology]
    /// Indicators.
    public let indicators: [Indicator]
    /// Organizations.
    public let organizations: [Organization]
    /// Platforms.
    public let platforms: [Platform]
    /// Experts.
    public let experts: [Expert]
    /// Technology demands.
    public let demands: [Demand]
    /// Relations.
    public let relations: [Relation]
    /// Findings stated by the sources.
    public let findings: [Finding]
}

extension InnovationMap {
    /// The map's facts, without positions.
    public var facts: MapFacts {
        MapFacts(
            id: id, name: name, nameEN: nameEN, region: region, asOf: asOf, sources: sources, chains: chains,
            technologies: technologies, indicators: indicators, organizations: organizations, platforms: platforms,
            experts: experts, demands: demands, relations: Array(relations), findings: findings)
    }
}

/// Where each relation of a map was read from, by its index in ``InnovationMap/relations``.
///
/// Read like a dictionary (`positions[i]` is nil when unknown) and written as one (`= [:]`, `positions[i] = …`), but
/// stored as one line number per relation of the relations table (4 bytes instead of a 40-byte dictionary entry):
/// relations are read in order, all from one file, at column 1.
public struct RelationPositions: Equatable, Sendable, ExpressibleByDictionaryLiteral {
    /// The table the dense lines are in.
    private var path = ""
    /// The workbook sheet the dense lines are in, when the table is one.
    private var sheet: String?
    /// The line of relation `i`, or -1 when unknown.
    private var lines: [Int32] = []
    /// Positions that do not fit the dense form (another file, another column, a huge line), by index.
    private var others: [Int: SourcePosition] = [:]

    /// No positions.
    public init() {}

    /// Positions given as `index: position` pairs.
    public init(dictionaryLiteral elements: (Int, SourcePosition)...) {
        for (index, position) in elements { self[index] = position }
    }

    /// How many relations have a position.
    public var count: Int { lines.count { $0 >= 0 } + others.count }
    /// Whether no relation has a position.
    public var isEmpty: Bool { count == 0 }

    /// - Complexity: O(1) for the dense form.
    public subscript(index: Int) -> SourcePosition? {
        get {
            if let other = others[index] { return other }
            guard index >= 0, index < lines.count, lines[index] >= 0 else { return nil }
            return SourcePosition(path: path, line: Int(lines[index]), column: 1, sheet: sheet)
        }
        set {
            if index >= 0, index < lines.count { lines[index] = -1 }
            others[index] = nil
            guard let position = newValue else { return }
            if fitsDense(position), index >= 0, index < lines.count + 1_000_000 {
                if path.isEmpty && lines.allSatisfy({ $0 < 0 }) {
                    path = position.path
                    sheet = position.sheet
                }
                while lines.count <= index { lines.append(-1) }
                lines[index] = Int32(position.line)
            } else {
                others[index] = position
            }
        }
    }

    /// Records the position of the relation at `index` when it is the next one; what the loader does.
    /// - Complexity: O(1) amortized.
    mutating func append(index: Int, path: String, line: Int, sheet: String? = nil) {
        if index == lines.count, others.isEmpty, (path == self.path && sheet == self.sheet) || lines.isEmpty, line >= 0, line <= Int(Int32.max) {
            self.path = path
            self.sheet = sheet
            lines.append(Int32(line))
        } else {
            self[index] = SourcePosition(path: path, line: line, column: 1, sheet: sheet)
        }
    }

    mutating func reserveCapacity(_ count: Int) { lines.reserveCapacity(count) }

    private func fitsDense(_ position: SourcePosition) -> Bool {
        position.column == 1 && position.header == nil && position.line >= 0 && position.line <= Int(Int32.max)
            && ((position.path == path && position.sheet == sheet) || path.isEmpty)
    }

    /// Equal when every relation has the same position (or none) in both, whatever the storage form.
    public static func == (lhs: RelationPositions, rhs: RelationPositions) -> Bool {
        let dense = max(lhs.lines.count, rhs.lines.count)
        return (0 ..< dense).allSatisfy { lhs[$0] == rhs[$0] }
            && Set(lhs.others.keys).union(rhs.others.keys).allSatisfy { lhs[$0] == rhs[$0] }
    }
}
