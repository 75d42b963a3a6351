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

    struct Actor {
        var id: String
        var kind: NodeKind
        var name: String
        var location: String
        var locality: Double
        var technologies: Set<String>
        var provenance: Provenance
    }

    let map: InnovationMap
    let graph: MapGraph
    let actors: [String: Actor]
    let masters: [String: [String]]
    let idf: [String: Double]
    let technologyText: [String: Set<String>]
    let cooperating: Set<Pair>
    /// Platform id → its host's id.
    let hosts: [String: String]
    let names: [String: String]

    struct Pair: Hashable {
        let a: String, b: String
        init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    /// Indexes the map once, so that many subjects can be ranked.
    ///
    /// - Parameter graph: the map's graph if already built (it is the costly part on large maps).
    /// - Complexity: O(*n* + *e*).
    public init(map: InnovationMap, graph: MapGraph? = nil) {
        self.map = map
        self.graph = graph ?? map.graph()
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
        var actors: [String: Actor] = [:]
        for organization in map.organizations {
            actors[organization.id] = Actor(
                id: organization.id, kind: NodeKind(organization.kind), name: organization.name, location: organization.location.rawValue,
                locality: locality(organization.location), technologies: Set(organization.technologies), provenance: organization.provenance)
        }
        for platform in map.platforms {
            let host = platform.host.flatMap { organizations[$0] }
            actors[platform.id] = Actor(
                id: platform.id, kind: .platform, name: platform.name, location: host?.location.rawValue ?? platform.level.rawValue,
                locality: host.map { locality($0.location) } ?? locality(platform.level),
                technologies: Set(platform.technologies), provenance: platform.provenance)
        }
        for expert in map.experts where !expert.hasUnknownSkills {
            let affiliation = expert.affiliation.flatMap { organizations[$0] }
            actors[expert.id] = Actor(
                id: expert.id, kind: .expert, name: expert.name, location: affiliation?.location.rawValue ?? expert.level?.rawValue ?? "",
                locality: max(affiliation.map { locality($0.location) } ?? 0, locality(expert.level)),
                technologies: Set(expert.technologies), provenance: expert.provenance)
        }
        var masters: [String: [String]] = [:]
        for actor in actors.values {
            for technology in actor.technologies { masters[technology, default: []].append(actor.id) }
        }
        let actorCount = Double(max(1, actors.count))
        self.actors = actors
        self.masters = masters.mapValues { $0.sorted() }
        idf = Dictionary(map.technologies.map { ($0.id, log(1 + actorCount / Double(1 + (masters[$0.id]?.count ?? 0)))) },
                         uniquingKeysWith: { first, _ in first })
        technologyText = Dictionary(map.technologies.map { ($0.id, TextSimilarity.bigrams(([$0.name] + $0.keywords).joined(separator: " "))) },
                                    uniquingKeysWith: { first, _ in first })
        cooperating = Set(map.relations.filter { $0.type == .cooperates }.map { Pair($0.from, $0.to) })
        hosts = Dictionary(map.platforms.compactMap { platform in platform.host.map { (platform.id, $0) } }, uniquingKeysWith: { first, _ in first })
        names = Dictionary(map.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Candidates for a demand; its technologies are inferred from the title when it lists none.
    ///
    /// - Complexity: O(Σ masters of its technologies · (deg + log)).
    public func rank(demand: Demand, top: Int) -> Subject {
        let (listed, inferred) = map.technologies(of: demand)
        let title = TextSimilarity.bigrams(demand.title)
        // Technologies whose words cover part of the title widen the net beyond the listed ones.
        let related = technologyText.filter { TextSimilarity.coverage(of: title, by: $0.value) >= 0.25 }.keys
        let needed = listed
        let considered = Array(Set(listed).union(related)).sorted()
        let candidates = score(needed: needed, considered: considered, title: title, enterprise: demand.enterprise, via: demand.id, top: top)
        return Subject(id: demand.id, kind: "demand", name: demand.title, enterprise: demand.enterprise, technologies: needed,
                       inferred: inferred, candidates: candidates, sources: demand.provenance.keys)
    }

    /// Candidates for an enterprise: for the technologies of its segments and of its demands.
    public func rank(enterprise organization: Organization, top: Int) -> Subject {
        var needed = Set(organization.segments.flatMap { id in map.segments.first { $0.id == id }?.technologies ?? [] })
        for demand in map.demands where demand.enterprise == organization.id { needed.formUnion(map.technologies(of: demand).ids) }
        let sorted = needed.subtracting(organization.technologies).sorted()
        return Subject(id: organization.id, kind: organization.kind.rawValue, name: organization.name, enterprise: organization.id,
                       technologies: sorted, inferred: false,
                       candidates: score(needed: sorted, considered: sorted, title: [], enterprise: organization.id, via: nil, top: top),
                       sources: organization.provenance.keys)
    }

    /// Candidates to fill a segment: whoever masters what it needs; no enterprise, so no proximity or prior ties.
    public func rank(segment: Segment, top: Int) -> Subject {
        Subject(id: segment.id, kind: "segment", name: segment.name, enterprise: nil, technologies: segment.technologies, inferred: false,
                candidates: score(needed: segment.technologies, considered: segment.technologies, title: [], enterprise: nil,
                                  via: segment.id, top: top),
                sources: segment.provenance.keys)
    }

    private func score(needed: [String], considered: [String], title: Set<String>, enterprise: String?, via: String?, top: Int) -> [Candidate] {
        let neededWeight = needed.reduce(0) { $0 + (idf[$1] ?? 0) }
        var pool: Set<String> = []
        for technology in considered { pool.formUnion(masters[technology] ?? []) }
        if let enterprise { pool.remove(enterprise) }

        // Phase 1: the parts that need no graph walk, for everyone in the pool.
        var partial: [(actor: Actor, shared: [String], parts: Parts)] = []
        for id in pool {
            guard let actor = actors[id] else { continue }
            if let enterprise, cooperating.contains(Pair(enterprise, id)) || hosts[id] == enterprise { continue }
            let shared = needed.filter(actor.technologies.contains).sorted { ((idf[$1] ?? 0), $0) < ((idf[$0] ?? 0), $1) }
            let technologyPart = neededWeight > 0 ? shared.reduce(0) { $0 + (idf[$1] ?? 0) } / neededWeight : 0
            let keywordPart = title.isEmpty ? 0 : considered.filter(actor.technologies.contains)
                .map { TextSimilarity.coverage(of: title, by: technologyText[$0] ?? []) }.max() ?? 0
            guard technologyPart > 0 || keywordPart >= 0.25 else { continue }
            partial.append((actor, shared, Parts(technology: technologyPart, keyword: keywordPart, proximity: 0, prior: 0, locality: actor.locality)))
        }
        partial.sort { ($1.parts.total, $0.actor.id) < ($0.parts.total, $1.actor.id) }

        // Phase 2: proximity and prior ties add at most their weights, so once a candidate's partial score plus
        // that bound falls below the k-th best full score, no later one can enter the top k. Exact, and it spares
        // the link-score walks around hubs on large maps.
        let bound = Parts.weights.proximity + Parts.weights.prior
        let enterpriseNode = enterprise.flatMap { graph.undirected.index(of: $0) }
        var scored: [(actor: Actor, shared: [String], parts: Parts)] = []
        var kthBest = -Double.infinity
        for var entry in partial {
            if scored.count >= top, entry.parts.total + bound < kthBest { break }
            if let enterpriseNode, let node = graph.undirected.index(of: entry.actor.id) {
                let ra = graph.undirected.linkScore(between: enterpriseNode, and: node, method: .resourceAllocation)
                entry.parts.proximity = ra / (1 + ra)
                entry.parts.prior = graph.undirected.containsEdge(between: enterpriseNode, and: node) ? 1 : 0
            }
            scored.append(entry)
            if scored.count >= top {
                scored.sort { ($1.parts.total, $0.actor.id) < ($0.parts.total, $1.actor.id) }
                scored.removeLast(scored.count - top)
                kthBest = scored[top - 1].parts.total
            }
        }
        scored.sort { ($1.parts.total, $0.actor.id) < ($0.parts.total, $1.actor.id) }

        return scored.prefix(top).map { entry in
            let bridge = entry.shared.first ?? considered.first(where: entry.actor.technologies.contains)
            let path = evidencePath(from: enterprise, via: via, technology: bridge, to: entry.actor.id)
            return Candidate(
                id: entry.actor.id, kind: entry.actor.kind.rawValue, name: entry.actor.name, location: entry.actor.location,
                score: entry.parts.total, parts: entry.parts, sharedTechnologies: entry.shared, path: path,
                explanation: path.map { names[$0] ?? $0 }.joined(separator: " → "), sources: entry.actor.provenance.keys)
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
