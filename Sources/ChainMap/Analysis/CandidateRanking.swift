import ChainGraph
import Foundation

/// Who could work with an enterprise on a demand, or fill a segment: `chainmap candidates`.
///
/// The score of a candidate is a weighted sum of six parts, each in [0, 1], all printed:
/// - **technology** (0.45): Σ idf(t) over the needed technologies the candidate masters ÷ Σ idf(t) over all needed,
///   where idf(t) = ln(1 + A ÷ (1 + m_t)) for A actors of which m_t master t — a rare skill counts more;
/// - **field** (0.18): the same share over the needed technologies whose `field` an expert lists among its `fields`
///   without mastering them exactly (a commissioner pool recorded as "12 people, 植物保护"); technology and field
///   together cover each needed technology once, and the lower weight keeps an exact match above a field match;
/// - **keyword** (0.20): how much of the demand title's character bigrams the candidate's best technology
///   (its name and keywords) covers;
/// - **proximity** (0.15): the engine's resource-allocation index r between the enterprise and the candidate,
///   as r ÷ (1 + r) (Zhou, Lü & Zhang 2009; NetworkX `resource_allocation_index`);
/// - **prior** (0.10): 1 when the two already have a tie other than a cooperation agreement;
/// - **locality** (0.10): county 1, city 0.75, province 0.5, national 0.25, abroad 0 (experts and platforms by
///   affiliation, host or level).
/// Pairs bound by a `cooperates` relation are never proposed: they already work together. Nor is a platform
/// proposed to the enterprise that hosts it. Instead, every subject lists its **existing partners** (any tie:
/// agreement, service, membership, hosting …) that master what it needs — "activate the agreement" — and every
/// candidate with a prior tie names the tie.
public struct CandidateRanking: Sendable {
    /// The parts of a score, each in [0, 1].
    public struct Parts: Hashable, Sendable, Codable {
        /// Needed technologies the candidate masters (rarity-weighted share).
        public var technology: Double
        /// Needed technologies reached through an expert's fields only (rarity-weighted share).
        public var field: Double
        /// How much of the demand title's character bigrams the candidate's best technology covers.
        public var keyword: Double
        /// The resource-allocation index r between enterprise and candidate, as r ÷ (1 + r).
        public var proximity: Double
        /// 1 when the two already have a tie other than a cooperation agreement, else 0.
        public var prior: Double
        /// County 1, city 0.75, province 0.5, national 0.25, abroad or unknown 0.
        public var locality: Double

        /// The documented weights of the parts.
        public static let weights = Parts(technology: 0.45, field: 0.18, keyword: 0.20, proximity: 0.15, prior: 0.10, locality: 0.10)

        /// Creates parts; `field` is 0 unless given.
        public init(technology: Double, field: Double = 0, keyword: Double, proximity: Double, prior: Double, locality: Double) {
            self.technology = technology
            self.field = field
            self.keyword = keyword
            self.proximity = proximity
            self.prior = prior
            self.locality = locality
        }

        /// The weighted sum.
        public var total: Double {
            let w = Parts.weights
            return w.technology * technology + w.field * field + w.keyword * keyword + w.proximity * proximity
                + w.prior * prior + w.locality * locality
        }
    }

    /// An existing tie between the enterprise and a candidate or partner, named for the reader.
    public struct Tie: Hashable, Sendable, Codable {
        /// The tie's type: `cooperates`, `serves`, `member`, `hosts`, `affiliated-with` …
        public var type: String
        /// True when the enterprise is the tie's first end (it serves, hosts, is a member of …).
        public var outgoing: Bool
        /// The relation's note, if any.
        public var note: String
        /// The source keys the tie rests on.
        public var sources: [String]
        /// The tie in the run's language: 合作协议 (report-2024 §二(三)) / cooperation agreement (report-2024 §二(三)).
        public var description: String
    }

    /// A partner the enterprise already has that masters (or, for an expert, covers by field) what it needs.
    public struct ExistingPartner: Hashable, Sendable, Codable {
        /// The partner's id.
        public var id: String
        /// The partner's node kind (a ``NodeKind`` raw value: `university`, `expert`, `platform` …).
        public var kind: String
        /// The partner's name, in the run's language.
        public var name: String
        /// The enterprise's existing ties with the partner.
        public var ties: [Tie]
        /// Needed technologies it masters, rarest first.
        public var technologies: [String]
        /// Needed technologies it covers by field only.
        public var fieldTechnologies: [String]
        /// "existing partner — activate the agreement", with what it masters, in the run's language.
        public var explanation: String
        /// The source keys of the partner and of its ties, sorted.
        public var sources: [String]

        enum CodingKeys: String, CodingKey {
            case id, kind, name, ties, technologies, fieldTechnologies = "field_technologies", explanation, sources
        }
    }

    /// A proposed partner for a subject, with its score and the evidence for it.
    public struct Candidate: Hashable, Sendable, Codable {
        /// The candidate's id.
        public var id: String
        /// The candidate's node kind (a ``NodeKind`` raw value: `university`, `expert`, `platform` …).
        public var kind: String
        /// The candidate's name, in the run's language.
        public var name: String
        /// Where it is (a ``Location`` raw value; a platform without host gives its level, an expert without
        /// affiliation its level); empty when unknown.
        public var location: String
        /// The weighted sum of ``parts`` (``Parts/total``).
        public var score: Double
        /// The score's parts, each in [0, 1].
        public var parts: Parts
        /// Needed technologies the candidate masters, rarest first.
        public var sharedTechnologies: [String]
        /// Needed technologies the candidate (an expert) covers by field only, rarest first.
        public var fieldTechnologies: [String]
        /// The enterprise's existing ties with the candidate (why `prior` is 1); empty without one.
        public var ties: [Tie]
        /// The evidence path, ids from the enterprise (or segment) to the candidate.
        public var path: [String]
        /// The same path in names, for reading: 翱康生物 → 黄精药食同源 → 湖南中医药大学.
        public var explanation: String
        /// The candidate's own source keys.
        public var sources: [String]

        enum CodingKeys: String, CodingKey {
            case id, kind, name, location, score, parts, sharedTechnologies = "shared_technologies",
                 fieldTechnologies = "field_technologies", ties, path, explanation, sources
        }
    }

    /// One demand, enterprise or segment and its ranked candidates.
    public struct Subject: Hashable, Sendable, Codable {
        /// The subject's id.
        public var id: String
        /// `demand`, `segment`, or the organization's kind (`enterprise` …).
        public var kind: String
        /// The subject's name (a demand's title), in the run's language.
        public var name: String
        /// The enterprise the candidates would work with; nil for a segment.
        public var enterprise: String?
        /// The technologies the subject needs, by id: listed, inferred or (for an enterprise) of its segments and demands.
        public var technologies: [String]
        /// True when `technologies` were inferred from the demand title.
        public var inferred: Bool
        /// Existing partners that master what the subject needs: activate the agreement before looking further.
        public var partners: [ExistingPartner]
        /// The candidates, best first, at most the `top` asked for.
        public var candidates: [Candidate]
        /// The subject's own source keys.
        public var sources: [String]
    }

    /// Everything ranking needs to know of one possible partner, by dense index.
    struct Actor {
        var id: String
        var kind: NodeKind
        /// Its name in the run's language (an organization's or platform's English name in English, when it has one).
        var name: String
        var location: String
        var locality: Double
        /// Technology indices, sorted.
        var technologies: [Int32]
        /// Technologies whose field the actor (an expert) lists, less those it masters, sorted.
        var fieldTechnologies: [Int32] = []
        /// Its node in the engine graph.
        var node: NodeIndex?
        var provenance: Provenance
    }

    /// The part of the map's graph that ranking reads: the undirected projection alone, so that the directed graph
    /// (a third of the graph's memory on a large map) is freed once the ranking is built.
    struct RankingGraph: Sendable {
        /// The undirected simple projection (``MapGraph/undirected``).
        let undirected: UndirectedGraph
    }

    let map: InnovationMap
    let graph: RankingGraph
    /// Actors sorted by id; their position is their index everywhere below.
    let actors: [Actor]
    let actorIndex: [String: Int32]
    /// Per actor, what the scoring loop reads, in one 16-byte row so that it touches no strings.
    struct Row {
        /// Its technology class: actors mastering the same set of technologies share one.
        var technologyClass: Int32
        /// Its node in the engine graph, −1 if none.
        var node: Int32
        var locality: Double
        var kind: NodeKind
    }

    let rows: [Row]
    /// Per graph node, the actor it is, or −1.
    let actorOfNode: [Int32]

    /// A run of `masters[t]` whose actors share one technology class, so they score alike but for proximity,
    /// prior tie and locality.
    struct MasterBlock {
        var technologyClass: Int32
        var start: Int32
        var end: Int32
        var maximumLocality: Double
    }
    /// The distinct technology sets of actors (technology classes), each sorted, and beside each the technologies its
    /// actors reach by field, in one flat table for the scoring loop.
    let classSkills: ClassSkills
    let technologyIDs: [String]
    let technologyIndex: [String: Int]
    /// Actor indices mastering each technology (or reaching it by field), by technology class, then ascending.
    let masters: [[Int32]]
    /// The runs of one class in each technology's `masters`.
    let masterBlocks: [[MasterBlock]]
    let idf: [Double]
    /// Character bigrams of each technology's name and keywords, and the inverse: which technologies use a bigram.
    let technologyText: [Set<String>]
    let technologiesByBigram: [String: [Int32]]
    let inference: TechnologyInference.Index
    /// Per host, the platforms it hosts (actor indices): never proposed to it.
    let hostedPlatforms: [String: [Int32]]
    let segmentsByID: [String: Segment]
    let demandsByEnterprise: [String: [Demand]]
    /// Display names (in the run's language) of the records that are not actors: chains, segments, technologies,
    /// demands, experts whose skills are unknown, indicators. Actors carry theirs (``Actor/name``).
    let otherNames: [String: String]
    let text: Messages
    /// Per organization, the relations it takes part in, for naming ties.
    let relationsByOrganization: OrganizationRelations
    let partnerRecords: PartnerRecords

    /// Indexes the map once, so that many subjects can be ranked.
    ///
    /// - Parameters:
    ///   - map: the map.
    ///   - graph: the map's graph if already built (it is the costly part on large maps).
    ///   - language: the language of names in explanations and of ties' descriptions.
    /// - Complexity: O(*n* + *e*).
    public init(map: InnovationMap, graph: MapGraph? = nil, language: Language = .zh) {
        self.map = map
        text = Messages(language)
        // Only the projection is built (no directed graph) unless the caller already has the whole MapGraph.
        let graph = RankingGraph(undirected: graph?.undirected ?? map.undirectedGraph())
        self.graph = graph
        technologyIDs = map.technologies.map(\.id)
        let technologyIndex = Dictionary(technologyIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.technologyIndex = technologyIndex
        var actors = Self.actors(of: map, technologyIndex: technologyIndex, graph: graph.undirected, text: text)
        let actorIndex = Dictionary(actors.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        self.actorIndex = actorIndex
        var actorOfNode = [Int32](repeating: -1, count: graph.undirected.nodeCount)
        for (index, actor) in actors.enumerated() {
            if let node = actor.node { actorOfNode[node.int] = Int32(index) }
        }
        self.actorOfNode = actorOfNode
        let index = MasterIndex(actors: actors, technologyCount: technologyIDs.count)
        // Actors of one class hold equal technology lists: share the class's (one allocation per distinct set, not
        // per actor: ≈ 5 MB on the 1M-tie map).
        for position in actors.indices {
            let technologyClass = Int(index.actorClass[position])
            actors[position].technologies = index.classTechnologies[technologyClass]
            actors[position].fieldTechnologies = index.classFieldTechnologies[technologyClass]
        }
        self.actors = actors
        rows = actors.indices.map { position in
            let actor = actors[position]
            return Row(technologyClass: index.actorClass[position], node: actor.node.map(\.rawValue) ?? -1, locality: actor.locality,
                       kind: actor.kind)
        }
        classSkills = ClassSkills(exact: index.classTechnologies, field: index.classFieldTechnologies)
        masters = index.masters
        masterBlocks = index.masterBlocks
        idf = index.idf
        hostedPlatforms = Self.hostedPlatforms(in: map, actorIndex: actorIndex)
        (technologyText, technologiesByBigram) = Self.textIndex(of: map.technologies)
        inference = TechnologyInference.Index(map.technologies)
        segmentsByID = Dictionary(map.segments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        demandsByEnterprise = Dictionary(grouping: map.demands, by: \.enterprise)
        otherNames = Self.otherNames(in: map, actorIndex: actorIndex, text: text)
        relationsByOrganization = OrganizationRelations(map: map, actorIndex: actorIndex, actorCount: actors.count)
        partnerRecords = PartnerRecords(map)
    }

    /// Candidates for a demand; its technologies are inferred from the title when it lists none.
    ///
    /// To rank many demands, ``rank(demands:top:kinds:workers:)`` shares the working memory and the cores.
    /// - Parameters:
    ///   - demand: the demand; its `enterprise` is the side the candidates would work with.
    ///   - top: how many candidates to keep.
    /// - Returns: the demand as a subject: its technologies (inferred when it lists none), its existing partners and
    ///   at most `top` candidates, best first.
    /// - Complexity: O(*t* + *P* + Σ deg *w* + *k* log *k*) for *t* technologies, a pool of *P* masters, the
    ///   degrees of the enterprise's neighbours *w* (one link-score walk) and the *k* kept.
    public func rank(demand: Demand, top: Int) -> Subject {
        let scratch = Scratch(self)
        return rank(demand: demand, top: top, kinds: nil, scratch: scratch)
    }

    /// Candidates for an enterprise: for the technologies of its segments and of its demands.
    ///
    /// - Parameters:
    ///   - organization: the enterprise.
    ///   - top: how many candidates to keep.
    /// - Returns: the enterprise as a subject: the technologies it needs, its existing partners and at most `top`
    ///   candidates, best first.
    /// - Complexity: as ``rank(demand:top:)``.
    public func rank(enterprise organization: Organization, top: Int) -> Subject {
        let scratch = Scratch(self)
        return rank(enterprise: organization, top: top, kinds: nil, scratch: scratch)
    }

    /// Candidates to fill a segment: whoever masters what it needs; no enterprise, so no proximity or prior ties.
    ///
    /// - Parameters:
    ///   - segment: the segment; its `technologies` are what candidates must master.
    ///   - top: how many candidates to keep.
    /// - Returns: the segment as a subject, with no partners and at most `top` candidates, best first.
    /// - Complexity: O(*t* + *P* + *k* log *k*).
    public func rank(segment: Segment, top: Int) -> Subject {
        let scratch = Scratch(self)
        let indices = segment.technologies.compactMap { technologyIndex[$0] }
        return Subject(id: segment.id, kind: "segment", name: name(of: segment.id) ?? segment.name, enterprise: nil,
                       technologies: segment.technologies, inferred: false, partners: [],
                       candidates: score(needed: indices, considered: indices, coverage: nil, enterprise: nil, via: segment.id,
                                         top: top, kinds: nil, scratch: scratch),
                       sources: segment.provenance.keys)
    }

    /// What ``rank(demand:top:)`` gives `candidateID` for `demand`, or nil when it would not propose it.
    ///
    /// - Parameters:
    ///   - candidateID: the id of an organization, platform or expert.
    ///   - demand: the demand.
    /// - Returns: the candidate with its score and parts; nil for an unknown id or one it would not propose (an
    ///   existing cooperation partner, say).
    /// - Complexity: O(*t* + deg) for *t* technologies: one pairwise link score, no walk.
    public func fit(of candidateID: String, for demand: Demand) -> Candidate? {
        fit(of: candidateID, for: demand, scratch: Scratch(self))
    }

    func fit(of candidateID: String, for demand: Demand, scratch: Scratch) -> Candidate? {
        guard let actor = actorIndex[candidateID] else { return nil }
        return rank(demand: demand, top: 1, kinds: nil, only: actor, scratch: scratch).candidates.first
    }

    /// What ``rank(enterprise:top:)`` gives `candidateID` for the enterprise, or nil when it would not propose it.
    ///
    /// - Parameters:
    ///   - candidateID: the id of an organization, platform or expert.
    ///   - organization: the enterprise.
    /// - Returns: the candidate with its score and parts; nil for an unknown id or one never proposed.
    /// - Complexity: as ``fit(of:for:)``.
    public func fit(of candidateID: String, forEnterprise organization: Organization) -> Candidate? {
        fit(of: candidateID, forEnterprise: organization, scratch: Scratch(self))
    }

    func fit(of candidateID: String, forEnterprise organization: Organization, scratch: Scratch) -> Candidate? {
        guard let actor = actorIndex[candidateID] else { return nil }
        return rank(enterprise: organization, top: 1, kinds: nil, only: actor, scratch: scratch).candidates.first
    }

    /// What ranking candidates for a demand reads from it.
    struct DemandQuery {
        /// Its technologies, listed or (when it lists none) inferred from the title.
        var listed: [String]
        var inferred: Bool
        /// The listed technologies' indices, and those plus the technologies covering a quarter of the title, sorted.
        var needed: [Int]
        var considered: [Int]
        /// Per technology, the share of the title's bigrams it covers; nil without a title.
        var coverage: [Double]?
    }

    /// The technologies a demand needs and considers, and its title's coverage.
    func query(for demand: Demand) -> DemandQuery {
        let (listed, inferred) = technologies(of: demand)
        let title = TextSimilarity.bigrams(demand.title)
        // Technologies whose words cover part of the title widen the net beyond the listed ones.
        let coverage = coverage(of: title)
        let neededIndices = listed.compactMap { technologyIndex[$0] }
        var considered = Set(neededIndices)
        for (index, value) in coverage.enumerated() where value >= 0.25 { considered.insert(index) }
        return DemandQuery(listed: listed, inferred: inferred, needed: neededIndices, considered: considered.sorted(),
                           coverage: title.isEmpty ? nil : coverage)
    }

    /// The technologies an enterprise needs (of its segments and demands, less its own), sorted, and their indices.
    func query(forEnterprise organization: Organization) -> (technologies: [String], needed: [Int]) {
        var needed = Set(organization.segments.flatMap { segmentsByID[$0]?.technologies ?? [] })
        for demand in demandsByEnterprise[organization.id] ?? [] { needed.formUnion(technologies(of: demand).ids) }
        let sorted = needed.subtracting(organization.technologies).sorted()
        return (sorted, sorted.compactMap { technologyIndex[$0] })
    }

    func rank(demand: Demand, top: Int, kinds: Set<NodeKind>?, only: Int32? = nil, pool: KindPool? = nil,
              scratch: Scratch) -> Subject {
        let query = query(for: demand)
        // Partners are named for a full ranking only (`match` and single fits need none), and are not proposed again.
        let partners = kinds == nil && only == nil ? existingPartners(of: demand.enterprise, needed: query.needed) : []
        let candidates = score(needed: query.needed, considered: query.considered, coverage: query.coverage,
                               enterprise: demand.enterprise, via: demand.id, top: top, kinds: kinds, only: only,
                               partners: partners, pool: pool, scratch: scratch)
        return Subject(id: demand.id, kind: "demand", name: demand.title, enterprise: demand.enterprise, technologies: query.listed,
                       inferred: query.inferred, partners: partners, candidates: candidates, sources: demand.provenance.keys)
    }

    func rank(enterprise organization: Organization, top: Int, kinds: Set<NodeKind>?, only: Int32? = nil,
              pool: KindPool? = nil, scratch: Scratch) -> Subject {
        let (sorted, indices) = query(forEnterprise: organization)
        let partners = kinds == nil && only == nil ? existingPartners(of: organization.id, needed: indices) : []
        return Subject(id: organization.id, kind: organization.kind.rawValue, name: name(of: organization.id) ?? organization.name,
                       enterprise: organization.id, technologies: sorted, inferred: false, partners: partners,
                       candidates: score(needed: indices, considered: indices, coverage: nil, enterprise: organization.id, via: nil,
                                         top: top, kinds: kinds, only: only, partners: partners, pool: pool, scratch: scratch),
                       sources: organization.provenance.keys)
    }

    /// As ``InnovationMap/technologies(of:)``, with the terms prepared once.
    func technologies(of demand: Demand) -> (ids: [String], inferred: Bool) {
        if !demand.technologies.isEmpty { return (demand.technologies, false) }
        return (inference.infer(from: demand.title).map(\.id), true)
    }

    /// Per technology, the share of `title`'s bigrams its name and keywords hold
    /// (``TextSimilarity/coverage(of:by:)``), counted through the bigram index rather than one set per technology.
    func coverage(of title: Set<String>) -> [Double] {
        var shared = [Int](repeating: 0, count: technologyIDs.count)
        for bigram in title {
            for technology in technologiesByBigram[bigram] ?? [] { shared[Int(technology)] += 1 }
        }
        guard !title.isEmpty else { return shared.map { _ in 0 } }
        return shared.map { Double($0) / Double(title.count) }
    }
}
