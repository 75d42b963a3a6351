/// A county's industry-chain core technology innovation map (产业链核心技术创新图谱).
///
/// Built by ``MapLoader`` from a map folder; every id is unique across all record kinds.
public struct InnovationMap: Sendable {
    public var id: String
    public var name: String
    public var nameEN: String
    public var region: String
    public var asOf: PartialDate
    /// Sources by id, sorted by id.
    public var sources: [Source]
    public var chains: [Chain]
    public var technologies: [Technology]
    public var indicators: [Indicator]
    public var organizations: [Organization]
    public var platforms: [Platform]
    public var experts: [Expert]
    public var demands: [Demand]
    public var relations: [Relation]
    /// Where each id'd record was read from; used by diagnostics, not part of the facts.
    public var positions: [String: SourcePosition]
    /// Where each relation was read from, by its index in ``relations``.
    public var relationPositions: [Int: SourcePosition]

    public init(
        id: String, name: String, nameEN: String = "", region: String, asOf: PartialDate,
        sources: [Source] = [], chains: [Chain] = [], technologies: [Technology] = [], indicators: [Indicator] = [],
        organizations: [Organization] = [], platforms: [Platform] = [], experts: [Expert] = [],
        demands: [Demand] = [], relations: [Relation] = []
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
        self.positions = [:]
        self.relationPositions = [:]
    }

    /// All segments of all chains, chain by chain, in file order.
    public var segments: [Segment] { chains.flatMap(\.segments) }
}

/// The facts of a map without where they were read from: two of these compare equal when the facts do.
public struct MapFacts: Hashable, Sendable {
    public let id, name, nameEN, region: String
    public let asOf: PartialDate
    public let sources: [Source]
    public let chains: [Chain]
    public let technologies: [Technology]
    public let indicators: [Indicator]
    public let organizations: [Organization]
    public let platforms: [Platform]
    public let experts: [Expert]
    public let demands: [Demand]
    public let relations: [Relation]
}

extension InnovationMap {
    /// The map's facts, without positions.
    public var facts: MapFacts {
        MapFacts(
            id: id, name: name, nameEN: nameEN, region: region, asOf: asOf, sources: sources, chains: chains,
            technologies: technologies, indicators: indicators, organizations: organizations, platforms: platforms,
            experts: experts, demands: demands, relations: relations)
    }
}
