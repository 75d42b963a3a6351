import ChainGraph

/// Hubs (universities and institutes), government, finance and associations.
extension GeneratedMapBuilder {
    mutating func buildHubsAndInstitutions() {
        let n = parameters.enterprises
        let chainCount = chainIDs.count
        hubsOfChain = Array(repeating: [], count: chainCount)
        // Hubs, funders and lenders grow with the map (a province-scale map spans many counties), so no single
        // one ties to a large share of the enterprises.
        let named = Vocabulary.universities.count + Vocabulary.institutes.count
        let hubCount = min(3 + n / 2500, 400)
        let hubWidth = width(for: hubCount)
        var universities = 0, institutes = 0
        for h in 0 ..< hubCount {
            let isUniversity = h < named
                && ((h % 2 == 0 && universities < Vocabulary.universities.count) || institutes >= Vocabulary.institutes.count)
            // Past the named ones: regional industrial research institutes of one chain.
            let entry = h < named
                ? (isUniversity ? Vocabulary.universities[universities] : Vocabulary.institutes[institutes])
                : ("\(rng.element(of: Vocabulary.places))\(chainNames[h % chainCount])产业技术研究院",
                   "\(templates[h % chainCount].nameEN) Research Institute \(h + 1)", rng.chance(70) ? Location.city : .province)
            let id = isUniversity ? "u" + pad(universities + 1, width: hubWidth) : "i" + pad(institutes + 1, width: hubWidth)
            if isUniversity { universities += 1 } else { institutes += 1 }
            let node = addNode(id)
            // Hubs master a good share of one to three chains' technologies: they are the map's hubs.
            let specialties = h < named
                ? distinct(1 + rng.next(below: min(3, chainCount)), of: Array(0 ..< chainCount)).sorted()
                : [h % chainCount]
            var techs: [Int] = []
            for c in specialties {
                hubsOfChain[c].append(h)
                let pool = segmentsOfChain[c].flatMap { segmentTechnologies[$0] }
                var chosen = pool.filter { _ in rng.chance(55) }
                if chosen.count < 2 { chosen = distinct(min(2, pool.count), of: pool) }
                techs += chosen
            }
            hubNodes.append(node)
            hubTechnologies.append(techs.sorted())
            hubNames.append(entry.0)
            organizations.append(Organization(
                id: id, kind: isUniversity ? .university : .institute, name: entry.0, nameEN: entry.1,
                location: entry.2, technologies: techs.map { technologies[$0].id }.sorted(),
                provenance: sourced(rng.chance(50) ? "chains-ref" : "report-2024 §二(三)"), asOf: Self.asOf))
        }
        let bureaus = ["科学技术局", "工业和信息化局", "发展和改革局", "农业农村局"]
        let governmentCount = min(1 + n / 2500, 400)
        for g in 0 ..< governmentCount {
            let id = "g" + pad(g + 1, width: width(for: governmentCount))
            governmentNodes.append(addNode(id))
            // The county's bureaus first, then industrial-park committees, which also fund firms.
            let name = g < bureaus.count ? Self.county + bureaus[g] : "\(rng.element(of: Vocabulary.places))工业集中区管理委员会"
            organizations.append(Organization(
                id: id, kind: .government, name: name, location: g < bureaus.count ? .county : .city,
                provenance: provenance("report-2024"), asOf: Self.asOf))
        }
        let banks: [(String, Location)] = [
            ("\(Self.county)农村商业银行", .county), ("\(Self.county)产业发展投资基金", .county), ("\(Self.county)融资担保有限公司", .county),
            ("中国建设银行\(Self.county)支行", .county), ("怀化市科技创新投资基金", .city), ("湖南省知识产权质押融资服务中心", .province),
        ]
        let financeCount = min(2 + n / 5000, 400)
        for f in 0 ..< financeCount {
            let id = "f" + pad(f + 1, width: width(for: financeCount))
            financeNodes.append(addNode(id))
            let (name, location) = f < banks.count ? banks[f] : ("\(rng.element(of: Vocabulary.places))村镇银行", Location.city)
            organizations.append(Organization(
                id: id, kind: .finance, name: name, location: location, provenance: sourced("report-2024 §四(二)"), asOf: Self.asOf))
        }
        for c in 0 ..< chainCount {
            let id = "a" + pad(c + 1, width: width(for: chainCount))
            associationOfChain.append(addNode(id))
            organizations.append(Organization(
                id: id, kind: .association, name: "\(Self.county)\(chainNames[c])产业协会", location: .county,
                segments: segmentsOfChain[c].map { segmentIDs[$0] }.sorted(), provenance: sourced("report-2024"), asOf: Self.asOf))
        }
    }
}
