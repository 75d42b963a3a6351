import ChainGraph

/// The partners an enterprise already has: the ties that make a candidate's `prior` 1, and the existing partners
/// that master what a subject needs (“activate the agreement” before looking for someone new).
extension CandidateRanking {
    /// The enterprise's ties with `other`: relations either way, a platform it hosts, an expert serving it or
    /// affiliated with it — each with its source keys, in a fixed order.
    ///
    /// - Complexity: O(*r*ₑ) for the *r*ₑ relations the enterprise takes part in.
    func ties(between enterprise: String, and other: String) -> [Tie] {
        ties(between: enterprise, and: other, among: relationsByOrganization[enterprise])
    }

    /// As ``ties(between:and:)``, looking only at `relations` (indices into the map's relations, ascending): those
    /// of the enterprise with `other`, or any superset of them.
    ///
    /// - Complexity: O(|`relations`|).
    func ties(between enterprise: String, and other: String, among relations: some Collection<Int32>) -> [Tie] {
        var ties: [Tie] = []
        func add(_ kind: EdgeKind, outgoing: Bool, note: String = "", provenance: Provenance) {
            let sources = provenance.keys
            let described = text.tie(kind) + (sources.isEmpty ? "" : " (\(provenance.description))")
            ties.append(Tie(type: kind.rawValue, outgoing: outgoing, note: note, sources: sources, description: described))
        }
        let list = map.relations
        for index in relations.lazy.map(Int.init) {
            // The relations' columns are read, no relation built, until one is the pair's.
            let from = list.from(at: index), to = list.to(at: index)
            guard (from == enterprise && to == other) || (to == enterprise && from == other) else { continue }
            add(EdgeKind(list.type(at: index)), outgoing: from == enterprise, note: list.note(at: index),
                provenance: list.provenance(at: index))
        }
        if let platform = partnerRecords.platforms[other], platform.host == enterprise {
            add(.hosts, outgoing: true, provenance: platform.provenance)
        }
        if let expert = partnerRecords.experts[other] {
            if expert.serves.contains(enterprise) { add(.serves, outgoing: false, provenance: expert.provenance) }
            if expert.affiliation == enterprise { add(.affiliatedWith, outgoing: false, provenance: expert.provenance) }
        }
        return ties.sorted { ($0.type, $0.description) < ($1.type, $1.description) }
    }

    /// The actors tied to `enterprise` that master (or, experts, cover by field) any of the `needed` technologies,
    /// the most needed weight first, then by id.
    ///
    /// - Complexity: O(*r*ₑ + Σ deg) for the *r*ₑ relations of the enterprise, over its neighbours plus their ties:
    ///   each relation is looked at once, not once per partner (a hub with thousands of partners made that quadratic).
    func existingPartners(of enterprise: String, needed: [Int]) -> [ExistingPartner] {
        guard !needed.isEmpty, let node = graph.undirected.index(of: enterprise) else { return [] }
        let byCounterpart = relationsByCounterpart(of: enterprise)
        var isNeeded = [Bool](repeating: false, count: technologyIDs.count)
        for technology in needed { isNeeded[technology] = true }
        let rarity = idf, ids = technologyIDs
        func neededOf(_ technologies: [Int32]) -> [Int] {
            technologies.map(Int.init).filter { isNeeded[$0] }
                .sorted { rarity[$0] != rarity[$1] ? rarity[$0] > rarity[$1] : ids[$0] < ids[$1] }
        }
        var partners: [(weight: Double, partner: ExistingPartner)] = []
        for neighbor in graph.undirected.neighbors(of: node) {
            let index = actorOfNode[neighbor.int]
            guard index >= 0 else { continue }
            let actor = actors[Int(index)]
            let exact = neededOf(actor.technologies), byField = neededOf(actor.fieldTechnologies)
            guard !exact.isEmpty || !byField.isEmpty else { continue }
            let ties = ties(between: enterprise, and: actor.id, among: byCounterpart[actor.id] ?? [])
            guard !ties.isEmpty else { continue }
            let masters = text.list((exact + byField).map { self.name(of: ids[$0]) ?? ids[$0] })
            let name = actor.name
            let tieText = text.list(ties.map(\.description))
            partners.append((
                (exact + byField).reduce(0) { $0 + rarity[$1] },
                ExistingPartner(
                    id: actor.id, kind: actor.kind.rawValue, name: name, ties: ties, technologies: exact.map { ids[$0] },
                    fieldTechnologies: byField.map { ids[$0] },
                    explanation: text.existingPartner(name, ties: tieText, masters: masters, byField: exact.isEmpty),
                    sources: Array(Set(actor.provenance.keys + ties.flatMap(\.sources))).sorted())))
        }
        return partners.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.partner.id < $1.partner.id }.map(\.partner)
    }

    /// The enterprise's relations grouped by their other end, each group ascending (the map's order).
    ///
    /// - Complexity: O(*r*ₑ) for the *r*ₑ relations the enterprise takes part in.
    func relationsByCounterpart(of enterprise: String) -> [String: [Int32]] {
        var grouped: [String: [Int32]] = [:]
        let list = map.relations
        for index in relationsByOrganization[enterprise] {
            let from = list.from(at: Int(index))
            grouped[from == enterprise ? list.to(at: Int(index)) : from, default: []].append(index)
        }
        return grouped
    }
}

/// Platforms and experts by id, for naming ties that come from their own columns (`host`, `serves`, `affiliation`).
struct PartnerRecords: Sendable {
    let platforms: [String: Platform]
    let experts: [String: Expert]

    init(_ map: InnovationMap) {
        platforms = Dictionary(map.platforms.filter { $0.host != nil }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        experts = Dictionary(map.experts.filter { $0.affiliation != nil || !$0.serves.isEmpty }.map { ($0.id, $0) },
                             uniquingKeysWith: { first, _ in first })
    }
}
