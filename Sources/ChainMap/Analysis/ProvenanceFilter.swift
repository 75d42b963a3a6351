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
        map.technologies = keep(technologies, \.id, \.provenance).map { technology in
            var technology = technology
            if technology.chokepointProvenance?.isAssumedOnly == true { technology.chokepoint = false }
            return technology
        }
        map.organizations = keep(organizations, \.id, \.provenance)
        map.platforms = keep(platforms, \.id, \.provenance)
        map.experts = keep(experts, \.id, \.provenance)
        map.demands = keep(demands, \.id, \.provenance)
        // A target the map's authors derived (`target_source: assumed`) goes with the assumed records.
        map.indicators = keep(indicators, \.id, \.provenance).map { indicator in
            var indicator = indicator
            if indicator.targetProvenance?.isAssumedOnly == true { indicator.targets = [] }
            return indicator
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
        map.chains = map.chains.map { chain in
            var chain = chain
            chain.segments = chain.segments.map { segment in
                var segment = segment
                segment.technologies = segment.technologies.filter(alive)
                segment.next = segment.next.filter(alive)
                return segment
            }
            return chain
        }
        map.organizations = map.organizations.map { organization in
            var organization = organization
            organization.segments = organization.segments.filter(alive)
            organization.technologies = organization.technologies.filter(alive)
            return organization
        }
        map.platforms = map.platforms.map { platform in
            var platform = platform
            platform.segments = platform.segments.filter(alive)
            platform.technologies = platform.technologies.filter(alive)
            if let host = platform.host, !alive(host) { platform.host = nil }
            return platform
        }
        map.experts = map.experts.map { expert in
            var expert = expert
            expert.technologies = expert.technologies.filter(alive)
            expert.serves = expert.serves.filter(alive)
            if let affiliation = expert.affiliation, !alive(affiliation) { expert.affiliation = nil }
            return expert
        }
        map.demands = map.demands.compactMap { demand in
            guard alive(demand.enterprise) else { return nil }
            var demand = demand
            demand.technologies = demand.technologies.filter(alive)
            if let segment = demand.segment, !alive(segment) { demand.segment = nil }
            return demand
        }
        map.findings = findings.filter { !$0.provenance.isAssumedOnly }.map { finding in
            var finding = finding
            finding.concerns = finding.concerns.filter(alive)
            return finding
        }
        map.relations = relations.filter { !$0.provenance.isAssumedOnly && alive($0.from) && alive($0.to) }
        map.relationPositions = [:]
        return map
    }
}
