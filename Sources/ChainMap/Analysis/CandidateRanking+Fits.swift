import ChainGraph

extension CandidateRanking {
    /// A candidate's actor (index into the actors, sorted by id) and score, unexplained: what `match` reads of a
    /// ranking. The score is the ``Candidate/score`` the full ranking would print.
    struct Fit: Sendable {
        var actor: Int32
        var score: Double
    }

    /// The best `top` actors of `pool`'s kinds for each demand, as ``rank(demands:top:kinds:workers:)`` ranks them,
    /// best first, without building candidates: no names, paths, ties or existing partners.
    ///
    /// - Complexity: as ``rank(demands:top:kinds:workers:)`` without the explanations.
    func fits(demands: [Demand], top: Int, pool: KindPool, workers: Int? = nil) -> [[Fit]] {
        rankAll(demands, enterprise: \.enterprise, workers: workers) { demand, scratch in
            let query = query(for: demand)
            return best(needed: query.needed, considered: query.considered, coverage: query.coverage, enterprise: demand.enterprise,
                        top: top, kinds: pool.kinds, pool: pool, scratch: scratch).kept.map { Fit(actor: $0.actor, score: $0.parts.total) }
        }
    }

    /// The best `top` actors of `pool`'s kinds for each enterprise, as ``rank(enterprises:top:kinds:workers:)`` ranks
    /// them, unexplained.
    ///
    /// - Complexity: as ``rank(enterprises:top:kinds:workers:)`` without the explanations.
    func fits(enterprises: [Organization], top: Int, pool: KindPool, workers: Int? = nil) -> [[Fit]] {
        rankAll(enterprises, enterprise: \.id, workers: workers) { organization, scratch in
            let needed = query(forEnterprise: organization).needed
            return best(needed: needed, considered: needed, coverage: nil, enterprise: organization.id, top: top, kinds: pool.kinds,
                        pool: pool, scratch: scratch).kept.map { Fit(actor: $0.actor, score: $0.parts.total) }
        }
    }
}
