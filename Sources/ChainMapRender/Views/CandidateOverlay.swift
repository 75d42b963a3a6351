import ChainMap

/// A first, simple partner proposal for the `candidates` overlay.
///
/// For each **open** demand: every organization or expert outside the posting enterprise (not the enterprise
/// itself, not an expert affiliated with it) that masters at least one of the demand's technologies is a
/// candidate, scored by the number of the demand's technologies it masters. A demand that lists no
/// technologies is given those whose keywords occur in its title. Pairs already tied in the map (any tie
/// between the candidate and the enterprise or the demand, in either direction: a relation, `serves`,
/// `affiliated-with`, `hosts` …) are skipped. Per demand the best 3 are kept: higher score first, then
/// nearer the county (`Location` order; an expert is as near as its affiliation, or local without one),
/// then by id.
///
/// A fuller matching will live in the ChainMap target; this one only feeds the picture.
public struct CandidateOverlay: Sendable, Hashable {
    /// One proposed partnership: a candidate for a demand.
    public struct Candidate: Sendable, Hashable {
        /// The organization or expert id.
        public var candidate: String
        public var demand: String
        /// How many of the demand's technologies the candidate masters.
        public var score: Int
        /// The shared technology ids, sorted.
        public var technologies: [String]

        public init(candidate: String, demand: String, score: Int, technologies: [String]) {
            self.candidate = candidate
            self.demand = demand
            self.score = score
            self.technologies = technologies
        }
    }

    /// How many candidates each demand keeps.
    public static let perDemand = 3

    /// Demand by demand (sorted by demand id), best first.
    public var candidates: [Candidate]

    /// The technologies a demand needs: its own list, or those whose keywords occur in its title.
    ///
    /// - Complexity: O(t·k) for t technologies with k keywords each.
    public static func technologies(of demand: Demand, in map: InnovationMap) -> [String] {
        if !demand.technologies.isEmpty { return Array(Set(demand.technologies)).sorted() }
        return map.technologies
            .filter { technology in technology.keywords.contains { !$0.isEmpty && demand.title.contains($0) } }
            .map(\.id).sorted()
    }

    /// Computes the candidates of `map`.
    ///
    /// - Complexity: O(d·(o + x)·t + e) for d open demands, o organizations, x experts, t technologies and e ties.
    public static func compute(_ map: InnovationMap) -> CandidateOverlay {
        var tied: Set<Pair> = []
        for edge in map.edges {
            tied.insert(Pair(edge.from, edge.to))
        }
        let locationOf = Dictionary(map.organizations.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
        // (id, location, technologies, affiliation)
        var actors: [(id: String, location: Location, technologies: Set<String>, affiliation: String?)] = []
        for organization in map.organizations where !organization.technologies.isEmpty {
            actors.append((organization.id, organization.location, Set(organization.technologies), nil))
        }
        for expert in map.experts where !expert.technologies.isEmpty {
            let location = expert.affiliation.flatMap { locationOf[$0] } ?? .county
            actors.append((expert.id, location, Set(expert.technologies), expert.affiliation))
        }

        var result: [Candidate] = []
        for demand in map.demands.sorted(by: { $0.id < $1.id }) where demand.status == .open {
            let needed = Set(technologies(of: demand, in: map))
            guard !needed.isEmpty else { continue }
            var scored: [(candidate: Candidate, location: Location)] = []
            for actor in actors {
                if actor.id == demand.enterprise || actor.affiliation == demand.enterprise { continue }
                if tied.contains(Pair(actor.id, demand.enterprise)) || tied.contains(Pair(actor.id, demand.id)) { continue }
                let shared = needed.intersection(actor.technologies)
                guard !shared.isEmpty else { continue }
                let candidate = Candidate(
                    candidate: actor.id, demand: demand.id, score: shared.count, technologies: shared.sorted())
                scored.append((candidate, actor.location))
            }
            // Score descending, then location and id ascending.
            scored.sort {
                ($0.candidate.score, $1.location, $1.candidate.candidate)
                    > ($1.candidate.score, $0.location, $0.candidate.candidate)
            }
            result += scored.prefix(perDemand).map(\.candidate)
        }
        return CandidateOverlay(candidates: result)
    }

    /// An unordered pair of ids.
    private struct Pair: Hashable {
        let low: String
        let high: String
        init(_ a: String, _ b: String) {
            (low, high) = a < b ? (a, b) : (b, a)
        }
    }
}
