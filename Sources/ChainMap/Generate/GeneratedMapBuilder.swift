import ChainGraph

/// The state of one generation run. Records are drawn in a fixed order from one generator, so the code order here
/// is part of the output: reordering draws changes every map (but never breaks validity).
struct GeneratedMapBuilder {
    typealias Vocabulary = GeneratorVocabulary

    let parameters: MapGenerator
    var rng: SplitMix64
    /// Provenances by their text, so equal sources share one array (a million relations cite a handful of texts).
    var provenanceCache: [String: Provenance] = [:]

    // Chains, segments, technologies (global indices).
    var templates: [Vocabulary.ChainTemplate] = []
    var chainIDs: [String] = []
    var chainNames: [String] = []
    var segmentIDs: [String] = []
    var segmentChain: [Int] = []
    var segmentTemplate: [Vocabulary.SegmentTemplate] = []
    var segmentNext: [[Int]] = []
    var segmentPrevious: [[Int]] = []
    var segmentTechnologies: [[Int]] = []
    var segmentsOfChain: [[Int]] = []
    var technologies: [Technology] = []
    var technologySegment: [Int] = []

    // Every record that relations may name, by node number; enterprises are nodes 0..<enterprises.
    var nodeIDs: [String] = []
    var enterpriseSegments: [[Int]] = []
    var enterpriseWeight: [Int] = []
    var enterpriseLocal: [Bool] = []
    var enterpriseBrand: [String] = []
    /// Enterprises of each segment (by primary segment) and of each chain, weighted by size.
    var clusters: [WeightedPicker] = []
    var chainEnterprises: [WeightedPicker] = []
    var chainLocalEnterprises: [WeightedPicker] = []
    var allEnterprises = WeightedPicker()
    var localEnterprises = WeightedPicker()
    /// Enterprises of weight ≥ 50 (about 9 %): the members of alliances and associations.
    var notableEnterprises = WeightedPicker()
    /// Enterprises whose primary segment feeds another: the tails of `supplies`.
    var supplyingEnterprises = WeightedPicker()
    var chainLeader: [Int32?] = []

    var organizations: [Organization] = []
    var hubNodes: [Int32] = []
    var hubTechnologies: [[Int]] = []
    var hubNames: [String] = []
    var hubsOfChain: [[Int]] = []
    var governmentNodes: [Int32] = []
    var financeNodes: [Int32] = []
    var associationOfChain: [Int32] = []

    var platforms: [Platform] = []
    var allianceOfChain: [Int32] = []
    var incubatorNodes: [Int32] = []

    var experts: [Expert] = []
    var expertsOfChain: [[Int32]] = []

    var demands: [Demand] = []
    var relations = RelationList()

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
    mutating func sourced(_ text: String) -> Provenance {
        let draw = rng.next(below: 200)
        let share = parameters.assumedPercent
        if draw < share { return provenance("assumed") }
        if draw < 2 * share { return provenance(text + "; assumed") }
        return provenance(text)
    }

    mutating func provenance(_ text: String) -> Provenance {
        if let cached = provenanceCache[text] { return cached }
        let value = Provenance(parsing: text)
        provenanceCache[text] = value
        return value
    }

    func pad(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    func width(for count: Int) -> Int { max(2, String(count).count) }

    func stage(of segment: Int) -> Stage {
        let position = segmentsOfChain[segmentChain[segment]].firstIndex(of: segment) ?? 0
        let count = segmentsOfChain[segmentChain[segment]].count
        return [Stage.upstream, .midstream, .downstream][min(2, position * 3 / max(1, count))]
    }

    /// `count` distinct elements of `pool`, in pool order.
    mutating func distinct<T>(_ count: Int, of pool: [T]) -> [T] {
        rng.sample(count, from: pool.count).map { pool[$0] }
    }

    mutating func recordDate() -> PartialDate {
        switch rng.next(below: 10) {
        case 0: PartialDate(year: 2023, month: 12)
        case 1, 2: PartialDate(year: 2024, month: 6)
        default: Self.asOf
        }
    }

    /// An enterprise's size weight in tenths, Pareto-distributed with tail exponent 1.5 (P(W > w) = (10/w)^1.5,
    /// 10 … 100 000): a few large firms, many small ones, and degrees with exponent about 2.5 as in real registries.
    /// Integer arithmetic only (an exact integer cube root), so every platform draws the same weights.
    mutating func paretoWeight() -> Int {
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

    mutating func addNode(_ id: String) -> Int32 {
        nodeIDs.append(id)
        return Int32(nodeIDs.count - 1)
    }
}
