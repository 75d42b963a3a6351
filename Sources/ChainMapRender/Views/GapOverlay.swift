import ChainMap

/// The gaps the `gaps` overlay draws: missing and weak segments and uncovered technologies, taken from
/// `GapAnalysis` so that the picture and `chainmap gaps` always agree. "Local" is `Locality`'s definition.
public struct GapOverlay: Sendable, Hashable {
    /// Segments no local enterprise operates in, in map order.
    public var missingSegments: [String]
    /// Segments with local enterprises but a thin base: exactly one, or none of them high-tech or above-scale.
    public var weakSegments: [String]
    /// Segments whose local actors are not fully surveyed: a data gap, drawn apart from missing ones.
    public var unsurveyedSegments: [String]
    /// For each segment (in map order), the technologies it needs that no local organization, platform or
    /// expert masters, in the segment's order. Segments with none are left out.
    public var uncovered: [UncoveredSegment]

    /// A segment and the technologies it needs that nobody local masters.
    public struct UncoveredSegment: Sendable, Hashable {
        /// The segment id.
        public var segment: String
        /// Needed technology ids no local actor masters, in the segment's order.
        public var technologies: [String]

        /// Creates the entry of one segment.
        public init(segment: String, technologies: [String]) {
            self.segment = segment
            self.technologies = technologies
        }
    }

    /// Creates an overlay from its parts (each in map order).
    public init(missingSegments: [String], weakSegments: [String], unsurveyedSegments: [String] = [], uncovered: [UncoveredSegment]) {
        self.missingSegments = missingSegments
        self.weakSegments = weakSegments
        self.unsurveyedSegments = unsurveyedSegments
        self.uncovered = uncovered
    }

    /// Every uncovered technology id once, sorted.
    public var uncoveredTechnologies: [String] {
        Array(Set(uncovered.flatMap(\.technologies))).sorted()
    }

    /// Computes the gaps of `map` with `GapAnalysis`.
    ///
    /// - Complexity: that of `GapAnalysis.find(in:chain:kinds:)`.
    public static func compute(_ map: InnovationMap) -> GapOverlay {
        let gaps = GapAnalysis.find(in: map, kinds: [.missingSegment, .weakSegment, .unsurveyedSegment, .uncoveredTechnology])
        func segments(_ kind: Gap.Kind) -> Set<String> { Set(gaps.filter { $0.kind == kind }.compactMap(\.segment)) }
        let missing = segments(.missingSegment), weak = segments(.weakSegment), unsurveyed = segments(.unsurveyedSegment)
        var lacking: [String: Set<String>] = [:]
        // An uncovered technology's gap names every segment that needs it among its nodes.
        let segmentIDs = Set(map.segments.map(\.id))
        for gap in gaps where gap.kind == .uncoveredTechnology {
            for segment in gap.nodes where segmentIDs.contains(segment) { lacking[segment, default: []].insert(gap.subject) }
        }
        var uncovered: [UncoveredSegment] = []
        for segment in map.segments {
            var seen: Set<String> = []
            let technologies = segment.technologies.filter { lacking[segment.id]?.contains($0) == true && seen.insert($0).inserted }
            if !technologies.isEmpty { uncovered.append(UncoveredSegment(segment: segment.id, technologies: technologies)) }
        }
        return GapOverlay(
            missingSegments: map.segments.map(\.id).filter(missing.contains),
            weakSegments: map.segments.map(\.id).filter(weak.contains),
            unsurveyedSegments: map.segments.map(\.id).filter(unsurveyed.contains), uncovered: uncovered)
    }
}
