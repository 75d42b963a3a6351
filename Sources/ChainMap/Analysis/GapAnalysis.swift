/// Finds where the chains are broken and where the map is thin: `chainmap gaps`.
///
/// Every rule is documented on ``Gap/Kind``; each gap carries its evidence and a suggested action
/// (补链 fill, 强链 strengthen, 延链 extend).
public enum GapAnalysis {
    /// - Parameters:
    ///   - map: the map (already filtered by provenance if wanted).
    ///   - chain: only gaps of this chain (and map-wide gaps that concern it).
    ///   - kinds: only these kinds; all when empty.
    ///   - asOfYear: the year indicators are judged from (default: the map's `as_of`).
    /// - Returns: gaps sorted by severity, kind, chain, subject.
    /// - Complexity: O(*n* + *e*) plus O(*d* · *t* · *k*) for inferring demand technologies.
    public static func find(in map: InnovationMap, chain chainID: String? = nil, kinds: Set<Gap.Kind> = []) -> [Gap] {
        let context = Context(map: map)
        var gaps: [Gap] = []
        for chain in map.chains where chainID == nil || chain.id == chainID {
            for segment in chain.segments {
                gaps += segmentGaps(segment, chain: chain, context)
            }
        }
        gaps += demandGaps(context, chain: chainID)
        gaps += expertGaps(context, chain: chainID)
        if chainID == nil {
            gaps += isolatedGaps(context)
            gaps += IndicatorProgress.all(in: map).compactMap(\.shortfall)
        }
        return gaps.filter { kinds.isEmpty || kinds.contains($0.kind) }
            .sorted { ($0.severity, $0.kind.rawValue, $0.chain ?? "", $0.subject) < ($1.severity, $1.kind.rawValue, $1.chain ?? "", $1.subject) }
    }

    /// Lookups shared by the rules.
    struct Context {
        let map: InnovationMap
        let localEnterprisesBySegment: [String: [Organization]]
        let platformsBySegment: [String: [Platform]]
        /// Who masters each technology: local ones and all.
        let localMasters: [String: [String]]
        let allMasters: [String: [String]]
        let names: [String: String]
        let segmentChain: [String: String]

        init(map: InnovationMap) {
            self.map = map
            var enterprises: [String: [Organization]] = [:]
            var local: [String: Set<String>] = [:]
            var all: [String: Set<String>] = [:]
            for organization in map.organizations {
                if organization.kind == .enterprise && organization.isLocal {
                    for segment in organization.segments { enterprises[segment, default: []].append(organization) }
                }
                for technology in organization.technologies {
                    all[technology, default: []].insert(organization.id)
                    if organization.isLocal { local[technology, default: []].insert(organization.id) }
                }
            }
            var platforms: [String: [Platform]] = [:]
            let locality = Locality(map)
            for platform in map.platforms {
                for segment in platform.segments { platforms[segment, default: []].append(platform) }
                for technology in platform.technologies {
                    all[technology, default: []].insert(platform.id)
                    if locality.isLocal(platform) { local[technology, default: []].insert(platform.id) }
                }
            }
            for expert in map.experts {
                for technology in expert.technologies {
                    all[technology, default: []].insert(expert.id)
                    if locality.isLocal(expert) { local[technology, default: []].insert(expert.id) }
                }
            }
            localEnterprisesBySegment = enterprises
            platformsBySegment = platforms
            localMasters = local.mapValues { $0.sorted() }
            allMasters = all.mapValues { $0.sorted() }
            names = Dictionary(map.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            segmentChain = Dictionary(map.segments.map { ($0.id, $0.chain) }, uniquingKeysWith: { first, _ in first })
        }

        func name(_ id: String) -> String { names[id].map { "\($0) (\(id))" } ?? id }

        func sources(_ provenances: [Provenance]) -> [String] {
            Array(Set(provenances.flatMap(\.keys))).sorted()
        }
    }

    private static func segmentGaps(_ segment: Segment, chain: Chain, _ context: Context) -> [Gap] {
        var gaps: [Gap] = []
        let enterprises = context.localEnterprisesBySegment[segment.id] ?? []
        let label = "\(segment.name) (\(segment.id), \(segment.stage.chineseName))"
        if enterprises.isEmpty {
            let verb = segment.stage == .downstream ? "延链: attract or incubate an enterprise to extend the chain into" : "补链: attract or incubate an enterprise for"
            gaps.append(Gap(
                kind: .missingSegment, severity: .high, subject: segment.id, nodes: [segment.id], chain: chain.id, segment: segment.id,
                evidence: "no local enterprise works in \(label) of \(chain.name)",
                action: "\(verb) \(segment.name)", sources: context.sources([segment.provenance])))
        } else {
            let strong = enterprises.filter { $0.tags.contains(.highTech) || $0.tags.contains(.aboveScale) }
            if enterprises.count == 1 || strong.isEmpty {
                let who = enterprises.map { context.name($0.id) }.sorted().joined(separator: ", ")
                let why = enterprises.count == 1 ? "only one local enterprise (\(who))" : "none of \(who) is high-tech or above-scale"
                gaps.append(Gap(
                    kind: .weakSegment, severity: .medium, subject: segment.id, nodes: [segment.id] + enterprises.map(\.id).sorted(),
                    chain: chain.id, segment: segment.id, evidence: "\(label): \(why)",
                    action: "强链: help \(who) toward high-tech status, or bring in a second enterprise",
                    sources: context.sources([segment.provenance] + enterprises.map(\.provenance))))
            }
        }
        for technology in segment.technologies where (context.localMasters[technology] ?? []).isEmpty {
            let record = context.map.technologies.first { $0.id == technology }
            let chokepoint = record?.chokepoint ?? false
            let outside = context.allMasters[technology] ?? []
            let outsideText = outside.isEmpty
                ? "nobody in the map masters it"
                : "outside the county: \(outside.map(context.name).joined(separator: ", "))"
            let action = outside.isEmpty
                ? "揭榜挂帅: post an open call for \(record?.name ?? technology)"
                : "强链: partner with \(outside.map(context.name).joined(separator: ", "))"
            gaps.append(Gap(
                kind: .uncoveredTechnology, severity: chokepoint ? .high : .medium, subject: technology,
                nodes: [technology, segment.id] + outside, chain: chain.id, segment: segment.id,
                evidence: "\(record?.name ?? technology)\(chokepoint ? " (卡脖子 chokepoint)" : "") is needed by \(label); no local organization, platform or expert masters it; \(outsideText)",
                action: action, sources: context.sources([segment.provenance] + (record.map { [$0.provenance] } ?? []))))
        }
        if (context.platformsBySegment[segment.id] ?? []).isEmpty {
            gaps.append(Gap(
                kind: .noPlatform, severity: .low, subject: segment.id, nodes: [segment.id], chain: chain.id, segment: segment.id,
                evidence: "no innovation platform serves \(label)",
                action: "强链: set up or link an engineering centre, workstation or incubator for \(segment.name)",
                sources: context.sources([segment.provenance])))
        }
        return gaps
    }

    /// An open demand is unmet when nobody outside the posting enterprise masters any technology it needs.
    private static func demandGaps(_ context: Context, chain chainID: String?) -> [Gap] {
        var gaps: [Gap] = []
        for demand in context.map.demands where demand.status == .open {
            let chain = demand.segment.flatMap { context.segmentChain[$0] }
            if let chainID, chain != chainID { continue }
            let (technologies, inferred) = context.map.technologies(of: demand)
            let candidates = Set(technologies.flatMap { context.allMasters[$0] ?? [] }).subtracting([demand.enterprise]).sorted()
            guard candidates.isEmpty else { continue }
            let what = technologies.isEmpty
                ? "its technologies are not listed and none could be inferred from the title"
                : "nobody in the map masters \(technologies.map(context.name).joined(separator: ", "))\(inferred ? " (inferred from the title)" : "")"
            gaps.append(Gap(
                kind: .unmetDemand, severity: technologies.isEmpty ? .medium : .high, subject: demand.id,
                nodes: [demand.id, demand.enterprise] + technologies, chain: chain, segment: demand.segment,
                evidence: "open demand “\(demand.title)” of \(context.name(demand.enterprise)): \(what)",
                action: technologies.isEmpty ? "list the demand's technologies, then look for partners" : "揭榜挂帅: post the demand as an open call",
                sources: context.sources([demand.provenance])))
        }
        return gaps
    }

    private static func expertGaps(_ context: Context, chain chainID: String?) -> [Gap] {
        var gaps: [Gap] = []
        let organizations = Dictionary(context.map.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let technologyField = Dictionary(context.map.technologies.map { ($0.id, $0.field) }, uniquingKeysWith: { first, _ in first })
        let segmentTechnologies = Dictionary(context.map.segments.map { ($0.id, Set($0.technologies)) }, uniquingKeysWith: { first, _ in first })
        for expert in context.map.experts {
            if expert.hasUnknownSkills {
                if chainID != nil { continue }
                gaps.append(Gap(
                    kind: .unknownSkills, severity: expert.headcount > 1 ? .medium : .low, subject: expert.id, nodes: [expert.id],
                    chain: nil,
                    evidence: "\(context.name(expert.id)): \(expert.headcount) \(expert.headcount > 1 ? "people" : "person") whose fields and technologies are not recorded, so they cannot be matched",
                    action: "record each person's fields and technologies (科技专家服务平台)", sources: context.sources([expert.provenance])))
                continue
            }
            guard expert.role == .commissioner || expert.role == .threeRegions else { continue }
            let skills = Set(expert.technologies)
            let fields = Set(expert.fields)
            for served in expert.serves.sorted() {
                guard let organization = organizations[served] else { continue }
                let needed = Set(organization.technologies).union(organization.segments.flatMap { segmentTechnologies[$0] ?? [] })
                let sharedTechnology = !skills.isDisjoint(with: needed)
                let sharedField = needed.contains { fields.contains(technologyField[$0] ?? "") }
                if sharedTechnology || sharedField { continue }
                let chain = organization.segments.compactMap { context.segmentChain[$0] }.sorted().first
                if let chainID, chain != chainID { continue }
                gaps.append(Gap(
                    kind: .expertMismatch, severity: .medium, subject: expert.id, nodes: [expert.id, served], chain: chain,
                    evidence: "\(context.name(expert.id)) serves \(context.name(served)) but shares no technology or field with its segments",
                    action: "reassign: see `chainmap match`", sources: context.sources([expert.provenance, organization.provenance])))
            }
        }
        return gaps
    }

    private static func isolatedGaps(_ context: Context) -> [Gap] {
        var touched: Set<String> = []
        for edge in context.map.edges {
            touched.insert(edge.from)
            touched.insert(edge.to)
        }
        return context.map.organizations.filter { !touched.contains($0.id) }.map { organization in
            Gap(kind: .isolated, severity: organization.isLocal ? .medium : .low, subject: organization.id, nodes: [organization.id],
                chain: nil, evidence: "\(context.name(organization.id)) has no segment, technology, platform, expert or relation",
                action: organization.isLocal ? "record its segment and technologies, or its partners" : "remove it or record what ties it to the county",
                sources: context.sources([organization.provenance]))
        }
    }
}
