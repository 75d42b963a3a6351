import ChainGraph

/// The enterprises' technology demands.
extension GeneratedMapBuilder {
    mutating func buildDemands() {
        let count = parameters.demands
        let width = max(4, String(count).count)
        let posters = localEnterprises.isEmpty ? allEnterprises : localEnterprises
        for d in 0 ..< count {
            // Half the demands come from any firm, half more often from the larger ones.
            let firm = Int((rng.chance(50) ? posters.pickUniform(&rng) : posters.pick(&rng)) ?? 0)
            let segments = enterpriseSegments[firm]
            let segment = rng.chance(80) ? segments[0] : rng.element(of: segments)
            let tech = rng.element(of: segmentTechnologies[segment])
            let keyword = technologies[tech].keywords[rng.chance(70) ? 0 : 1]
            let title = rng.element(of: GeneratorVocabulary.demandTitles).replacingOccurrences(of: "{k}", with: keyword)
            // About a third name no technology: analyses must infer it from the keyword in the title.
            var techs: [Int] = []
            if rng.chance(65) {
                techs.append(tech)
                let others = segmentTechnologies[segment].filter { $0 != tech }
                if !others.isEmpty, rng.chance(25) { techs.append(rng.element(of: others)) }
            }
            let status = [DemandStatus.open, .matched, .contracted, .solved][rng.index(weights: [50, 20, 15, 15])]
            let posted = PartialDate(year: rng.chance(40) ? 2023 : 2024, month: 1 + rng.next(below: 12))
            let source = rng.chance(60) ? "survey-2024" : "survey-2024 第\(1 + rng.next(below: 4))批"
            demands.append(Demand(
                id: "d" + pad(d + 1, width: width), enterprise: nodeIDs[firm], title: title,
                technologies: techs.map { technologies[$0].id }.sorted(), segment: rng.chance(85) ? segmentIDs[segment] : nil,
                status: status, posted: posted, provenance: sourced(source)))
        }
    }
}
