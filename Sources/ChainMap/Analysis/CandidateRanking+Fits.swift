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
    /// - Parameter floor: fits below it are left out (those at or above it are the same), and the ranking reads
    ///   no class block that cannot reach it.
    /// - Complexity: as ``rank(demands:top:kinds:workers:)`` without the explanations.
    func fits(demands: [Demand], top: Int, pool: KindPool, floor: Double = -.infinity, workers: Int? = nil) -> [[Fit]] {
        // Demands of one title and listed technologies one after another: their needs are the same, so each worker's
        // block cache ranks them once (on the 1M-tie map 8,958 open demands have 2,112 such pairs). The enterprise
        // order it replaces shared a link-score walk only between an enterprise's demands, 1.15 a walk there.
        let order = demands.indices.sorted { a, b in
            let x = demands[a], y = demands[b]
            if x.title != y.title { return x.title < y.title }
            if x.technologies != y.technologies { return x.technologies.lexicographicallyPrecedes(y.technologies) }
            return (x.enterprise, a) < (y.enterprise, b)
        }
        return rankAll(demands, order: order, workers: workers) { demand, scratch in
            let query = query(for: demand)
            return best(needed: query.needed, considered: query.considered, coverage: query.coverage, enterprise: demand.enterprise,
                        top: top, kinds: pool.kinds, pool: pool, floor: floor, scratch: scratch).kept.map { Fit(actor: $0.actor, score: $0.parts.total) }
        }
    }

    /// The best `top` actors of `pool`'s kinds for each enterprise, as ``rank(enterprises:top:kinds:workers:)`` ranks
    /// them, unexplained.
    ///
    /// - Parameter floor: as for ``fits(demands:top:pool:floor:workers:)``.
    /// - Complexity: as ``rank(enterprises:top:kinds:workers:)`` without the explanations.
    func fits(enterprises: [Organization], top: Int, pool: KindPool, floor: Double = -.infinity, workers: Int? = nil) -> [[Fit]] {
        let segmentNeeds = segmentsByID.mapValues { $0.technologies.compactMap { technologyIndex[$0] } }
        let needs = enterprises.map { neededIndices(of: $0, segmentNeeds: segmentNeeds) }
        // Enterprises of equal needs one after another: each worker's block cache then ranks a needs' blocks about
        // once, where the id order met them again after the cache had moved on. (Each enterprise comes once, so there
        // is no link-score walk to share, which is what the enterprise order is for.)
        let order = enterprises.indices.sorted { needs[$0] != needs[$1] ? needs[$0].lexicographicallyPrecedes(needs[$1]) : $0 < $1 }
        let ids = enterprises.map(\.id)
        return rankAll(Array(enterprises.indices), order: order, workers: workers) { index, scratch in
            best(needed: needs[index], considered: needs[index], coverage: nil, enterprise: ids[index], top: top,
                 kinds: pool.kinds, pool: pool, floor: floor, scratch: scratch).kept.map { Fit(actor: $0.actor, score: $0.parts.total) }
        }
    }

    /// The technologies an enterprise needs, as indices: those of ``query(forEnterprise:)``, found without sets of
    /// strings (its segments' technologies indexed once for all enterprises). In index order, not id order: `best`
    /// reads them as a set (its blocks are sorted by bound, and which are kept does not depend on their order).
    ///
    /// - Complexity: O(*t* + *s* + *d*) for *t* technologies, the enterprise's segments' technologies and its demands'.
    func neededIndices(of organization: Organization, segmentNeeds: [String: [Int]]) -> [Int] {
        var isNeeded = [Bool](repeating: false, count: technologyIDs.count)
        for segment in organization.segments {
            for technology in segmentNeeds[segment] ?? [] { isNeeded[technology] = true }
        }
        for demand in demandsByEnterprise[organization.id] ?? [] {
            for id in technologies(of: demand).ids {
                if let technology = technologyIndex[id] { isNeeded[technology] = true }
            }
        }
        for id in organization.technologies {
            if let technology = technologyIndex[id] { isNeeded[technology] = false }
        }
        return isNeeded.indices.filter { isNeeded[$0] }
    }
}
