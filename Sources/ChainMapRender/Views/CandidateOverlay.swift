import ChainMap

/// The partnerships the `candidates` overlay draws: for each **open** demand (sorted by id), its best
/// ``perDemand`` candidates from `CandidateRanking`, the same ranking `chainmap candidates` prints — so the
/// picture and the table always agree. Candidates with a cooperation agreement, and a platform for the
/// enterprise hosting it, are never proposed (see `CandidateRanking`).
public struct CandidateOverlay: Sendable, Hashable {
    /// One proposed partnership: a candidate for a demand.
    public struct Candidate: Sendable, Hashable {
        /// The organization, platform or expert id.
        public var candidate: String
        /// The demand the candidate is proposed for.
        public var demand: String
        /// The `CandidateRanking` score, 0…1.
        public var score: Double
        /// The shared technology ids, rarest first.
        public var technologies: [String]

        /// Creates an overlay edge from a candidate to a demand with its score and the technologies it brings.
        public init(candidate: String, demand: String, score: Double, technologies: [String]) {
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

    /// Computes the candidates of `map`.
    ///
    /// - Complexity: that of `CandidateRanking` for every open demand.
    public static func compute(_ map: InnovationMap) -> CandidateOverlay {
        let ranking = CandidateRanking(map: map)
        let demands = map.demands.filter { $0.status == .open }.sorted { $0.id < $1.id }
        var result: [Candidate] = []
        for subject in ranking.rank(demands: demands, top: perDemand) {
            result += subject.candidates.map {
                Candidate(candidate: $0.id, demand: subject.id, score: $0.score, technologies: $0.sharedTechnologies)
            }
        }
        return CandidateOverlay(candidates: result)
    }
}
