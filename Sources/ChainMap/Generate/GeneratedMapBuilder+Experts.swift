import ChainGraph

/// Experts and technology commissioners, with the enterprises they serve.
extension GeneratedMapBuilder {
    mutating func buildExperts() {
        let count = parameters.experts
        let chainCount = chainIDs.count
        let width = max(4, String(count).count)
        expertsOfChain = Array(repeating: [], count: chainCount)
        // Pooled records, as reports count commissioners and 三区 talents without naming them.
        let pooled = [
            ("县级科技特派员（汇总）", ExpertRole.commissioner, Level.county, 20 + rng.next(below: 120)),
            ("三区人才（汇总）", .threeRegions, .provincial, 5 + rng.next(below: 20)),
        ]
        for (i, pool) in pooled.enumerated() where count >= 5 {
            let id = "x" + pad(i + 1, width: width)
            _ = addNode(id)
            let chains = distinct(min(2, chainCount), of: Array(0 ..< chainCount))
            experts.append(Expert(
                id: id, name: pool.0, role: pool.1, level: pool.2, fields: Array(Set(chains.map { templates[$0].field })).sorted(),
                capacity: 2, headcount: pool.3, provenance: provenance("talent-2024 §一(四); assumed"), asOf: Self.asOf))
        }
        while experts.count < count {
            let id = "x" + pad(experts.count + 1, width: width)
            let node = addNode(id)
            let c = rng.next(below: chainCount)
            let role = [ExpertRole.commissioner, .threeRegions, .specialist, .chief, .foreign][rng.index(weights: [55, 10, 25, 5, 5])]
            var affiliationHub: Int?
            var affiliation: String?
            switch role {
            case .specialist:
                affiliation = chainEnterprises[c].pick(&rng).map { nodeIDs[Int($0)] }
            case .foreign:
                if rng.chance(50), !hubsOfChain[c].isEmpty {
                    affiliationHub = rng.element(of: hubsOfChain[c])
                } else {
                    affiliation = chainEnterprises[c].pick(&rng).map { nodeIDs[Int($0)] }
                }
            default:
                if rng.chance(75), !hubsOfChain[c].isEmpty { affiliationHub = rng.element(of: hubsOfChain[c]) }
            }
            let chainTechs = segmentsOfChain[c].flatMap { segmentTechnologies[$0] }
            var pool = chainTechs
            if let hub = affiliationHub {
                affiliation = nodeIDs[Int(hubNodes[hub])]
                let known = Set(hubTechnologies[hub])
                let shared = chainTechs.filter { known.contains($0) }
                if !shared.isEmpty { pool = shared }
            }
            let techs = rng.chance(85) ? distinct(min(pool.count, 1 + rng.next(below: 3)), of: pool) : []
            var fields = [templates[c].field]
            if rng.chance(30) { fields.append(technologies[rng.element(of: chainTechs)].field) }
            let level: Level? = switch role {
            case .commissioner: [Level.county, .municipal, .provincial][rng.index(weights: [60, 25, 15])]
            case .threeRegions: rng.chance(50) ? .provincial : .municipal
            case .chief: .provincial
            case .specialist: rng.chance(30) ? .municipal : nil
            case .foreign: nil
            }
            let capacity = switch role {
            case .commissioner: 2 + rng.next(below: 4)
            case .threeRegions: 1 + rng.next(below: 3)
            case .chief: 3 + rng.next(below: 5)
            default: 1 + rng.next(below: 2)
            }
            var serves: [String] = []
            let servedCount = switch role {
            case .commissioner: 1 + rng.next(below: 4)
            case .threeRegions: 1 + rng.next(below: 2)
            default: rng.next(below: 2)
            }
            for _ in 0 ..< servedCount {
                if let firm = chainLocalEnterprises[c].pick(&rng) { serves.append(nodeIDs[Int(firm)]) }
            }
            if role == .chief { serves.append(nodeIDs[Int(allianceOfChain[c])]) }
            serves = Array(Set(serves).subtracting([affiliation ?? ""])).sorted()
            let name = role == .foreign
                ? rng.element(of: Vocabulary.foreignNames)
                : rng.element(of: Vocabulary.surnames) + (0 ..< 1 + rng.next(below: 2)).map { _ in rng.element(of: Vocabulary.givenNames) }.joined()
            experts.append(Expert(
                id: id, name: name, role: role, level: level, affiliation: affiliation,
                technologies: techs.map { technologies[$0].id }.sorted(), fields: Array(Set(fields)).sorted(),
                capacity: capacity, serves: serves, provenance: sourced(rng.chance(60) ? "talent-2024" : "talent-2024 §一(四)"),
                asOf: rng.chance(80) ? Self.asOf : PartialDate(year: 2024, month: 6)))
            expertsOfChain[c].append(node)
        }
    }
}
