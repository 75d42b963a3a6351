import ChainGraph

/// Relations between records, drawn by type.
extension GeneratedMapBuilder {
    mutating func buildRelations() {
        let target = Int((Double(parameters.enterprises) * parameters.relationsPerEnterprise).rounded())
        // Relations are keyed by the ids' sorted ranks, so sorting the keys sorts the rows by (from, to, type).
        let order = nodeIDs.indices.sorted { nodeIDs[$0] < nodeIDs[$1] }
        var rank = [Int](repeating: 0, count: nodeIDs.count)
        for (position, node) in order.enumerated() { rank[node] = position }
        let types = RelationType.allCases.sorted { $0.rawValue < $1.rawValue }
        let typeRank = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        let mix: [(RelationType, Int)] = [
            (.supplies, 600), (.cooperates, 160), (.member, 40), (.hires, 50), (.licenses, 40), (.invests, 30), (.funds, 40), (.incubates, 40),
        ]
        let weights = mix.map(\.1)
        var seen = Set<UInt64>(minimumCapacity: target)
        var keys: [UInt64] = []
        keys.reserveCapacity(target)
        var attempts = 0
        while keys.count < target, attempts < 10 * target + 1000 {
            attempts += 1
            let type = mix[rng.index(weights: weights)].0
            guard let (from, to) = drawRelation(type), from != to else { continue }
            let key = UInt64(rank[Int(from)]) << 36 | UInt64(rank[Int(to)]) << 8 | UInt64(typeRank[type] ?? 0)
            if seen.insert(key).inserted { keys.append(key) }
        }
        keys.sort()
        let notes: [RelationType: [String]] = [
            .supplies: ["年度供货合同", "长期供货协议, 按季结算"], .cooperates: ["产学研合作协议", "共建研发中心", "联合申报省级科技项目"],
            .member: ["理事单位", "成员单位"], .hires: ["柔性引进"], .licenses: ["专利许可", "技术转让, 一次性付款"],
            .invests: ["股权投资"], .funds: ["县级科技计划项目", "知识价值信用贷款贴息"], .incubates: ["在孵企业"],
        ]
        let sources: [RelationType: [String]] = [
            .supplies: ["registry", "survey-2024"], .cooperates: ["report-2024 §二(三)", "survey-2024"], .member: ["report-2024 §一(二)"],
            .hires: ["talent-2024"], .licenses: ["report-2024 §二(三)"], .invests: ["registry"], .funds: ["report-2024 §二(一)"],
            .incubates: ["report-2024 §一(二)"],
        ]
        relations.reserveCapacity(keys.count)
        for key in keys {
            let type = types[Int(key & 0xFF)]
            let from = order[Int(key >> 36)], to = order[Int((key >> 8) & 0x0FFF_FFFF)]
            var since: PartialDate?
            if rng.chance(70) { since = PartialDate(year: 2016 + rng.next(below: 9), month: rng.chance(40) ? 1 + rng.next(below: 12) : nil) }
            let note = rng.chance(8) ? rng.element(of: notes[type] ?? [""]) : ""
            relations.append(Relation(
                from: nodeIDs[from], to: nodeIDs[to], type: type, since: since, note: note,
                provenance: sourced(rng.element(of: sources[type] ?? ["registry"]))))
        }
    }

    /// The two ends of one candidate relation of `type`, as node numbers; nil when the map has no such pair.
    mutating func drawRelation(_ type: RelationType) -> (Int32, Int32)? {
        switch type {
        case .supplies:
            // Along `next`: from a firm of a segment to a firm of a segment it feeds, both ends weighted by size.
            guard let from = supplyingEnterprises.pick(&rng) else { return nil }
            let downstream = rng.element(of: segmentNext[enterpriseSegments[Int(from)][0]])
            return clusters[downstream].pick(&rng).map { (from, $0) }
        case .cooperates:
            guard let firm = allEnterprises.pick(&rng) else { return nil }
            let segment = enterpriseSegments[Int(firm)][0]
            let hubs = hubsOfChain[segmentChain[segment]]
            if rng.chance(40), !hubs.isEmpty { return (firm, hubNodes[rng.element(of: hubs)]) }
            return clusters[segment].pick(&rng).map { (firm, $0) }
        case .member:
            // Alliances and associations enrol the larger firms, so they stay hundreds strong, not thousands.
            guard let firm = notableEnterprises.pick(&rng) else { return nil }
            let chain = segmentChain[enterpriseSegments[Int(firm)][0]]
            return (firm, rng.chance(60) ? allianceOfChain[chain] : associationOfChain[chain])
        case .hires:
            guard let firm = allEnterprises.pick(&rng) else { return nil }
            let pool = expertsOfChain[segmentChain[enterpriseSegments[Int(firm)][0]]]
            return pool.isEmpty ? nil : (firm, rng.element(of: pool))
        case .licenses:
            guard let firm = allEnterprises.pick(&rng) else { return nil }
            let hubs = hubsOfChain[segmentChain[enterpriseSegments[Int(firm)][0]]]
            return hubs.isEmpty ? nil : (hubNodes[rng.element(of: hubs)], firm)
        case .invests:
            guard let firm = allEnterprises.pick(&rng), !financeNodes.isEmpty else { return nil }
            return (rng.element(of: financeNodes), firm)
        case .funds:
            guard let firm = localEnterprises.pick(&rng), !governmentNodes.isEmpty else { return nil }
            return (rng.element(of: governmentNodes), firm)
        case .incubates:
            guard !incubatorNodes.isEmpty, let firm = localEnterprises.pickUniform(&rng) else { return nil }
            return (rng.element(of: incubatorNodes), firm)
        default:
            return nil
        }
    }
}
