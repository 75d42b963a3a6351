/// Which records an analysis may rest on.
public enum ProvenanceFilter: String, CaseIterable, Sendable, Codable {
    /// Every record.
    case all
    /// Leave out records whose only source is `assumed`.
    case excludeAssumed = "exclude-assumed"
}

extension InnovationMap {
    /// The map without records that rest only on `assumed`, and without references to them.
    ///
    /// - Complexity: O(*n* + *r*) in records and references.
    public func applying(_ filter: ProvenanceFilter) -> InnovationMap {
        guard filter == .excludeAssumed else { return self }
        var map = self
        var removed: Set<String> = []
        func keep<Record>(_ records: [Record], _ id: KeyPath<Record, String>, _ provenance: KeyPath<Record, Provenance>) -> [Record] {
            records.filter { record in
                if record[keyPath: provenance].isAssumedOnly {
                    removed.insert(record[keyPath: id])
                    return false
                }
                return true
            }
        }
        // A chokepoint flag the map's authors judged (`chokepoint_source: assumed`) goes with the assumed records.
        map.technologies = keep(technologies, \.id, \.provenance).editingEach { technology in
            if technology.chokepointProvenance?.isAssumedOnly == true { technology.chokepoint = false }
        }
        map.organizations = keep(organizations, \.id, \.provenance)
        map.platforms = keep(platforms, \.id, \.provenance)
        map.experts = keep(experts, \.id, \.provenance)
        map.demands = keep(demands, \.id, \.provenance)
        // A target the map's authors derived (`target_source: assumed`) goes with the assumed records.
        map.indicators = keep(indicators, \.id, \.provenance).editingEach { indicator in
            if indicator.targetProvenance?.isAssumedOnly == true { indicator.targets = [] }
        }
        map.chains = chains.compactMap { chain in
            if chain.provenance.isAssumedOnly {
                removed.insert(chain.id)
                removed.formUnion(chain.segments.map(\.id))
                return nil
            }
            var chain = chain
            chain.segments = keep(chain.segments, \.id, \.provenance)
            return chain
        }
        let alive: (String) -> Bool = { !removed.contains($0) }
        let dead: (String) -> Bool = { removed.contains($0) }
        map.chains = map.chains.editingEach { chain in
            chain.segments = chain.segments.editingEach { segment in
                segment.technologies.removeAll(where: dead)
                segment.next.removeAll(where: dead)
            }
        }
        map.organizations = map.organizations.editingEach { organization in
            organization.segments.removeAll(where: dead)
            organization.technologies.removeAll(where: dead)
        }
        map.platforms = map.platforms.editingEach { platform in
            platform.segments.removeAll(where: dead)
            platform.technologies.removeAll(where: dead)
            if let host = platform.host, dead(host) { platform.host = nil }
        }
        map.experts = map.experts.editingEach { expert in
            expert.technologies.removeAll(where: dead)
            expert.serves.removeAll(where: dead)
            if let affiliation = expert.affiliation, dead(affiliation) { expert.affiliation = nil }
        }
        map.demands = map.demands.filter { alive($0.enterprise) }.editingEach { demand in
            demand.technologies.removeAll(where: dead)
            if let segment = demand.segment, dead(segment) { demand.segment = nil }
        }
        map.findings = findings.filter { !$0.provenance.isAssumedOnly }.editingEach { finding in
            finding.concerns.removeAll(where: dead)
        }
        map.relations = relations.filter { !$0.provenance.isAssumedOnly && alive($0.from) && alive($0.to) }
        map.relationPositions = [:]
        return map
    }
}

extension Array {
    /// A copy with `edit` applied to each element in place: `records.editingEach { $0.tags.removeAll() }`
    /// rather than a `map` that copies each element into a `var`, edits and returns it.
    /// - Complexity: O(*n*) calls of `edit`.
    func editingEach(_ edit: (inout Element) -> Void) -> [Element] {
        var copy = self
        for index in copy.indices { edit(&copy[index]) }
        return copy
    }
}
