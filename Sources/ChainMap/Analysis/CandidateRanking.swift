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
        public var technology: Double
        /// Needed technologies reached through an expert's fields only (rarity-weighted share).
        public var field: Double
        public var keyword: Double
        public var proximity: Double
        public var prior: Double
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
        public var id: String
        public var kind: String
        public var name: String
        public var ties: [Tie]
        /// Needed technologies it masters, rarest first.
        public var technologies: [String]
        /// Needed technologies it covers by field only.
        public var fieldTechnologies: [String]
        /// "existing partner — activate the agreement", with what it masters, in the run's language.
        public var explanation: String
        public var sources: [String]

        enum CodingKeys: String, CodingKey {
            case id, kind, name, ties, technologies, fieldTechnologies = "field_technologies", explanation, sources
        }
    }

    public struct Candidate: Hashable, Sendable, Codable {
        public var id: String
        public var kind: String
        public var name: String
        public var location: String
        public var score: Double
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
        public var sources: [String]

        enum CodingKeys: String, CodingKey {
            case id, kind, name, location, score, parts, sharedTechnologies = "shared_technologies",
                 fieldTechnologies = "field_technologies", ties, path, explanation, sources
        }
    }

    /// One demand, enterprise or segment and its ranked candidates.
    public struct Subject: Hashable, Sendable, Codable {
        public var id: String
        public var kind: String
        public var name: String
        /// The enterprise the candidates would work with; nil for a segment.
        public var enterprise: String?
        public var technologies: [String]
        /// True when `technologies` were inferred from the demand title.
        public var inferred: Bool
        /// Existing partners that master what the subject needs: activate the agreement before looking further.
        public var partners: [ExistingPartner]
        public var candidates: [Candidate]
        public var sources: [String]
    }

    /// Everything ranking needs to know of one possible partner, by dense index.
    struct Actor {
        var id: String
        var kind: NodeKind
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

    let map: InnovationMap
    let graph: MapGraph
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
    /// The distinct technology sets of actors, each sorted, and beside each the technologies its actors reach by field.
    let classTechnologies: [[Int32]]
    let classFieldTechnologies: [[Int32]]
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
    /// Actors never proposed to an enterprise: cooperation partners, and the platforms it hosts.
    let excluded: [String: [Int32]]
    let segmentsByID: [String: Segment]
    let demandsByEnterprise: [String: [Demand]]
    let names: [String: String]
    let text: Messages
    /// Per organization id, the relations it takes part in (indices into the map's relations), for naming ties.
    let relationsByOrganization: [String: [Int32]]
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
        let graph = graph ?? map.graph()
        self.graph = graph
        let organizations = Dictionary(map.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func locality(_ location: Location?) -> Double {
            switch location {
            case .county: 1
            case .city: 0.75
            case .province: 0.5
            case .national: 0.25
            case .abroad, nil: 0
            }
        }
        func locality(_ level: Level?) -> Double {
            switch level {
            case .county: 1
            case .municipal: 0.75
            case .provincial: 0.5
            case .national: 0.25
            case nil: 0
            }
        }
        technologyIDs = map.technologies.map(\.id)
        let technologyIndex = Dictionary(technologyIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.technologyIndex = technologyIndex
        func indices(_ ids: [String]) -> [Int32] {
            Array(Set(ids.compactMap { technologyIndex[$0].map(Int32.init) })).sorted()
        }
        var actors: [Actor] = []
        for organization in map.organizations {
            actors.append(Actor(
                id: organization.id, kind: NodeKind(organization.kind), name: organization.name, location: organization.location.rawValue,
                locality: locality(organization.location), technologies: indices(organization.technologies), provenance: organization.provenance))
        }
        for platform in map.platforms {
            let host = platform.host.flatMap { organizations[$0] }
            actors.append(Actor(
                id: platform.id, kind: .platform, name: platform.name, location: host?.location.rawValue ?? platform.level.rawValue,
                locality: host.map { locality($0.location) } ?? locality(platform.level),
                technologies: indices(platform.technologies), provenance: platform.provenance))
        }
        var technologiesByField: [String: [Int32]] = [:]
        for (index, technology) in map.technologies.enumerated() where !technology.field.isEmpty {
            technologiesByField[technology.field, default: []].append(Int32(index))
        }
        for expert in map.experts where !expert.hasUnknownSkills {
            let affiliation = expert.affiliation.flatMap { organizations[$0] }
            let exact = indices(expert.technologies)
            let byField = Set(expert.fields.flatMap { technologiesByField[$0] ?? [] }).subtracting(exact).sorted()
            actors.append(Actor(
                id: expert.id, kind: .expert, name: expert.name, location: affiliation?.location.rawValue ?? expert.level?.rawValue ?? "",
                locality: max(affiliation.map { locality($0.location) } ?? 0, locality(expert.level)),
                technologies: exact, fieldTechnologies: byField, provenance: expert.provenance))
        }
        actors.sort { $0.id < $1.id }
        for index in actors.indices { actors[index].node = graph.undirected.index(of: actors[index].id) }
        var masters = [[Int32]](repeating: [], count: technologyIDs.count)
        // Rarity counts exact masters only: a field does not make a skill common.
        var exactMasters = [Int](repeating: 0, count: technologyIDs.count)
        var classOfSet: [[Int32]: Int32] = [:]
        var classTechnologies: [[Int32]] = []
        var classFieldTechnologies: [[Int32]] = []
        var actorClass: [Int32] = []
        actorClass.reserveCapacity(actors.count)
        for (index, actor) in actors.enumerated() {
            for technology in actor.technologies {
                masters[Int(technology)].append(Int32(index))
                exactMasters[Int(technology)] += 1
            }
            for technology in actor.fieldTechnologies { masters[Int(technology)].append(Int32(index)) }
            // One key for both sets: exact ones as 2t, field ones as 2t + 1.
            let key = actor.fieldTechnologies.isEmpty
                ? actor.technologies.map { $0 &* 2 }
                : (actor.technologies.map { $0 &* 2 } + actor.fieldTechnologies.map { $0 &* 2 &+ 1 }).sorted()
            if let known = classOfSet[key] {
                actorClass.append(known)
            } else {
                let new = Int32(classTechnologies.count)
                classOfSet[key] = new
                classTechnologies.append(actor.technologies)
                classFieldTechnologies.append(actor.fieldTechnologies)
                actorClass.append(new)
            }
        }
        let actorCount = Double(max(1, actors.count))
        let actorIndex = Dictionary(actors.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        var excluded: [String: Set<Int32>] = [:]
        for relation in map.relations where relation.type == .cooperates {
            if let other = actorIndex[relation.to] { excluded[relation.from, default: []].insert(other) }
            if let other = actorIndex[relation.from] { excluded[relation.to, default: []].insert(other) }
        }
        for platform in map.platforms {
            if let host = platform.host, let index = actorIndex[platform.id] { excluded[host, default: []].insert(index) }
        }
        self.actors = actors
        self.actorIndex = actorIndex
        var actorOfNode = [Int32](repeating: -1, count: graph.undirected.nodeCount)
        for (index, actor) in actors.enumerated() {
            if let node = actor.node { actorOfNode[node.int] = Int32(index) }
        }
        self.actorOfNode = actorOfNode
        rows = actors.indices.map { index in
            let actor = actors[index]
            return Row(technologyClass: actorClass[index], node: actor.node.map(\.rawValue) ?? -1, locality: actor.locality, kind: actor.kind)
        }
        self.classTechnologies = classTechnologies
        self.classFieldTechnologies = classFieldTechnologies
        var masterBlocks = [[MasterBlock]](repeating: [], count: masters.count)
        for technology in masters.indices {
            masters[technology].sort { (actorClass[Int($0)], $0) < (actorClass[Int($1)], $1) }
            var start = 0
            let list = masters[technology]
            while start < list.count {
                let technologyClass = actorClass[Int(list[start])]
                var end = start, maximumLocality = 0.0
                while end < list.count && actorClass[Int(list[end])] == technologyClass {
                    maximumLocality = max(maximumLocality, actors[Int(list[end])].locality)
                    end += 1
                }
                masterBlocks[technology].append(MasterBlock(technologyClass: technologyClass, start: Int32(start), end: Int32(end),
                                                            maximumLocality: maximumLocality))
                start = end
            }
        }
        self.masters = masters
        self.masterBlocks = masterBlocks
        self.excluded = excluded.mapValues { $0.sorted() }
        idf = exactMasters.map { log(1 + actorCount / Double(1 + $0)) }
        let technologyText = map.technologies.map { TextSimilarity.bigrams(([$0.name] + $0.keywords).joined(separator: " ")) }
        self.technologyText = technologyText
        var technologiesByBigram: [String: [Int32]] = [:]
        for (index, bigrams) in technologyText.enumerated() {
            for bigram in bigrams { technologiesByBigram[bigram, default: []].append(Int32(index)) }
        }
        self.technologiesByBigram = technologiesByBigram
        inference = TechnologyInference.Index(map.technologies)
        segmentsByID = Dictionary(map.segments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        demandsByEnterprise = Dictionary(grouping: map.demands, by: \.enterprise)
        let catalogue = text
        names = Dictionary(map.nodes.map { ($0.id, catalogue.name($0.name, english: $0.nameEN)) }, uniquingKeysWith: { first, _ in first })
        var relationsByOrganization: [String: [Int32]] = [:]
        for (index, relation) in map.relations.enumerated() {
            if organizations[relation.from] != nil { relationsByOrganization[relation.from, default: []].append(Int32(index)) }
            if organizations[relation.to] != nil { relationsByOrganization[relation.to, default: []].append(Int32(index)) }
        }
        self.relationsByOrganization = relationsByOrganization
        partnerRecords = PartnerRecords(map)
    }

    /// Candidates for a demand; its technologies are inferred from the title when it lists none.
    ///
    /// To rank many demands, ``rank(demands:top:kinds:workers:)`` shares the working memory and the cores.
    /// - Complexity: O(*t* + *P* + Σ deg *w* + *k* log *k*) for *t* technologies, a pool of *P* masters, the
    ///   degrees of the enterprise's neighbours *w* (one link-score walk) and the *k* kept.
    public func rank(demand: Demand, top: Int) -> Subject {
        let scratch = Scratch(self)
        return rank(demand: demand, top: top, kinds: nil, scratch: scratch)
    }

    /// Candidates for an enterprise: for the technologies of its segments and of its demands.
    ///
    /// - Complexity: as ``rank(demand:top:)``.
    public func rank(enterprise organization: Organization, top: Int) -> Subject {
        let scratch = Scratch(self)
        return rank(enterprise: organization, top: top, kinds: nil, scratch: scratch)
    }

    /// Candidates to fill a segment: whoever masters what it needs; no enterprise, so no proximity or prior ties.
    ///
    /// - Complexity: O(*t* + *P* + *k* log *k*).
    public func rank(segment: Segment, top: Int) -> Subject {
        let scratch = Scratch(self)
        let indices = segment.technologies.compactMap { technologyIndex[$0] }
        return Subject(id: segment.id, kind: "segment", name: names[segment.id] ?? segment.name, enterprise: nil,
                       technologies: segment.technologies, inferred: false, partners: [],
                       candidates: score(needed: indices, considered: indices, coverage: nil, enterprise: nil, via: segment.id,
                                         top: top, kinds: nil, scratch: scratch),
                       sources: segment.provenance.keys)
    }

    /// What ``rank(demand:top:)`` gives `candidateID` for `demand`, or nil when it would not propose it.
    ///
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
    /// - Complexity: as ``fit(of:for:)``.
    public func fit(of candidateID: String, forEnterprise organization: Organization) -> Candidate? {
        fit(of: candidateID, forEnterprise: organization, scratch: Scratch(self))
    }

    func fit(of candidateID: String, forEnterprise organization: Organization, scratch: Scratch) -> Candidate? {
        guard let actor = actorIndex[candidateID] else { return nil }
        return rank(enterprise: organization, top: 1, kinds: nil, only: actor, scratch: scratch).candidates.first
    }

    func rank(demand: Demand, top: Int, kinds: Set<NodeKind>?, only: Int32? = nil, scratch: Scratch) -> Subject {
        let (listed, inferred) = technologies(of: demand)
        let title = TextSimilarity.bigrams(demand.title)
        // Technologies whose words cover part of the title widen the net beyond the listed ones.
        let coverage = coverage(of: title)
        let neededIndices = listed.compactMap { technologyIndex[$0] }
        var considered = Set(neededIndices)
        for (index, value) in coverage.enumerated() where value >= 0.25 { considered.insert(index) }
        // Partners are named for a full ranking only (`match` and single fits need none), and are not proposed again.
        let partners = kinds == nil && only == nil ? existingPartners(of: demand.enterprise, needed: neededIndices) : []
        let candidates = score(needed: neededIndices, considered: considered.sorted(), coverage: title.isEmpty ? nil : coverage,
                               enterprise: demand.enterprise, via: demand.id, top: top, kinds: kinds, only: only,
                               partners: partners, scratch: scratch)
        return Subject(id: demand.id, kind: "demand", name: demand.title, enterprise: demand.enterprise, technologies: listed,
                       inferred: inferred, partners: partners, candidates: candidates, sources: demand.provenance.keys)
    }

    func rank(enterprise organization: Organization, top: Int, kinds: Set<NodeKind>?, only: Int32? = nil,
              scratch: Scratch) -> Subject {
        var needed = Set(organization.segments.flatMap { segmentsByID[$0]?.technologies ?? [] })
        for demand in demandsByEnterprise[organization.id] ?? [] { needed.formUnion(technologies(of: demand).ids) }
        let sorted = needed.subtracting(organization.technologies).sorted()
        let indices = sorted.compactMap { technologyIndex[$0] }
        let partners = kinds == nil && only == nil ? existingPartners(of: organization.id, needed: indices) : []
        return Subject(id: organization.id, kind: organization.kind.rawValue, name: names[organization.id] ?? organization.name,
                       enterprise: organization.id, technologies: sorted, inferred: false, partners: partners,
                       candidates: score(needed: indices, considered: indices, coverage: nil, enterprise: organization.id, via: nil,
                                         top: top, kinds: kinds, only: only, partners: partners, scratch: scratch),
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
