/// A place where the chain is broken or the map is thin, with the evidence and what to do about it.
public struct Gap: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// 断链: a segment with no local enterprise.
        case missingSegment = "missing-segment"
        /// 短板: one local enterprise only, or none that is high-tech or above-scale.
        case weakSegment = "weak-segment"
        /// 卡脖子 / 空白: a needed technology no local organization, platform or expert masters.
        case uncoveredTechnology = "uncovered-technology"
        /// An open demand with no candidate that masters what it needs.
        case unmetDemand = "unmet-demand"
        /// A segment no innovation platform serves.
        case noPlatform = "no-platform"
        /// A commissioner serving organizations that share no segment or technology with them.
        case expertMismatch = "expert-mismatch"
        /// An expert record whose skills are unknown: a data gap, not guessed.
        case unknownSkills = "unknown-skills"
        /// An organization with no tie to anything.
        case isolated
        /// An indicator whose linear trend misses its target.
        case indicatorShortfall = "indicator-shortfall"
    }

    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case high, medium, low

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }
    }

    public var kind: Kind
    public var severity: Severity
    /// The record the gap is about.
    public var subject: String
    /// Every record concerned, subject first.
    public var nodes: [String]
    public var chain: String?
    /// The segment the gap lies in, when it lies in one.
    public var segment: String? = nil
    public var evidence: String
    /// 补链 / 强链 / 延链 … and what to do.
    public var action: String
    /// The source keys the gap rests on, sorted.
    public var sources: [String]
}
