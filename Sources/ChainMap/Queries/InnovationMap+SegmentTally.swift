/// What a segment holds locally: the counts a picture prints under a segment's name.
public struct SegmentTally: Hashable, Sendable {
    /// Local enterprises operating in the segment.
    public var enterprises = 0
    /// Those of them that are high-tech enterprises (高新技术企业).
    public var highTech = 0
    /// Local platforms covering the segment; a pooled platform record counts as its `count`.
    public var platforms = 0

    /// An empty tally.
    public init() {}
}

extension InnovationMap {
    /// Per segment id: its local enterprises, the high-tech ones among them, and the local platforms covering it.
    ///
    /// An enterprise or platform listing a segment twice counts once; every segment of the map has an entry.
    /// - Parameter local: which platforms count as local (built once per map; see ``Locality``).
    /// - Returns: a tally for every segment id.
    /// - Complexity: O(n + r) in records and their segment references.
    public func segmentTallies(local: Locality) -> [String: SegmentTally] {
        var tally: [String: SegmentTally] = [:]
        for segment in segments { tally[segment.id] = SegmentTally() }
        for organization in organizations where organization.kind == .enterprise && organization.isLocal {
            for segment in Set(organization.segments) where tally[segment] != nil {
                tally[segment]?.enterprises += 1
                if organization.tags.contains(.highTech) { tally[segment]?.highTech += 1 }
            }
        }
        for platform in platforms where local.isLocal(platform) {
            for segment in Set(platform.segments) where tally[segment] != nil {
                // Counts are bounded by MapLimits; saturate anyway rather than trap on a sum.
                let (sum, overflow) = (tally[segment]?.platforms ?? 0).addingReportingOverflow(platform.count)
                tally[segment]?.platforms = overflow ? Int.max : sum
            }
        }
        return tally
    }
}
