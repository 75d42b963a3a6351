/// The segment rules: 断链, 短板, 卡脖子, no platform — or, where the segment's records are not complete, the data
/// gap that says so instead.
extension GapAnalysis {
    /// - Parameter uncovered: collects the segment's uncovered technologies, for ``uncoveredGaps`` once per chain.
    static func segmentGaps(_ segment: Segment, chain: Chain, _ context: Context, into gaps: inout [Gap],
                            uncovered: inout [(technology: String, segment: Segment, label: String)]) {
        let text = context.text
        let enterprises = (context.localEnterprisesBySegment[segment.id] ?? []).map { context.map.organizations[Int($0)] }
        let label = text.segmentLabel(context.name(segment.id), id: segment.id, stage: segment.stage)
        let survey = chain.survey(of: segment)
        guard survey == .complete else {
            // Absences in an unsurveyed segment rest on missing data: one data gap, none of the industry rules.
            gaps.append(Gap(
                kind: .unsurveyedSegment, severity: .low, subject: segment.id, nodes: [segment.id] + enterprises.map(\.id),
                chain: chain.id, segment: segment.id,
                evidence: text.unsurveyedSegment(label, state: survey, recorded: enterprises.count),
                action: text.unsurveyedSegmentAction, sources: context.sources([segment.provenance, chain.provenance])))
            return
        }
        if enterprises.isEmpty {
            gaps.append(Gap(
                kind: .missingSegment, severity: .high, subject: segment.id, nodes: [segment.id], chain: chain.id, segment: segment.id,
                evidence: text.missingSegment(label, chain: context.name(chain.id)),
                action: text.missingSegmentAction(context.name(segment.id), downstream: segment.stage == .downstream),
                sources: context.sources([segment.provenance])))
        } else {
            let strong = enterprises.filter { $0.tags.contains(.highTech) || $0.tags.contains(.aboveScale) }
            if enterprises.count == 1 || strong.isEmpty {
                let who = text.list(enterprises.map { context.label($0.id) }.sorted())
                gaps.append(Gap(
                    kind: .weakSegment, severity: .medium, subject: segment.id, nodes: [segment.id] + enterprises.map(\.id).sorted(),
                    chain: chain.id, segment: segment.id,
                    evidence: enterprises.count == 1 ? text.weakSegmentOnlyOne(label, who: who) : text.weakSegmentNoneStrong(label, who: who),
                    action: text.weakSegmentAction(who), sources: context.sources([segment.provenance] + enterprises.map(\.provenance))))
            }
        }
        technologyGaps(segment, chain: chain, label: label, enterprises: enterprises, context, into: &gaps, uncovered: &uncovered)
        if !context.segmentsWithPlatform.contains(segment.id) {
            gaps.append(Gap(
                kind: .noPlatform, severity: .low, subject: segment.id, nodes: [segment.id], chain: chain.id, segment: segment.id,
                evidence: text.noPlatform(label), action: text.noPlatformAction(context.name(segment.id)),
                sources: context.sources([segment.provenance])))
        }
    }

    /// Needed technologies no local actor masters: uncovered when the segment's local enterprises all have their
    /// technologies recorded, otherwise one data gap naming the enterprises whose technologies are unknown.
    private static func technologyGaps(_ segment: Segment, chain: Chain, label: String, enterprises: [Organization],
                                       _ context: Context, into gaps: inout [Gap],
                                       uncovered: inout [(technology: String, segment: Segment, label: String)]) {
        let text = context.text
        var seen: Set<String> = []
        let lacking = segment.technologies.filter { technology in
            guard seen.insert(technology).inserted, let position = context.technologyIndex[technology] else { return false }
            return context.localMasters[Int(position)].isEmpty
        }
        guard !lacking.isEmpty else { return }
        let unknown = enterprises.filter(\.technologies.isEmpty)
        if !unknown.isEmpty {
            gaps.append(Gap(
                kind: .unknownTechnologies, severity: lacking.contains(where: { isChokepoint($0, context) }) ? .medium : .low,
                subject: segment.id, nodes: [segment.id] + unknown.map(\.id) + lacking, chain: chain.id, segment: segment.id,
                evidence: text.unknownTechnologies(label, who: unknown.map { context.label($0.id) }, technologies: lacking.map(context.name)),
                action: text.unknownTechnologiesAction, sources: context.sources([segment.provenance] + unknown.map(\.provenance))))
            return
        }
        // One row per technology and chain (see ``uncoveredGaps``), however many segments need it.
        for technology in lacking { uncovered.append((technology, segment, label)) }
    }

    /// The uncovered-technology gaps of one chain: one per technology, naming every segment that needs it, in
    /// the order the chain first needs them.
    static func uncoveredGaps(_ uncovered: [(technology: String, segment: Segment, label: String)], chain: Chain,
                              _ context: Context, into gaps: inout [Gap]) {
        let text = context.text
        var order: [String] = []
        var needers: [String: [(segment: Segment, label: String)]] = [:]
        for item in uncovered {
            if needers[item.technology] == nil { order.append(item.technology) }
            needers[item.technology, default: []].append((item.segment, item.label))
        }
        for technology in order {
            guard let position = context.technologyIndex[technology], let segments = needers[technology], let first = segments.first
            else { continue }
            let record = context.map.technologies[Int(position)]
            let outside = context.allMasters[Int(position)].sorted()
            let outsideNames = context.text.firstFew(outside.map(context.label))
            gaps.append(Gap(
                kind: .uncoveredTechnology, severity: record.chokepoint ? .high : .medium, subject: technology,
                nodes: [technology] + segments.map(\.segment.id) + outside, chain: chain.id, segment: first.segment.id,
                evidence: text.uncoveredTechnology(context.name(technology), chokepoint: record.chokepoint,
                                                   chokepointAssumed: record.chokepointAssumed,
                                                   label: text.list(segments.map(\.label)), outside: outsideNames),
                action: text.uncoveredTechnologyAction(context.name(technology), outside: outsideNames),
                sources: context.sources(segments.map(\.segment.provenance) + [record.provenance]
                    + (record.chokepoint ? record.chokepointProvenance.map { [$0] } ?? [] : []))))
        }
    }

    private static func isChokepoint(_ technology: String, _ context: Context) -> Bool {
        context.technologyIndex[technology].map { context.map.technologies[Int($0)].chokepoint } ?? false
    }
}
