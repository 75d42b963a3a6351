import ChainGraph

extension CandidateRanking {
    /// Working memory for scoring, reused from subject to subject so that ranking thousands of them allocates
    /// once: the link-score walk from the current enterprise (kept while consecutive subjects share it), and
    /// stamps marking the actors and technology classes the current subject has already seen.
    ///
    /// A class over raw memory because the scoring loop writes a mark per actor: array writes through a
    /// value would check uniqueness every time. One per worker, never shared.
    final class Scratch {
        private let graph: UndirectedGraph
        /// Stored, not lazy: a lazy property is read and written back whole on every mutation, which copied the
        /// node-sized score table on each walk (15 % of ranking every demand of the 1M-tie map).
        var proximity: NeighborhoodScores
        /// The kinds whose scores alone the last walk computed (a ``KindPool``'s restricted walk); nil after a full walk.
        var proximityKinds: Set<NodeKind>?
        /// Actors never to propose for the current subject carry its stamp.
        let excludedMark: UnsafeMutableBufferPointer<UInt32>
        let classSeen: UnsafeMutableBufferPointer<UInt32>
        let classParts: UnsafeMutableBufferPointer<ClassParts>
        private(set) var stamp: UInt32 = 0
        /// A pool's sorted class blocks by subject needs (``BlockCache``).
        let blockCache = BlockCache()

        /// - Complexity: O(*n*) for *n* nodes of the map's graph.
        init(_ ranking: CandidateRanking) {
            graph = ranking.graph.undirected
            proximity = NeighborhoodScores(ranking.graph.undirected)
            excludedMark = .allocate(capacity: ranking.rows.count)
            excludedMark.initialize(repeating: 0)
            classSeen = .allocate(capacity: ranking.classSkills.classCount)
            classSeen.initialize(repeating: 0)
            classParts = .allocate(capacity: ranking.classSkills.classCount)
            classParts.initialize(repeating: ClassParts(technology: 0, field: 0, keyword: 0, eligible: false, owner: -1))
        }

        deinit {
            excludedMark.deallocate()
            classSeen.deallocate()
            classParts.deallocate()
        }

        /// A stamp no mark of an earlier subject carries.
        func nextStamp() -> UInt32 {
            if stamp == UInt32.max {
                excludedMark.update(repeating: 0)
                classSeen.update(repeating: 0)
                stamp = 0
            }
            stamp += 1
            return stamp
        }
    }

    /// The parts a technology class scores for the current subject.
    struct ClassParts {
        var technology: Double
        var field: Double
        var keyword: Double
        /// Whether its actors are candidates at all: some needed technology, or a title well covered.
        var eligible: Bool
        /// The smallest considered technology of the class: its actors are scored in that technology's block only.
        var owner: Int32
    }

    /// A scored actor, before it becomes a ``Candidate``.
    struct Scored {
        var total: Double
        var actor: Int32
        var parts: Parts

        /// Best score first; equal scores by id (actor indices follow ids).
        @inline(__always)
        func ranks(before other: Scored) -> Bool {
            Self.ranks(total, actor, before: other.total, other.actor)
        }

        /// The rank order on (total, actor) pairs: higher total first, then lower actor index.
        @inline(__always)
        static func ranks(_ total: Double, _ actor: Int32, before otherTotal: Double, _ otherActor: Int32) -> Bool {
            total != otherTotal ? total > otherTotal : actor < otherActor
        }
    }

    /// The best `top` of the actors offered, in rank order. A short sorted list while `top` is small; above that
    /// everyone is kept and sorted once.
    ///
    /// The list holds 16-byte keys (total, actor, where the parts are); the parts stay where they were written, and
    /// an entry pushed off the list leaves its place to the next one kept. Sorted 64-byte entries moved half the
    /// list on every insertion: 3 % of `match` on the 1M-tie map, where a subject scans about 200 actors.
    struct Best {
        /// One kept actor: its total, and where its parts are in `parts`.
        private struct Key {
            var total: Double
            var actor: Int32
            var place: Int32
        }

        @inline(__always)
        private static func ranks(_ key: Key, before other: Key) -> Bool {
            Scored.ranks(key.total, key.actor, before: other.total, other.actor)
        }

        let top: Int
        private var keys: [Key] = []
        private var parts: [Parts] = []
        private var sorted = true

        init(top: Int) { self.top = top }

        /// The total of the last one kept once `top` are kept (while the list is short): what a newcomer must beat.
        var worstTotal: Double? {
            guard top <= 64, keys.count == top, let last = keys.last else { return nil }
            return last.total
        }

        /// Whether `total` could still enter: spares building the parts of those that cannot.
        @inline(__always)
        func admits(_ total: Double, actor: Int32) -> Bool {
            guard top <= 64, keys.count == top, let last = keys.last else { return true }
            return Scored.ranks(total, actor, before: last.total, last.actor)
        }

        mutating func offer(_ scored: Scored) {
            var key = Key(total: scored.total, actor: scored.actor, place: Int32(parts.count))
            guard top <= 64 else {
                keys.append(key)
                parts.append(scored.parts)
                sorted = false
                return
            }
            if keys.count == top {
                guard let last = keys.last, Self.ranks(key, before: last) else { return }
                // The last one's place is free for the newcomer.
                key.place = last.place
                keys.removeLast()
                parts[Int(key.place)] = scored.parts
            } else {
                parts.append(scored.parts)
            }
            var position = keys.count
            while position > 0 && Self.ranks(key, before: keys[position - 1]) { position -= 1 }
            keys.insert(key, at: position)
        }

        mutating func result() -> ArraySlice<Scored> {
            if !sorted {
                keys.sort { Self.ranks($0, before: $1) }
                sorted = true
            }
            return keys.prefix(top).map { Scored(total: $0.total, actor: $0.actor, parts: parts[Int($0.place)]) }[...]
        }
    }

    /// Scores the masters of `considered` technologies and keeps the best `top`.
    ///
    /// The technology and keyword parts are computed once per technology class, proximity and prior ties are
    /// O(1) reads from one resource-allocation walk around the enterprise (``NeighborhoodScores``, equal bit
    /// for bit to the pairwise link score). The enterprise's neighbours are scored first; everyone else by
    /// blocks of one class, best bound first, where the bound takes no prior tie, the largest proximity any pair
    /// can have (r ≤ Σ 1/deg w over the enterprise's neighbours w), and the block's best locality; once the k-th score kept beats the next bound,
    /// the rest cannot enter. Exact: the same candidates as scoring everyone.
    ///
    /// - Parameters:
    ///   - needed: the technologies the subject needs (the technology part).
    ///   - considered: the technologies whose masters are candidates (needed ones and those the title names).
    ///   - coverage: per technology, how much of the demand title it covers; nil without a title.
    ///   - kinds: only actors of these kinds; nil for all.
    /// - Complexity: O(*B* log *B* + *P* + Σ deg *w* + *r*ₑ + *k*) for *B* class blocks and a pool of *P* actors,
    ///   the degrees of the enterprise's neighbours *w*, its *r*ₑ relations (its cooperation partners are not
    ///   proposed), and *k* = `top` kept (O(*P* log *P*) when `top` > 64).
    ///   - only: score this actor alone (pairwise link score, no walk): what it would get, or nothing when it would
    ///     not be proposed.
    ///   - partners: existing partners already listed for the subject: not proposed again as new candidates.
    ///   - pool: the actors of `kinds` indexed apart (``KindPool``); the same candidates, found faster.
    func score(needed: [Int], considered: [Int], coverage: [Double]?, enterprise: String?, via: String?, top: Int,
               kinds: Set<NodeKind>?, only: Int32? = nil, partners: [ExistingPartner] = [], pool: KindPool? = nil,
               scratch: Scratch) -> [Candidate] {
        let (kept, isNeeded, isConsidered) = best(needed: needed, considered: considered, coverage: coverage, enterprise: enterprise,
                                                  top: top, kinds: kinds, only: only, partners: partners, pool: pool, scratch: scratch)
        return explain(kept, enterprise: enterprise, via: via, isNeeded: isNeeded, isConsidered: isConsidered)
    }

    /// The best `top` actors as ``score(needed:considered:coverage:enterprise:via:top:kinds:only:partners:pool:scratch:)``
    /// finds them, before they are explained (what `match` needs: who and how well), with the needed and considered
    /// technologies as flags.
    ///
    /// - Parameter floor: actors scoring less are not kept, and class blocks whose bound is below it are neither
    ///   ordered nor read (`match` drops fits under its threshold anyway): those kept at or above it are the same.
    func best(needed: [Int], considered: [Int], coverage: [Double]?, enterprise: String?, top: Int, kinds: Set<NodeKind>?,
              only: Int32? = nil, partners: [ExistingPartner] = [], pool: KindPool? = nil, floor: Double = -.infinity,
              scratch: Scratch) -> (kept: ArraySlice<Scored>, isNeeded: [Bool], isConsidered: [Bool]) {
        guard top > 0 else { return ([], [], []) }
        // Local copies for the closures below: capturing `self` copied the whole ranking (two dozen references
        // retained and released) on every call, 3 % of `match`.
        let classSkills = self.classSkills, idf = self.idf
        let neededList = Array(Set(needed)).sorted()
        var isNeeded = [Bool](repeating: false, count: technologyIDs.count)
        for technology in neededList { isNeeded[technology] = true }
        var isConsidered = [Bool](repeating: false, count: technologyIDs.count)
        for technology in considered { isConsidered[technology] = true }
        // Summed in index order: a Set's order differs from process to process, and so would the last bits.
        let neededWeight = neededList.reduce(0) { $0 + idf[$1] }
        let stamp = scratch.nextStamp()
        let excludedMark = scratch.excludedMark, classSeen = scratch.classSeen, classParts = scratch.classParts
        // The enterprise itself, its cooperation partners and the platforms it hosts are never candidates.
        if let enterprise {
            if let own = actorIndex[enterprise] { excludedMark[Int(own)] = stamp }
            relationsByOrganization.forEachCooperationPartner(of: enterprise) { excludedMark[Int($0)] = stamp }
            for platform in hostedPlatforms[enterprise] ?? [] { excludedMark[Int(platform)] = stamp }
        }
        for partner in partners {
            if let index = actorIndex[partner.id] { excludedMark[Int(index)] = stamp }
        }
        let enterpriseNode = enterprise.flatMap { graph.undirected.index(of: $0) }
        // A pool's restricted walk leaves other kinds' scores unset: it is reused only for the same kinds.
        let walkKinds = pool?.adjacency == nil ? nil : pool?.kinds
        if only == nil, let enterpriseNode,
           scratch.proximity.source != enterpriseNode || scratch.proximity.method != .resourceAllocation
           || scratch.proximityKinds != walkKinds {
            if let subset = pool?.adjacency {
                scratch.proximity.compute(from: enterpriseNode, method: .resourceAllocation, in: graph.undirected, reaching: subset)
            } else {
                scratch.proximity.compute(from: enterpriseNode, method: .resourceAllocation, in: graph.undirected)
            }
            scratch.proximityKinds = walkKinds
        }
        let w = Parts.weights

        /// The technology and keyword parts of a class for this subject, computed on first use.
        func partsOf(_ technologyClass: Int) -> ClassParts {
            if classSeen[technologyClass] == stamp { return classParts[technologyClass] }
            classSeen[technologyClass] = stamp
            var technologyPart = 0.0, fieldPart = 0.0, keywordPart = 0.0
            var owner: Int32 = -1
            let skills = classSkills.flat
            for position in classSkills.exact(technologyClass) {
                let technology = skills[position], index = Int(technology)
                if isNeeded[index] { technologyPart += idf[index] }
                if isConsidered[index] {
                    if owner < 0 || technology < owner { owner = technology }
                    if let coverage { keywordPart = max(keywordPart, coverage[index]) }
                }
            }
            // Field matches count for needed technologies only; the keyword part stays with exact skills.
            for position in classSkills.field(technologyClass) {
                let technology = skills[position]
                guard isNeeded[Int(technology)] else { continue }
                fieldPart += idf[Int(technology)]
                if owner < 0 || technology < owner { owner = technology }
            }
            technologyPart = neededWeight > 0 ? technologyPart / neededWeight : 0
            fieldPart = neededWeight > 0 ? fieldPart / neededWeight : 0
            let parts = ClassParts(technology: technologyPart, field: fieldPart, keyword: keywordPart,
                                   eligible: technologyPart > 0 || fieldPart > 0 || keywordPart >= 0.25, owner: owner)
            classParts[technologyClass] = parts
            return parts
        }

        var best = Best(top: top)
        /// Offers an actor given its resource-allocation score with the enterprise and whether they are adjacent
        /// (0 and false without an enterprise or a node).
        func consider(_ actorIndex: Int32, _ row: Row, _ shared: ClassParts, linkScore ra: Double, adjacent: Bool) {
            let parts = Parts(technology: shared.technology, field: shared.field, keyword: shared.keyword, proximity: ra / (1 + ra),
                              prior: adjacent ? 1 : 0, locality: row.locality)
            let total = parts.total
            guard !(total < floor), best.admits(total, actor: actorIndex), excludedMark[Int(actorIndex)] != stamp else { return }
            best.offer(Scored(total: total, actor: actorIndex, parts: parts))
        }

        if let only {
            let row = rows[Int(only)]
            let shared = partsOf(Int(row.technologyClass))
            guard shared.owner >= 0, shared.eligible, kinds?.contains(row.kind) ?? true else { return ([], isNeeded, isConsidered) }
            var ra = 0.0, adjacent = false
            if let enterpriseNode, row.node >= 0 {
                let node = NodeIndex(rawValue: row.node)
                ra = graph.undirected.linkScore(between: enterpriseNode, and: node, method: .resourceAllocation)
                adjacent = graph.undirected.containsEdge(between: enterpriseNode, and: node)
            }
            consider(only, row, shared, linkScore: ra, adjacent: adjacent)
            return (best.result(), isNeeded, isConsidered)
        }
        let proximityScores = scratch.proximity
        func consider(_ actorIndex: Int32, _ row: Row, _ shared: ClassParts) {
            guard enterpriseNode != nil, row.node >= 0 else {
                return consider(actorIndex, row, shared, linkScore: 0, adjacent: false)
            }
            let node = NodeIndex(rawValue: row.node)
            consider(actorIndex, row, shared, linkScore: proximityScores.score(of: node), adjacent: proximityScores.isNeighbor(node))
        }

        let kindMask = kinds.map(KindMask.init)
        // The enterprise's neighbours first: the only ones with a prior tie, and often the closest.
        if let enterpriseNode {
            for node in graph.undirected.neighbors(of: enterpriseNode) {
                let actorIndex = actorOfNode[node.int]
                guard actorIndex >= 0 else { continue }
                let row = rows[Int(actorIndex)]
                if let kindMask, !kindMask.contains(row.kind) { continue }
                let shared = partsOf(Int(row.technologyClass))
                // In the pool (masters a considered technology) and a candidate at all.
                guard shared.owner >= 0, shared.eligible else { continue }
                consider(actorIndex, row, shared)
            }
        }

        // Everyone else, by blocks of one class, best bound first. Nobody beyond the neighbours has a prior tie,
        // and no pair scores more than Σ 1/deg w over the enterprise's neighbours w: the enterprise's own sum, as
        // the walk reaches it from each of them.
        let reach = enterpriseNode.map { proximityScores.score(of: $0) } ?? 0
        let slack = w.proximity * (reach / (1 + reach))
        let masterLists = pool?.masters ?? masters, blockLists = pool?.masterBlocks ?? masterBlocks
        // A pool's master lists hold its kinds alone.
        let scanMask = pool?.kinds == kinds ? nil : kindMask
        /// Scores the actors of one block of `technology`'s master list but the enterprise's neighbours (scored above).
        func scan(_ block: MasterBlock, of technology: Int, _ shared: ClassParts, rows: UnsafeBufferPointer<Row>) {
            let list = masterLists[technology]
            for position in Int(block.start) ..< Int(block.end) {
                let actorIndex = list[position]
                let row = rows[Int(actorIndex)]
                if let scanMask, !scanMask.contains(row.kind) { continue }
                if enterpriseNode != nil, row.node >= 0, proximityScores.isNeighbor(NodeIndex(rawValue: row.node)) { continue }
                consider(actorIndex, row, shared)
            }
        }
        // A pool's subjects (the experts of `match`) repeat a few hundred needs among tens of thousands: their blocks
        // are ranked once per needs, and read in that order with the slack added.
        if let pool {
            let key = BlockKey(needed: neededList, considered: considered,
                               coverage: coverage.map { coverage in considered.map { coverage[$0] } } ?? [])
            let ranked = scratch.blockCache.blocks(for: key, kinds: pool.kinds) {
                var made: [RankedBlock] = []
                for technology in considered {
                    for block in blockLists[technology] {
                        let shared = partsOf(Int(block.technologyClass))
                        guard shared.eligible, Int(shared.owner) == technology else { continue }
                        let bound = w.technology * shared.technology + w.field * shared.field + w.keyword * shared.keyword
                            + w.locality * block.maximumLocality
                        made.append((bound: bound, technology: Int32(technology), block: block, parts: shared))
                    }
                }
                return made
            }
            rows.withUnsafeBufferPointer { rows in
                for entry in ranked {
                    let bound = entry.bound + slack
                    // Rounding aside, nobody in this block or a later one reaches the floor or beats the k-th kept.
                    if bound + 1e-9 < floor { break }
                    if let worst = best.worstTotal, bound + 1e-9 < worst { break }
                    scan(entry.block, of: Int(entry.technology), entry.parts, rows: rows)
                }
            }
            return (best.result(), isNeeded, isConsidered)
        }
        var blocks = BlockQueue()
        for technology in considered {
            for block in blockLists[technology] {
                let shared = partsOf(Int(block.technologyClass))
                guard shared.eligible, Int(shared.owner) == technology else { continue }
                let bound = w.technology * shared.technology + w.field * shared.field + w.keyword * shared.keyword + slack
                    + w.locality * block.maximumLocality
                // Rounding aside, nobody in it reaches the floor.
                if bound + 1e-9 < floor { continue }
                blocks.append(bound: bound, technology: technology, block: block)
            }
        }
        rows.withUnsafeBufferPointer { rows in
            while let (bound, technology, block) = blocks.popFirst() {
                // Rounding aside, nobody in this block or a later one can beat the k-th kept.
                if let worst = best.worstTotal, bound + 1e-9 < worst { break }
                scan(block, of: technology, classParts[Int(block.technologyClass)], rows: rows)
            }
        }

        return (best.result(), isNeeded, isConsidered)
    }

    /// The kept actors as candidates: shared technologies rarest first, and the evidence path.
    private func explain(_ kept: ArraySlice<Scored>, enterprise: String?, via: String?, isNeeded: [Bool], isConsidered: [Bool])
        -> [Candidate] {
        // Local copies: a closure reading `self.idf` would copy the whole ranking (two dozen references) per call.
        let rarity = idf, ids = technologyIDs
        func rarestFirst(_ technologies: [Int32]) -> [String] {
            technologies.map(Int.init).filter { isNeeded[$0] }
                .sorted { rarity[$0] != rarity[$1] ? rarity[$0] > rarity[$1] : ids[$0] < ids[$1] }.map { ids[$0] }
        }
        return kept.map { entry in
            let actor = actors[Int(entry.actor)]
            let shared = rarestFirst(actor.technologies)
            let byField = rarestFirst(actor.fieldTechnologies)
            let bridge = shared.first ?? byField.first
                ?? actor.technologies.map(Int.init).filter { isConsidered[$0] }.map { ids[$0] }.sorted().first
            let path = evidencePath(from: enterprise, via: via, technology: bridge, to: actor.id)
            let ties = entry.parts.prior > 0 ? enterprise.map { self.ties(between: $0, and: actor.id) } ?? [] : []
            return Candidate(
                id: actor.id, kind: actor.kind.rawValue, name: actor.name, location: actor.location,
                score: entry.parts.total, parts: entry.parts, sharedTechnologies: shared, fieldTechnologies: byField, ties: ties,
                path: path, explanation: path.map { name(of: $0) ?? $0 }.joined(separator: " → "), sources: actor.provenance.keys)
        }
    }

    /// enterprise → demand (or segment) → technology → candidate when a technology links them; otherwise the
    /// shortest path in the map's graph.
    func evidencePath(from enterprise: String?, via: String?, technology: String?, to candidate: String) -> [String] {
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
