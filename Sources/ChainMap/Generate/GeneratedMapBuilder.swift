import ChainGraph

/// The state of one generation run. Records are drawn in a fixed order from one generator, so the code order here
/// is part of the output: reordering draws changes every map (but never breaks validity).
struct GeneratedMapBuilder {
    typealias Vocabulary = GeneratorVocabulary

    let parameters: MapGenerator
    var rng: SplitMix64
    /// Provenances by their text, so equal sources share one array (a million relations cite a handful of texts).
    private var provenanceCache: [String: Provenance] = [:]

    // Chains, segments, technologies (global indices).
    private var templates: [Vocabulary.ChainTemplate] = []
    private var chainIDs: [String] = []
    private var chainNames: [String] = []
    private var segmentIDs: [String] = []
    private var segmentChain: [Int] = []
    private var segmentTemplate: [Vocabulary.SegmentTemplate] = []
    private var segmentNext: [[Int]] = []
    private var segmentPrevious: [[Int]] = []
    private var segmentTechnologies: [[Int]] = []
    private var segmentsOfChain: [[Int]] = []
    private var technologies: [Technology] = []
    private var technologySegment: [Int] = []

    // Every record that relations may name, by node number; enterprises are nodes 0..<enterprises.
    private var nodeIDs: [String] = []
    private var enterpriseSegments: [[Int]] = []
    private var enterpriseWeight: [Int] = []
    private var enterpriseLocal: [Bool] = []
    private var enterpriseBrand: [String] = []
    /// Enterprises of each segment (by primary segment) and of each chain, weighted by size.
    private var clusters: [WeightedPicker] = []
    private var chainEnterprises: [WeightedPicker] = []
    private var chainLocalEnterprises: [WeightedPicker] = []
    private var allEnterprises = WeightedPicker()
    private var localEnterprises = WeightedPicker()
    /// Enterprises of weight ≥ 50 (about 9 %): the members of alliances and associations.
    private var notableEnterprises = WeightedPicker()
    /// Enterprises whose primary segment feeds another: the tails of `supplies`.
    private var supplyingEnterprises = WeightedPicker()
    private var chainLeader: [Int32?] = []

    private var organizations: [Organization] = []
    private var hubNodes: [Int32] = []
    private var hubTechnologies: [[Int]] = []
    private var hubNames: [String] = []
    private var hubsOfChain: [[Int]] = []
    private var governmentNodes: [Int32] = []
    private var financeNodes: [Int32] = []
    private var associationOfChain: [Int32] = []

    private var platforms: [Platform] = []
    private var allianceOfChain: [Int32] = []
    private var incubatorNodes: [Int32] = []

    private var experts: [Expert] = []
    private var expertsOfChain: [[Int32]] = []

    private var demands: [Demand] = []
    private var relations: [Relation] = []

    static let county = "五溪县"
    static let asOf = PartialDate(year: 2024, month: 12)

    init(_ parameters: MapGenerator) {
        self.parameters = parameters
        rng = SplitMix64(seed: parameters.seed)
    }

    mutating func build() -> InnovationMap {
        buildChains()
        buildEnterprises()
        buildHubsAndInstitutions()
        buildPlatforms()
        buildExperts()
        buildDemands()
        buildRelations()
        let sources = [
            Source(id: "chains-ref", title: "产业链图谱参考资料", publisher: "chainmap generator", date: PartialDate(year: 2024, month: 10)),
            Source(id: "registry", title: "企业工商登记信息", publisher: "\(Self.county)市场监督管理局", date: Self.asOf),
            Source(id: "report-2024", title: "\(Self.county)科技局2024年工作总结及2025年工作打算", publisher: "\(Self.county)科学技术局", date: Self.asOf),
            Source(id: "survey-2024", title: "2024年企业技术需求征集", publisher: "\(Self.county)科学技术局", date: PartialDate(year: 2024, month: 10)),
            Source(id: "talent-2024", title: "科技特派员与人才名册", publisher: "\(Self.county)科学技术局", date: PartialDate(year: 2024, month: 6)),
        ]
        var chains: [Chain] = []
        for (c, id) in chainIDs.enumerated() {
            let template = templates[c]
            let segments = segmentsOfChain[c].map { s in
                Segment(
                    id: segmentIDs[s], chain: id, name: segmentTemplate[s].name, nameEN: segmentTemplate[s].nameEN,
                    stage: stage(of: s), technologies: segmentTechnologies[s].map { technologies[$0].id }.sorted(),
                    next: segmentNext[s].map { segmentIDs[$0] }.sorted(), provenance: provenance("chains-ref"))
            }
            chains.append(Chain(id: id, name: chainNames[c], nameEN: template.nameEN, segments: segments, provenance: provenance("chains-ref")))
        }
        chains.sort { $0.id < $1.id }
        technologies.sort { $0.id < $1.id }
        organizations.sort { $0.id < $1.id }
        let p = parameters
        return InnovationMap(
            id: "synthetic-\(p.seed)", name: "\(Self.county)产业链核心技术创新图谱（合成数据）",
            nameEN: "Synthetic county map: seed \(p.seed), \(p.enterprises) enterprises, \(p.chains) chains",
            region: "湖南省怀化市\(Self.county)", asOf: Self.asOf, sources: sources, chains: chains,
            technologies: technologies, indicators: indicators(), organizations: organizations, platforms: platforms,
            experts: experts, demands: demands, relations: relations)
    }

    // MARK: - Helpers

    /// `text`, or with `assumed` beside or instead of it for `assumedPercent` of records.
    private mutating func sourced(_ text: String) -> Provenance {
        let draw = rng.next(below: 200)
        let share = parameters.assumedPercent
        if draw < share { return provenance("assumed") }
        if draw < 2 * share { return provenance(text + "; assumed") }
        return provenance(text)
    }

    private mutating func provenance(_ text: String) -> Provenance {
        if let cached = provenanceCache[text] { return cached }
        let value = Provenance(parsing: text)
        provenanceCache[text] = value
        return value
    }

    private func pad(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func width(for count: Int) -> Int { max(2, String(count).count) }

    private func stage(of segment: Int) -> Stage {
        let position = segmentsOfChain[segmentChain[segment]].firstIndex(of: segment) ?? 0
        let count = segmentsOfChain[segmentChain[segment]].count
        return [Stage.upstream, .midstream, .downstream][min(2, position * 3 / max(1, count))]
    }

    /// `count` distinct elements of `pool`, in pool order.
    private mutating func distinct<T>(_ count: Int, of pool: [T]) -> [T] {
        rng.sample(count, from: pool.count).map { pool[$0] }
    }

    private mutating func recordDate() -> PartialDate {
        switch rng.next(below: 10) {
        case 0: PartialDate(year: 2023, month: 12)
        case 1, 2: PartialDate(year: 2024, month: 6)
        default: Self.asOf
        }
    }

    /// An enterprise's size weight in tenths, Pareto-distributed with tail exponent 1.5 (P(W > w) = (10/w)^1.5,
    /// 10 … 100 000): a few large firms, many small ones, and degrees with exponent about 2.5 as in real registries.
    /// Integer arithmetic only (an exact integer cube root), so every platform draws the same weights.
    private mutating func paretoWeight() -> Int {
        let range = 1_000_000
        let r = 1 + rng.next(below: range)
        let cube = 1_000_000_000_000_000 / (r * r)  // (10 (R/r)^(2/3))^3 = 1000 R² / r², rounded down
        var low = 10, high = 100_001
        while high - low > 1 {
            let middle = (low + high) / 2
            if middle * middle * middle <= cube { low = middle } else { high = middle }
        }
        return low
    }

    private mutating func addNode(_ id: String) -> Int32 {
        nodeIDs.append(id)
        return Int32(nodeIDs.count - 1)
    }

    // MARK: - Chains

    private mutating func buildChains() {
        for c in 0 ..< parameters.chains {
            let template = Vocabulary.chains[c % Vocabulary.chains.count]
            let round = c / Vocabulary.chains.count
            templates.append(template)
            let chainID = round == 0 ? template.slug : "\(template.slug)\(round + 1)"
            chainIDs.append(chainID)
            chainNames.append(round == 0 ? template.name : "\(template.name)·\(round + 1)")
            var members: [Int] = []
            for (i, segment) in template.segments.enumerated() {
                let s = segmentIDs.count
                members.append(s)
                segmentIDs.append("\(chainID)-s\(i + 1)")
                segmentChain.append(c)
                segmentTemplate.append(segment)
                segmentNext.append([])
                segmentPrevious.append([])
                var techs: [Int] = []
                let processes = distinct(2 + rng.next(below: 3), of: Array(Vocabulary.processes.indices))
                for (j, process) in processes.enumerated() {
                    let (word, english, field) = Vocabulary.processes[process]
                    techs.append(technologies.count)
                    technologySegment.append(s)
                    technologies.append(Technology(
                        id: "\(chainID)-s\(i + 1)-t\(j + 1)", name: "\(segment.noun)\(word)技术",
                        nameEN: "\(segment.nameEN): \(english)", field: field ?? template.field,
                        keywords: ["\(segment.noun)\(word)", segment.noun], chokepoint: rng.chance(10),
                        provenance: sourced("chains-ref")))
                }
                segmentTechnologies.append(techs)
            }
            // Upstream to downstream, with an occasional skip of one segment: always a DAG.
            for (i, s) in members.enumerated() where i + 1 < members.count {
                linkSegments(s, members[i + 1])
                if i + 2 < members.count, rng.chance(25) { linkSegments(s, members[i + 2]) }
            }
            // A link from the previous chain's midstream into this chain: only forward in chain order, so acyclic.
            if c > 0, members.count > 1, rng.chance(40) {
                let previous = segmentsOfChain[c - 1]
                linkSegments(previous[max(0, previous.count - 2)], members[1])
            }
            segmentsOfChain.append(members)
        }
    }

    private mutating func linkSegments(_ from: Int, _ to: Int) {
        segmentNext[from].append(to)
        segmentPrevious[to].append(from)
    }

    // MARK: - Enterprises

    private mutating func buildEnterprises() {
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

    private mutating func enterpriseRecord(_ e: Int, location: Location) -> Organization {
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

    // MARK: - Hubs, government, finance, associations

    private mutating func buildHubsAndInstitutions() {
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

    // MARK: - Platforms

    private mutating func buildPlatforms() {
        let chainCount = chainIDs.count
        let count = max(chainCount + 4, parameters.enterprises / 250)
        let width = max(4, String(count).count)
        var number = 0
        func nextID() -> String {
            number += 1
            return "p" + pad(number, width: width)
        }
        for c in 0 ..< chainCount {
            let id = nextID()
            allianceOfChain.append(addNode(id))
            platforms.append(Platform(
                id: id, name: "\(Self.county)\(chainNames[c])产业技术创新战略联盟", type: .alliance, level: .county,
                host: chainLeader[c].map { nodeIDs[Int($0)] }, segments: segmentsOfChain[c].map { segmentIDs[$0] }.sorted(),
                provenance: sourced("report-2024 §一(二)"), asOf: Self.asOf))
        }
        // A pooled record, as reports give "34 municipal engineering centres" without names.
        let pooled = nextID()
        _ = addNode(pooled)
        platforms.append(Platform(
            id: pooled, name: "市级工程技术研究中心（汇总）", type: .engineeringCenter, level: .municipal,
            count: 10 + rng.next(below: 30), provenance: provenance("report-2024 §一(二)"), asOf: Self.asOf))
        while number < count {
            let id = nextID()
            let node = addNode(id)
            let status: PlatformStatus = switch rng.next(below: 100) {
            case 0 ..< 90: .operating
            case 90 ..< 96: .building
            default: .planned
            }
            // The first is an incubator, so every map has something to incubate firms.
            let type = incubatorNodes.isEmpty ? PlatformType.incubator
                : [PlatformType.engineeringCenter, .lab, .incubator, .makerSpace, .workstation, .servicePlatform, .market][
                    rng.index(weights: [35, 10, 12, 15, 10, 12, 6])]
            var platform = Platform(id: id, name: "", type: type, level: .county, status: status,
                                    provenance: sourced(rng.chance(70) ? "report-2024 §一(二)" : "chains-ref"), asOf: Self.asOf)
            switch type {
            case .engineeringCenter, .makerSpace, .workstation:
                let host = Int(allEnterprises.pick(&rng) ?? 0)
                let segment = enterpriseSegments[host][0]
                platform.host = nodeIDs[host]
                platform.segments = [segmentIDs[segment]]
                let noun = segmentTemplate[segment].noun
                if type == .makerSpace {
                    platform.name = "\(enterpriseBrand[host])众创空间"
                    platform.level = rng.chance(60) ? .county : .provincial
                } else {
                    let techs = distinct(1 + rng.next(below: 3), of: segmentTechnologies[segment])
                    platform.technologies = techs.map { technologies[$0].id }.sorted()
                    platform.name = type == .workstation ? "\(enterpriseBrand[host])院士专家工作站" : "\(enterpriseBrand[host])\(noun)工程技术研究中心"
                    platform.level = type == .workstation ? .provincial : [Level.provincial, .municipal, .county][rng.index(weights: [30, 50, 20])]
                }
                if type == .makerSpace { incubatorNodes.append(node) }
            case .lab:
                let hub = rng.next(below: hubNodes.count)
                let techs = distinct(min(hubTechnologies[hub].count, 2 + rng.next(below: 4)), of: hubTechnologies[hub]).sorted()
                platform.host = nodeIDs[Int(hubNodes[hub])]
                platform.technologies = techs.map { technologies[$0].id }
                let noun = techs.first.map { segmentTemplate[technologySegment[$0]].noun } ?? "产业"
                platform.name = "\(hubNames[hub])\(noun)重点实验室"
                platform.level = [Level.provincial, .national, .municipal][rng.index(weights: [60, 20, 20])]
            case .incubator:
                if rng.chance(50), !governmentNodes.isEmpty { platform.host = nodeIDs[Int(rng.element(of: governmentNodes))] }
                let segments = distinct(2 + rng.next(below: 3), of: Array(segmentIDs.indices))
                platform.segments = segments.map { segmentIDs[$0] }.sorted()
                platform.name = "\(Self.county)\(rng.element(of: Vocabulary.places))科技企业孵化器"
                platform.level = rng.chance(60) ? .county : .provincial
                incubatorNodes.append(node)
            case .servicePlatform:
                let c = rng.next(below: chainCount)
                let members = segmentsOfChain[c]
                platform.segments = distinct(min(members.count, 2 + rng.next(below: 3)), of: members).map { segmentIDs[$0] }.sorted()
                platform.name = "\(chainNames[c])公共技术服务平台"
                platform.level = rng.chance(70) ? .county : .municipal
            default:
                platform.name = "科技要素大市场\(rng.element(of: Vocabulary.places))工作站"
            }
            platforms.append(platform)
        }
    }

    // MARK: - Experts

    private mutating func buildExperts() {
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

    // MARK: - Demands

    private mutating func buildDemands() {
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

    // MARK: - Relations

    private mutating func buildRelations() {
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
    private mutating func drawRelation(_ type: RelationType) -> (Int32, Int32)? {
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

    // MARK: - Indicators

    private func indicators() -> [Indicator] {
        let n = parameters.enterprises
        let highTech = organizations.filter { $0.tags.contains(.highTech) }.count
        let commissioners = experts.filter { $0.role == .commissioner }.reduce(0) { $0 + $1.headcount }
        let contracted = demands.filter { $0.status == .contracted || $0.status == .solved }.count
        // Hundredths as integers, so the values print the same everywhere.
        func money(_ hundredths: Int) -> Double { Double(hundredths) / 100 }
        let source = Provenance(parsing: "report-2024 §二(一)")
        return [
            Indicator(id: "commissioners", name: "科技特派员人数", nameEN: "Technology commissioners", unit: "人",
                      values: [YearValue(year: 2023, value: Double(commissioners * 9 / 10)), YearValue(year: 2024, value: Double(commissioners))],
                      targets: [YearValue(year: 2025, value: Double(commissioners + commissioners / 5))], provenance: source),
            Indicator(id: "high-tech", name: "高新技术企业数", nameEN: "High-tech enterprises", unit: "家",
                      values: [YearValue(year: 2022, value: Double(highTech * 7 / 10)), YearValue(year: 2023, value: Double(highTech * 85 / 100)),
                               YearValue(year: 2024, value: Double(highTech))],
                      targets: [YearValue(year: 2025, value: Double(highTech * 6 / 5))], provenance: source),
            Indicator(id: "rd-spending", name: "全社会研发经费投入", nameEN: "Gross R&D spending", unit: "亿元",
                      values: [YearValue(year: 2022, value: money(n * 37 / 100)), YearValue(year: 2023, value: money(n * 61 / 100))],
                      targets: [YearValue(year: 2025, value: money(n * 70 / 100))], provenance: source),
            Indicator(id: "tech-contracts", name: "技术合同成交额", nameEN: "Technology contract turnover", unit: "亿元",
                      values: [YearValue(year: 2024, value: money(contracted * 13))],
                      targets: [YearValue(year: 2025, value: money(contracted * 16))], provenance: source),
        ]
    }
}
