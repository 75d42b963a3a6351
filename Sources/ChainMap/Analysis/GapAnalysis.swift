/// Finds where the chains are broken and where the map is thin: `chainmap gaps`.
///
/// Every rule is documented on ``Gap/Kind``. Industry gaps (断链, 短板, 卡脖子, unmet demand, mismatch, shortfall,
/// the sources' own findings) come first, data gaps (unsurveyed segments, unknown technologies or skills, stale
/// records) after them: an absence counts as a fact only where the map says its records are complete
/// (``SurveyState``), so "not recorded" is never reported as "absent".
///
/// ```swift
/// let gaps = GapAnalysis.find(in: map, language: .en)
/// for gap in gaps where gap.group == .industry { print(gap.severity, gap.kind, gap.evidence) }
/// ```
public enum GapAnalysis {
    /// Finds the gaps of `map`.
    ///
    /// - Parameters:
    ///   - map: the map (already filtered by provenance if wanted).
    ///   - chainID: only gaps of this chain (and none of the map-wide ones).
    ///   - kinds: only these kinds; all when empty.
    ///   - language: the language of evidence and actions.
    /// - Returns: industry gaps, then data gaps, each sorted by severity, kind, chain, subject.
    /// - Complexity: O(*n* + *r*) in records and references, plus inferring demands' technologies from titles;
    ///   every rule is one pass over integer-indexed tables.
    public static func find(in map: InnovationMap, chain chainID: String? = nil, kinds: Set<Gap.Kind> = [],
                            language: Language = .zh) -> [Gap] {
        let context = Context(map: map, language: language)
        var gaps: [Gap] = []
        for chain in map.chains where chainID == nil || chain.id == chainID {
            var uncovered: [(technology: String, segment: Segment, label: String)] = []
            for segment in chain.segments {
                segmentGaps(segment, chain: chain, context, into: &gaps, uncovered: &uncovered)
            }
            uncoveredGaps(uncovered, chain: chain, context, into: &gaps)
        }
        demandGaps(context, chain: chainID, into: &gaps)
        expertGaps(context, chain: chainID, into: &gaps)
        if chainID == nil {
            researchGap(context, into: &gaps)
            isolatedGaps(context, into: &gaps)
            staleGaps(context, into: &gaps)
            findingGaps(context, into: &gaps)
            gaps += IndicatorProgress.all(in: map, language: language).compactMap(\.shortfall)
        }
        return gaps.filter { kinds.isEmpty || kinds.contains($0.kind) }.sorted(by: Gap.printsBefore)
    }
}
