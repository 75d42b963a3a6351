import ChainMap

extension ReportPayload {
    /// The analyses the page embeds.
    struct Analyses {
        var gaps: [Gap]
        var candidates: [DemandCandidates]
        var matching: ExpertMatching?
        var indicators: [IndicatorProgress]
    }

    /// Runs the analyses, in the page's language (their evidence, actions and explanations).
    ///
    /// The assignment is the report's largest working set (the ranking's indexes and the assignment's network), so
    /// it runs before any of the page is made, and the ranking goes with it.
    /// - Complexity: the analyses' costs.
    static func analyses(_ map: InnovationMap, options: ReportOptions) -> Analyses {
        let language: Language = options.language == .en ? .en : .zh
        let (candidates, matching) = {
            let ranking = CandidateRanking(map: map, language: language)
            let matching = try? ExpertMatching.assign(in: map, language: language, ranking: ranking)
            let candidates = ranking
                .rank(demands: demandsWithCandidates(map, limit: options.demandsWithCandidates), top: options.candidatesPerDemand)
                .map(DemandCandidates.init)
            return (candidates, matching)
        }()
        return Analyses(gaps: GapAnalysis.find(in: map, language: language), candidates: candidates, matching: matching,
                        indicators: IndicatorProgress.all(in: map, language: language))
    }

    /// The page's data for `map` without its records and ties, which ``PageRecords`` makes as they are written
    /// (``EmbeddedJSON/write(_:splicing:into:)``).
    ///
    /// - Complexity: O(size of the analyses and the map's chains and sources).
    static func make(_ map: InnovationMap, options: ReportOptions, text: ReportText, views: [View], since: Since?,
                     analyses: Analyses) -> ReportPayload {
        var sources: [String: SourceEntry] = [:]
        for source in map.sources {
            sources[source.id] = SourceEntry(
                title: source.title, publisher: source.publisher, date: source.date?.description ?? "",
                url: HTML.safeLink(source.url))
        }
        let language: Language = options.language == .en ? .en : .zh
        return ReportPayload(
            lang: options.language.rawValue, ui: text.all,
            kinds: Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0.rawValue, text.kind($0)) }),
            relations: Dictionary(uniqueKeysWithValues: EdgeKind.allCases.map { ($0.rawValue, text.relation($0)) }),
            chains: map.chains.map { [$0.id, text.name($0.name, $0.nameEN)] },
            records: [], sources: sources, edges: [], views: views,
            gaps: analyses.gaps, candidates: analyses.candidates, matching: analyses.matching,
            indicators: analyses.indicators, words: words(text, language: language), since: since)
    }

    /// The open demands the report ranks candidates for: the `limit` most recently posted (undated last), by id
    /// among equals.
    static func demandsWithCandidates(_ map: InnovationMap, limit: Int) -> [Demand] {
        let open = map.demands.filter { $0.status == .open }.sorted { first, second in
            switch (first.posted, second.posted) {
            case let (a?, b?) where a != b: a > b
            case (_?, nil): true
            case (nil, _?): false
            default: first.id < second.id
            }
        }
        return Array(open.prefix(max(limit, 0)))
    }

    /// The vocabularies' words in the page's language.
    static func words(_ text: ReportText, language: Language) -> Words {
        let messages = Messages(language)
        return Words(
            gapKinds: Dictionary(uniqueKeysWithValues: Gap.Kind.allCases.map { ($0.rawValue, text.gapKind($0)) }),
            severities: Dictionary(uniqueKeysWithValues: Gap.Severity.allCases.map { ($0.rawValue, messages.severity($0)) }),
            groups: Dictionary(uniqueKeysWithValues: Gap.Group.allCases.map { ($0.rawValue, messages.group($0)) }),
            statuses: Dictionary(uniqueKeysWithValues: DemandStatus.allCases.map { ($0.rawValue, text.demandStatus($0)) }))
    }
}

/// Which chains each record belongs to, for the page's chain filter.
struct RecordChains {
    private var chainOfSegment: [String: String] = [:]
    private var chainsOfTechnology: [String: [String]] = [:]
    private var chainsOfRecord: [String: [String]] = [:]
    private let order: [String: Int]

    /// - Complexity: O(n + r).
    init(_ map: InnovationMap) {
        order = Dictionary(map.chains.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for segment in map.segments {
            chainOfSegment[segment.id] = segment.chain
            for technology in segment.technologies { chainsOfTechnology[technology, default: []].append(segment.chain) }
        }
        func via(segments: [String], technologies: [String]) -> [String] {
            let direct = segments.compactMap { chainOfSegment[$0] }
            return direct.isEmpty ? technologies.flatMap { chainsOfTechnology[$0] ?? [] } : direct
        }
        for organization in map.organizations {
            chainsOfRecord[organization.id] = via(segments: organization.segments, technologies: organization.technologies)
        }
        for platform in map.platforms {
            chainsOfRecord[platform.id] = via(segments: platform.segments, technologies: platform.technologies)
        }
        for expert in map.experts {
            let served = expert.serves.flatMap { chainsOfRecord[$0] ?? [] }
            chainsOfRecord[expert.id] = served.isEmpty ? via(segments: [], technologies: expert.technologies) : served
        }
        for demand in map.demands {
            if let segment = demand.segment, let chain = chainOfSegment[segment] {
                chainsOfRecord[demand.id] = [chain]
            } else {
                chainsOfRecord[demand.id] = chainsOfRecord[demand.enterprise] ?? []
            }
        }
    }

    /// The chains of the record `id`, distinct, in map order.
    func of(_ id: String, kind: NodeKind) -> [String] {
        let chains: [String]
        switch kind {
        case .chain: chains = [id]
        case .segment: chains = chainOfSegment[id].map { [$0] } ?? []
        case .technology: chains = chainsOfTechnology[id] ?? []
        case .indicator: chains = []
        default: chains = chainsOfRecord[id] ?? []
        }
        return Array(Set(chains)).sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
    }
}

/// The attributes `chainmap show` lists, indexed once for every record.
struct RecordAttributes {
    private var pairs: [String: [[String]]] = [:]

    /// - Complexity: O(n + r).
    init(_ map: InnovationMap) {
        func list(_ items: [String]) -> String { items.joined(separator: "; ") }
        func set(_ id: String, _ items: [(String, String)]) {
            pairs[id] = items.filter { !$0.1.isEmpty }.map { [$0.0, $0.1] }
        }
        for chain in map.chains {
            set(chain.id, [("segments", list(chain.segments.map(\.id)))])
            for segment in chain.segments {
                set(segment.id, [("chain", segment.chain), ("stage", segment.stage.rawValue),
                                 ("technologies", list(segment.technologies)), ("next", list(segment.next))])
            }
        }
        for technology in map.technologies {
            set(technology.id, [("field", technology.field), ("keywords", list(technology.keywords)),
                                ("chokepoint", technology.chokepoint ? "true" : "")])
        }
        for organization in map.organizations {
            set(organization.id, [
                ("kind", organization.kind.rawValue), ("location", organization.location.rawValue),
                ("segments", list(organization.segments)), ("technologies", list(organization.technologies)),
                ("tags", list(organization.tags.map(\.rawValue))), ("as_of", organization.asOf?.description ?? ""),
            ])
        }
        for platform in map.platforms {
            set(platform.id, [
                ("type", platform.type.rawValue), ("level", platform.level.rawValue), ("host", platform.host ?? ""),
                ("segments", list(platform.segments)), ("technologies", list(platform.technologies)),
                ("status", platform.status.rawValue), ("count", String(platform.count)),
                ("as_of", platform.asOf?.description ?? ""),
            ])
        }
        for expert in map.experts {
            set(expert.id, [
                ("role", expert.role.rawValue), ("level", expert.level?.rawValue ?? ""), ("affiliation", expert.affiliation ?? ""),
                ("technologies", list(expert.technologies)), ("fields", list(expert.fields)),
                ("capacity", String(expert.capacity)), ("serves", list(expert.serves)), ("headcount", String(expert.headcount)),
                ("as_of", expert.asOf?.description ?? ""),
            ])
        }
        for demand in map.demands {
            set(demand.id, [
                ("enterprise", demand.enterprise), ("title", demand.title), ("technologies", list(demand.technologies)),
                ("segment", demand.segment ?? ""), ("status", demand.status.rawValue), ("posted", demand.posted?.description ?? ""),
            ])
        }
        for indicator in map.indicators {
            func years(_ values: [YearValue]) -> String {
                values.map { "\($0.year): \(NumberFormatting.plain($0.value))" }.joined(separator: "; ")
            }
            set(indicator.id, [("unit", indicator.unit), ("values", years(indicator.values)), ("targets", years(indicator.targets))])
        }
    }

    /// The attributes of `id` as [name, value] pairs.
    func of(_ id: String) -> [[String]] { pairs[id] ?? [] }
}
