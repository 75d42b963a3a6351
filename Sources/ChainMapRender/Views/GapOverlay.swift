import ChainMap

/// A first, simple gap analysis for the `gaps` overlay: what the county lacks, segment by segment.
///
/// "Local" here means inside the county: an organization whose `location` is `county`; a platform whose
/// host is local, or that has no host (the map lists the county's own incubators and service platforms that
/// way); an expert affiliated with a local organization, or with no affiliation (the pooled commissioners and
/// talents the county has assigned to it).
///
/// A fuller analysis will live in the ChainMap target; this one only feeds the picture.
public struct GapOverlay: Sendable, Hashable {
    /// Segments no local enterprise operates in, in map order.
    public var missingSegments: [String]
    /// Segments with local enterprises but a thin base: exactly one, or none of them high-tech or above-scale.
    public var weakSegments: [String]
    /// For each segment (in map order), the technologies it needs that no local organization, platform or
    /// expert masters, in the segment's order. Segments with none are left out.
    public var uncovered: [UncoveredSegment]

    /// A segment and the technologies it needs that nobody local masters.
    public struct UncoveredSegment: Sendable, Hashable {
        public var segment: String
        public var technologies: [String]

        public init(segment: String, technologies: [String]) {
            self.segment = segment
            self.technologies = technologies
        }
    }

    public init(missingSegments: [String], weakSegments: [String], uncovered: [UncoveredSegment]) {
        self.missingSegments = missingSegments
        self.weakSegments = weakSegments
        self.uncovered = uncovered
    }

    /// Every uncovered technology id once, sorted.
    public var uncoveredTechnologies: [String] {
        Array(Set(uncovered.flatMap(\.technologies))).sorted()
    }

    /// Computes the gaps of `map`.
    ///
    /// - Complexity: O(n + r) for n records and r references.
    public static func compute(_ map: InnovationMap) -> GapOverlay {
        let local = LocalActors(map)
        var enterprisesBySegment: [String: [Organization]] = [:]
        for organization in map.organizations where organization.kind == .enterprise && organization.isLocal {
            for segment in Set(organization.segments) { enterprisesBySegment[segment, default: []].append(organization) }
        }
        var mastered: Set<String> = []
        for organization in map.organizations where organization.isLocal { mastered.formUnion(organization.technologies) }
        for platform in map.platforms where local.isLocal(platform) { mastered.formUnion(platform.technologies) }
        for expert in map.experts where local.isLocal(expert) { mastered.formUnion(expert.technologies) }

        var missing: [String] = []
        var weak: [String] = []
        var uncovered: [UncoveredSegment] = []
        for segment in map.segments {
            let enterprises = enterprisesBySegment[segment.id] ?? []
            if enterprises.isEmpty {
                missing.append(segment.id)
            } else if enterprises.count == 1
                || !enterprises.contains(where: { $0.tags.contains(.highTech) || $0.tags.contains(.aboveScale) })
            {
                weak.append(segment.id)
            }
            var seen: Set<String> = []
            let lacking = segment.technologies.filter { !mastered.contains($0) && seen.insert($0).inserted }
            if !lacking.isEmpty { uncovered.append(UncoveredSegment(segment: segment.id, technologies: lacking)) }
        }
        return GapOverlay(missingSegments: missing, weakSegments: weak, uncovered: uncovered)
    }
}

/// Which platforms and experts count as inside the county (see ``GapOverlay``).
struct LocalActors: Sendable {
    private let localOrganizations: Set<String>

    init(_ map: InnovationMap) {
        localOrganizations = Set(map.organizations.filter(\.isLocal).map(\.id))
    }

    func isLocal(_ platform: Platform) -> Bool {
        platform.host.map { localOrganizations.contains($0) } ?? true
    }

    func isLocal(_ expert: Expert) -> Bool {
        expert.affiliation.map { localOrganizations.contains($0) } ?? true
    }
}
