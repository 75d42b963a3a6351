import ChainGraph
import Foundation

/// Who could work with an enterprise on a demand, or fill a segment: `chainmap candidates`.
///
/// The score of a candidate is a weighted sum of five parts, each in [0, 1], all printed:
/// - **technology** (0.45): Σ idf(t) over the needed technologies the candidate masters ÷ Σ idf(t) over all needed,
///   where idf(t) = ln(1 + A ÷ (1 + m_t)) for A actors of which m_t master t — a rare skill counts more;
/// - **keyword** (0.20): how much of the demand title's character bigrams the candidate's best technology
///   (its name and keywords) covers;
/// - **proximity** (0.15): the engine's resource-allocation index r between the enterprise and the candidate,
///   as r ÷ (1 + r) (Zhou, Lü & Zhang 2009; NetworkX `resource_allocation_index`);
/// - **prior** (0.10): 1 when the two already have a tie other than a cooperation agreement;
/// - **locality** (0.10): county 1, city 0.75, province 0.5, national 0.25, abroad 0 (experts and platforms by
///   affiliation, host or level).
/// Pairs bound by a `cooperates` relation are never proposed: they already work together. Nor is a platform
/// proposed to the enterprise that hosts it.
public struct CandidateRanking: Sendable {
    public struct Parts: Hashable, Sendable, Codable {
        public var technology: Double
        public var keyword: Double
        public var proximity: Double
        public var prior: Double
        public var locality: Double

        public static let weights = Parts(technology: 0.45, keyword: 0.20, proximity: 0.15, prior: 0.10, locality: 0.10)

        public var total: Double {
            let w = Parts.weights
            return w.technology * technology + w.keyword * keyword + w.proximity * proximity + w.prior * prior + w.locality * locality
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
        /// The evidence path, ids from the enterprise (or segment) to the candidate.
        public var path: [String]
        /// The same path in names, for reading: 翱康生物 → 黄精药食同源 → 湖南中医药大学.
        public var explanation: String
        public var sources: [String]

        enum CodingKeys: String, CodingKey {
            case id, kind, name, location, score, parts, sharedTechnologies = "shared_technologies", path, explanation, sources
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
        /// Its node in the engine graph.
        var node: NodeIndex?
        var provenance: Provenance
    }

    let map: InnovationMap
    let graph: MapGraph
    /// Actors sorted by id; their position is their index everywhere below.
    let actors: [Actor]
    let technologyIDs: [String]
    let technologyIndex: [String: Int]
    /// Actor indices mastering each technology, ascending.
    let masters: [[Int32]]
    let idf: [Double]
    /// Character bigrams of each technology's name and keywords.
    let technologyText: [Set<String>]
    /// Actors never proposed to an enterprise: cooperation partners, and the platforms it hosts.
    let excluded: [String: Set<Int32>]
    let segmentsByID: [String: Segment]
    let demandsByEnterprise: [String: [Demand]]
    let names: [String: String]

    /// Indexes the map once, so that many subjects can be ranked.
    ///
    /// - Parameter graph: the map's graph if already built (it is the costly part on large maps).
    /// - Complexity: O(*n* + *e*).
    public init(map: InnovationMap, graph: MapGraph? = nil) {
        self.map = map
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
        for expert in map.experts where !expert.hasUnknownSkills {
            let affiliation = expert.affiliation.flatMap { organizations[$0] }
            actors.append(Actor(
                id: expert.id, kind: .expert, name: expert.name, location: affiliation?.location.rawValue ?? expert.level?.rawValue ?? "",
                locality: max(affiliation.map { locality($0.location) } ?? 0, locality(expert.level)),
                technologies: indices(expert.technologies), provenance: expert.provenance))
        }
        actors.sort { $0.id < $1.id }
        for index in actors.indices { actors[index].node = graph.undirected.index(of: actors[index].id) }
        var masters = [[Int32]](repeating: [], count: technologyIDs.count)
        for (index, actor) in actors.enumerated() {
            for technology in actor.technologies { masters[Int(technology)].append(Int32(index)) }
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
        self.masters = masters
        self.excluded = excluded
        idf = masters.map { log(1 + actorCount / Double(1 + $0.count)) }
        technologyText = map.technologies.map { TextSimilarity.bigrams(([$0.name] + $0.keywords).joined(separator: " ")) }
        segmentsByID = Dictionary(map.segments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        demandsByEnterprise = Dictionary(grouping: map.demands, by: \.enterprise)
        names = Dictionary(map.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Candidates for a demand; its technologies are inferred from the title when it lists none.
    ///
    /// - Complexity: O(*t* + *P* log *P* + Σ deg) for *t* technologies, a pool of *P* masters, and link-score
    ///   walks for the candidates that can still reach the top *k*.
    public func rank(demand: Demand, top: Int) -> Subject {
        let (listed, inferred) = map.technologies(of: demand)
        let title = TextSimilarity.bigrams(demand.title)
        // Technologies whose words cover part of the title widen the net beyond the listed ones.
        let coverage = technologyText.map { TextSimilarity.coverage(of: title, by: $0) }
        let neededIndices = listed.compactMap { technologyIndex[$0] }
        var considered = Set(neededIndices)
        for (index, value) in coverage.enumerated() where value >= 0.25 { considered.insert(index) }
        let candidates = score(needed: neededIndices, considered: considered.sorted(), coverage: title.isEmpty ? nil : coverage,
                               enterprise: demand.enterprise, via: demand.id, top: top)
        return Subject(id: demand.id, kind: "demand", name: demand.title, enterprise: demand.enterprise, technologies: listed,
                       inferred: inferred, candidates: candidates, sources: demand.provenance.keys)
    }

    /// Candidates for an enterprise: for the technologies of its segments and of its demands.
    public func rank(enterprise organization: Organization, top: Int) -> Subject {
        var needed = Set(organization.segments.flatMap { segmentsByID[$0]?.technologies ?? [] })
        for demand in demandsByEnterprise[organization.id] ?? [] { needed.formUnion(map.technologies(of: demand).ids) }
        let sorted = needed.subtracting(organization.technologies).sorted()
        let indices = sorted.compactMap { technologyIndex[$0] }
        return Subject(id: organization.id, kind: organization.kind.rawValue, name: organization.name, enterprise: organization.id,
                       technologies: sorted, inferred: false,
                       candidates: score(needed: indices, considered: indices, coverage: nil, enterprise: organization.id, via: nil, top: top),
                       sources: organization.provenance.keys)
    }

    /// Candidates to fill a segment: whoever masters what it needs; no enterprise, so no proximity or prior ties.
    public func rank(segment: Segment, top: Int) -> Subject {
        let indices = segment.technologies.compactMap { technologyIndex[$0] }
        return Subject(id: segment.id, kind: "segment", name: segment.name, enterprise: nil, technologies: segment.technologies,
                       inferred: false,
                       candidates: score(needed: indices, considered: indices, coverage: nil, enterprise: nil, via: segment.id, top: top),
                       sources: segment.provenance.keys)
    }

    /// Scores the masters of `considered` technologies and keeps the best `top`.
    ///
    /// - Parameter coverage: per technology, how much of the demand title it covers; nil without a title.
    private func score(needed: [Int], considered: [Int], coverage: [Double]?, enterprise: String?, via: String?, top: Int) -> [Candidate] {
        guard top > 0 else { return [] }
        let neededSet = Set(needed)
        let consideredSet = Set(considered)
        let neededWeight = neededSet.reduce(0) { $0 + idf[$1] }
        var pool: [Int32] = []
        for technology in considered { pool += masters[technology] }
        pool.sort()
        let excluded = enterprise.flatMap { self.excluded[$0] } ?? []
        let enterpriseNode = enterprise.flatMap { graph.undirected.index(of: $0) }
        let w = Parts.weights

        // Phase 1: every part but proximity, for everyone in the pool.
        var partial: [(actor: Int32, parts: Parts)] = []
        var previous: Int32 = -1
        for actorIndex in pool where actorIndex != previous {
            previous = actorIndex
            let actor = actors[Int(actorIndex)]
            if actor.id == enterprise || excluded.contains(actorIndex) { continue }
            var technologyPart = 0.0, keywordPart = 0.0
            for technology in actor.technologies {
                let index = Int(technology)
                if neededSet.contains(index) { technologyPart += idf[index] }
                if let coverage, consideredSet.contains(index) { keywordPart = max(keywordPart, coverage[index]) }
            }
            technologyPart = neededWeight > 0 ? technologyPart / neededWeight : 0
            guard technologyPart > 0 || keywordPart >= 0.25 else { continue }
            var prior = 0.0
            if let enterpriseNode, let node = actor.node, graph.undirected.containsEdge(between: enterpriseNode, and: node) { prior = 1 }
            partial.append((actorIndex, Parts(technology: technologyPart, keyword: keywordPart, proximity: 0, prior: prior, locality: actor.locality)))
        }

        // Phase 2: proximity r/(1+r) is at most that of r_max = Σ 1/deg(w) over the enterprise's neighbours w, so a
        // candidate whose score with that bound stays below the k-th best score without proximity cannot enter the
        // top k. Exact, and it spares the link-score walks around hubs on large maps.
        var maximumProximity = 0.0
        if let enterpriseNode {
            let reach = graph.undirected.neighbors(of: enterpriseNode).reduce(0.0) { $0 + 1 / Double(max(1, graph.undirected.degree(of: $1))) }
            maximumProximity = reach / (1 + reach)
        }
        var floor = -Double.infinity
        if partial.count > top {
            var lowers = partial.map(\.parts.total)
            lowers.sort(by: >)
            floor = lowers[top - 1]
        }
        var scored: [(actor: Int32, parts: Parts)] = []
        for var entry in partial where entry.parts.total + w.proximity * maximumProximity >= floor {
            if let enterpriseNode, let node = actors[Int(entry.actor)].node, maximumProximity > 0 {
                let ra = graph.undirected.linkScore(between: enterpriseNode, and: node, method: .resourceAllocation)
                entry.parts.proximity = ra / (1 + ra)
            }
            scored.append(entry)
        }
        scored.sort { ($1.parts.total, actors[Int($0.actor)].id) < ($0.parts.total, actors[Int($1.actor)].id) }

        return scored.prefix(top).map { entry in
            let actor = actors[Int(entry.actor)]
            let shared = actor.technologies.map(Int.init).filter(neededSet.contains)
                .sorted { (idf[$1], technologyIDs[$0]) < (idf[$0], technologyIDs[$1]) }.map { technologyIDs[$0] }
            let bridge = shared.first ?? actor.technologies.map(Int.init).filter(consideredSet.contains).map { technologyIDs[$0] }.sorted().first
            let path = evidencePath(from: enterprise, via: via, technology: bridge, to: actor.id)
            return Candidate(
                id: actor.id, kind: actor.kind.rawValue, name: actor.name, location: actor.location,
                score: entry.parts.total, parts: entry.parts, sharedTechnologies: shared, path: path,
                explanation: path.map { names[$0] ?? $0 }.joined(separator: " → "), sources: actor.provenance.keys)
        }
    }

    /// enterprise → demand (or segment) → technology → candidate when a technology links them; otherwise the
    /// shortest path in the map's graph.
    private func evidencePath(from enterprise: String?, via: String?, technology: String?, to candidate: String) -> [String] {
        if let technology {
            return [enterprise, via, technology, candidate].compactMap { $0 }
        }
        guard let enterprise, let source = graph.undirected.index(of: enterprise), let target = graph.undirected.index(of: candidate),
              let path = graph.undirected.shortestPath(from: source, to: target) else {
            return [via, candidate].compactMap { $0 }
        }
        return path.map { graph.undirected.id(of: $0) }
    }
}
