import ChainGraph

/// Enterprises: local and outside, weighted by size, each in its segments.
extension GeneratedMapBuilder {
    mutating func buildEnterprises() {
        let n = parameters.enterprises
        let segmentCount = segmentIDs.count
        // Cluster sizes follow Zipf's law over a random order of the segments.
        var order = Array(0 ..< segmentCount)
        for i in stride(from: segmentCount - 1, to: 0, by: -1) { order.swapAt(i, rng.next(below: i + 1)) }
        var segmentPicker = WeightedPicker()
        for s in 0 ..< segmentCount { segmentPicker.add(Int32(s), weight: 12_000 / (order[s] + 1)) }
        clusters = Array(repeating: WeightedPicker(), count: segmentCount)
        chainEnterprises = Array(repeating: WeightedPicker(), count: chainIDs.count)
        chainLocalEnterprises = chainEnterprises
        chainLeader = Array(repeating: nil, count: chainIDs.count)
        let width = max(4, String(n).count)
        var locations: [Location] = []
        for e in 0 ..< n {
            let node = addNode("e" + pad(e + 1, width: width))
            let primary = Int(segmentPicker.pick(&rng) ?? 0)
            let weight = paretoWeight()
            var segments = [primary]
            let neighbours = segmentNext[primary] + segmentPrevious[primary]
            if !neighbours.isEmpty, rng.chance(20) { segments.append(rng.element(of: neighbours)) }
            let location: Location = switch rng.next(below: 100) {
            case 0 ..< 88: .county
            case 88 ..< 95: .city
            case 95 ..< 99: .province
            default: .national
            }
            let chain = segmentChain[primary]
            enterpriseSegments.append(segments)
            enterpriseWeight.append(weight)
            enterpriseLocal.append(location == .county)
            locations.append(location)
            clusters[primary].add(node, weight: weight)
            chainEnterprises[chain].add(node, weight: weight)
            allEnterprises.add(node, weight: weight)
            if weight >= 50 { notableEnterprises.add(node, weight: weight) }
            if location == .county {
                chainLocalEnterprises[chain].add(node, weight: weight)
                localEnterprises.add(node, weight: weight)
                if chainLeader[chain].map({ enterpriseWeight[Int($0)] < weight }) ?? true { chainLeader[chain] = node }
            }
            if !segmentNext[primary].isEmpty { supplyingEnterprises.add(node, weight: weight) }
        }
        for e in 0 ..< n { organizations.append(enterpriseRecord(e, location: locations[e])) }
    }

    mutating func enterpriseRecord(_ e: Int, location: Location) -> Organization {
        let segments = enterpriseSegments[e]
        let weight = enterpriseWeight[e]
        let chain = segmentChain[segments[0]]
        let template = templates[chain]
        let pool = Array(Set(segments.flatMap { segmentTechnologies[$0] })).sorted()
        var count = [0, 0, 0, 1, 1, 1, 1, 2, 2, 3][rng.next(below: 10)] + (weight > 200 ? 1 : 0)
        count = min(count, pool.count)
        let techs = distinct(count, of: pool).map { technologies[$0].id }.sorted()
        var tags: [OrganizationTag] = []
        if rng.chance(weight > 50 ? 40 : 12) { tags.append(.highTech) }
        if weight <= 50, rng.chance(25) { tags.append(.techSME) }
        if rng.chance(weight > 30 ? 60 : 5) { tags.append(.aboveScale) }
        if rng.chance(4) { tags.append(.specialized) }
        if weight > 500, rng.chance(30) { tags.append(.listed) }
        if chainLeader[chain] == Int32(e) { tags.append(.chainLeader) }
        tags.sort { $0.rawValue < $1.rawValue }
        let (b1, p1) = rng.element(of: Vocabulary.brands)
        let (b2, p2) = rng.element(of: Vocabulary.brands)
        let brand = b1 + b2
        enterpriseBrand.append(brand)
        let place = rng.element(of: Vocabulary.places)
        let name: String
        if stage(of: segments[0]) == .upstream, ["herbal", "tea", "agrifood", "bamboo"].contains(template.slug), rng.chance(40) {
            name = "\(place)\(brand)\(segmentTemplate[segments[0]].noun)专业合作社"
        } else {
            name = "\(place)\(brand)\(template.industry)\(rng.element(of: Vocabulary.companySuffixes))"
        }
        let famous = weight > 200 || tags.contains(.listed) || tags.contains(.chainLeader)
        let nameEN = famous ? "\(p1)\(p2.lowercased()) \(template.nameEN) Co., Ltd." : ""
        let source = rng.chance(80) ? "registry" : "registry; survey-2024"
        return Organization(
            id: nodeIDs[e], kind: .enterprise, name: name, nameEN: nameEN, location: location,
            segments: segments.map { segmentIDs[$0] }.sorted(), technologies: techs, tags: tags,
            provenance: sourced(source), asOf: recordDate())
    }
}
