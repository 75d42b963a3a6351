/// The rules about actors and the map as a whole: unmet and undescribed demands, expert mismatch and unknown
/// skills, no local research, isolated and stale records, and the sources' own findings.
extension GapAnalysis {
    /// An open demand is unmet when nobody but the posting enterprise masters any technology it needs (exactly, or
    /// an expert by field) — a partner who does answers it (`candidates` names that partner); a demand whose
    /// technologies are unknown is a data gap.
    static func demandGaps(_ context: Context, chain chainID: String?, into gaps: inout [Gap]) {
        let text = context.text
        let open = context.map.demands.filter { $0.status == .open }
        guard !open.isEmpty else { return }
        let inference = TechnologyInference.Index(context.map.technologies)
        for demand in open {
            let chain = demand.segment.flatMap { context.segmentChain[$0] }
            if let chainID, chain != chainID { continue }
            let listed = !demand.technologies.isEmpty
            let technologies = listed ? demand.technologies : inference.infer(from: demand.title).map(\.id)
            let enterprise = context.label(demand.enterprise)
            guard !technologies.isEmpty else {
                gaps.append(Gap(
                    kind: .undescribedDemand, severity: .medium, subject: demand.id, nodes: [demand.id, demand.enterprise],
                    chain: chain, segment: demand.segment, evidence: text.undescribedDemand(demand.title, enterprise: enterprise),
                    action: text.undescribedDemandAction, sources: context.sources([demand.provenance])))
                continue
            }
            var answered = false, onlySelf = false
            // Stops at the first master other than the poster: O(1) per technology on a typical map.
            search: for technology in technologies {
                guard let position = context.technologyIndex[technology].map(Int.init) else { continue }
                for masters in [context.allMasters[position], context.fieldMasters[position]] {
                    for master in masters {
                        if master != demand.enterprise {
                            answered = true
                            break search
                        }
                        onlySelf = true
                    }
                }
            }
            guard !answered else { continue }
            gaps.append(Gap(
                kind: .unmetDemand, severity: onlySelf ? .medium : .high, subject: demand.id,
                nodes: [demand.id, demand.enterprise] + technologies, chain: chain, segment: demand.segment,
                evidence: text.unmetDemand(demand.title, enterprise: enterprise, technologies: technologies.map(context.label),
                                           inferred: !listed, onlySelf: onlySelf),
                action: text.unmetDemandAction, sources: context.sources([demand.provenance])))
        }
    }

    static func expertGaps(_ context: Context, chain chainID: String?, into gaps: inout [Gap]) {
        let text = context.text
        let technologyField = context.map.technologies.map(\.field)
        var segmentTechnologies: [String: [String]] = [:]
        for segment in context.map.segments { segmentTechnologies[segment.id] = segment.technologies }
        for expert in context.map.experts {
            if expert.hasUnknownSkills {
                if chainID != nil { continue }
                gaps.append(Gap(
                    kind: .unknownSkills, severity: expert.headcount > 1 ? .medium : .low, subject: expert.id, nodes: [expert.id],
                    chain: nil, evidence: text.unknownSkills(context.label(expert.id), people: expert.headcount),
                    action: text.unknownSkillsAction, sources: context.sources([expert.provenance])))
                continue
            }
            guard expert.role == .commissioner || expert.role == .threeRegions else { continue }
            let skills = Set(expert.technologies)
            let fields = Set(expert.fields)
            for served in expert.serves.sorted() {
                guard let position = context.organizationIndex[served] else { continue }
                let organization = context.map.organizations[Int(position)]
                let needed = Set(organization.technologies).union(organization.segments.flatMap { segmentTechnologies[$0] ?? [] })
                let sharedTechnology = !skills.isDisjoint(with: needed)
                let sharedField = needed.contains { id in
                    context.technologyIndex[id].map { fields.contains(technologyField[Int($0)]) } ?? false
                }
                if sharedTechnology || sharedField { continue }
                let chain = organization.segments.compactMap { context.segmentChain[$0] }.sorted().first
                if let chainID, chain != chainID { continue }
                gaps.append(Gap(
                    kind: .expertMismatch, severity: .medium, subject: expert.id, nodes: [expert.id, served], chain: chain,
                    evidence: text.expertMismatch(context.label(expert.id), serves: context.label(served)),
                    action: text.expertMismatchAction, sources: context.sources([expert.provenance, organization.provenance])))
            }
        }
    }

    /// 科研机构较少: no university or institute of the map is in the county.
    static func researchGap(_ context: Context, into gaps: inout [Gap]) {
        let research = context.map.organizations.filter { $0.kind == .university || $0.kind == .institute }
        guard !research.contains(where: \.isLocal), !context.map.organizations.isEmpty else { return }
        let outside = research.sorted { ($0.location, $0.id) < ($1.location, $1.id) }
        gaps.append(Gap(
            kind: .noLocalResearch, severity: .medium, subject: context.map.id, nodes: outside.map(\.id), chain: nil,
            evidence: context.text.noLocalResearch(outside.map { "\(context.label($0.id)) [\(context.text.location($0.location))]" }),
            action: context.text.noLocalResearchAction, sources: context.sources(outside.map(\.provenance))))
    }

    /// Organizations no record or relation refers to, and that refer to nothing.
    static func isolatedGaps(_ context: Context, into gaps: inout [Gap]) {
        let map = context.map
        // Only organizations without segments or technologies can be isolated: few in a large map. Mark them, then
        // walk the references once; relations through their id table, one bit per distinct id, not a set of strings.
        // Numbered by distinct id: a duplicated id (a map with errors) is touched for both its records.
        var candidates: [String: Int] = [:]
        for organization in map.organizations where organization.segments.isEmpty && organization.technologies.isEmpty {
            if candidates[organization.id] == nil { candidates[organization.id] = candidates.count }
        }
        guard !candidates.isEmpty else { return }
        var touched = [Bool](repeating: false, count: candidates.count)
        func touch(_ id: String) { if let position = candidates[id] { touched[position] = true } }
        for platform in map.platforms { if let host = platform.host { touch(host) } }
        for expert in map.experts {
            if let affiliation = expert.affiliation { touch(affiliation) }
            expert.serves.forEach(touch)
        }
        for demand in map.demands { touch(demand.enterprise) }
        let relationEnds = map.relations.ids.strings.map { candidates[$0] }
        for index in map.relations.indices {
            if let position = relationEnds[map.relations.fromIndex(index)] { touched[position] = true }
            if let position = relationEnds[map.relations.toIndex(index)] { touched[position] = true }
        }
        for organization in map.organizations
        where organization.segments.isEmpty && organization.technologies.isEmpty && !(candidates[organization.id].map { touched[$0] } ?? true) {
            gaps.append(Gap(
                kind: .isolated, severity: organization.isLocal ? .medium : .low, subject: organization.id, nodes: [organization.id],
                chain: nil, evidence: context.text.isolated(context.label(organization.id)),
                action: context.text.isolatedAction(local: organization.isLocal), sources: context.sources([organization.provenance])))
        }
    }

    /// Actors last confirmed two years or more before the map's own date.
    static func staleGaps(_ context: Context, into gaps: inout [Gap]) {
        let map = context.map
        // A record's month defaults to December and the map's to January: only a sure two-year gap counts.
        let now = map.asOf.year * 12 + (map.asOf.month ?? 1)
        func check(_ id: String, _ asOf: PartialDate?, _ provenance: Provenance) {
            guard let asOf, now - (asOf.year * 12 + (asOf.month ?? 12)) >= 24 else { return }
            gaps.append(Gap(
                kind: .staleRecord, severity: .low, subject: id, nodes: [id], chain: nil,
                evidence: context.text.staleRecord(context.label(id), asOf: asOf, mapAsOf: map.asOf),
                action: context.text.staleRecordAction, sources: context.sources([provenance])))
        }
        for organization in map.organizations { check(organization.id, organization.asOf, organization.provenance) }
        for platform in map.platforms { check(platform.id, platform.asOf, platform.provenance) }
        for expert in map.experts { check(expert.id, expert.asOf, expert.provenance) }
    }

    /// The sources' own findings, as they state them.
    static func findingGaps(_ context: Context, into gaps: inout [Gap]) {
        for finding in context.map.findings {
            let chain = finding.concerns.lazy.compactMap { id in
                context.segmentChain[id] ?? (context.map.chains.contains { $0.id == id } ? id : nil)
            }.first
            let statement = context.text.language == .en && !finding.textEN.isEmpty ? finding.textEN : finding.text
            gaps.append(Gap(
                kind: .reportedProblem, severity: Gap.Severity(rawValue: finding.severity) ?? .medium, subject: finding.id,
                nodes: finding.concerns, chain: chain, evidence: statement, action: context.text.reportedProblemAction,
                sources: context.sources([finding.provenance])))
        }
    }
}
