/// Counts that summarise a map: `chainmap stats`.
public struct MapStatistics: Hashable, Sendable, Codable {
    /// The shape of one industry chain.
    public struct ChainCount: Hashable, Sendable, Codable {
        /// The chain's id.
        public var id: String
        /// The chain's name.
        public var name: String
        /// Its segments.
        public var segments: Int
        /// Its upstream segments.
        public var upstream: Int
        /// Its midstream segments.
        public var midstream: Int
        /// Its downstream segments.
        public var downstream: Int
        /// The distinct core technologies its segments need.
        public var technologies: Int
        /// Local enterprises that work in at least one of its segments.
        public var localEnterprises: Int
        /// The chain's own survey state (segments may override it).
        public var survey: SurveyState
    }

    /// Segments, and the local enterprises recorded in them, by the survey state that holds for the segment.
    public struct Surveys: Hashable, Sendable, Codable {
        /// Segments by state name (`complete`, `partial`, `pending`; every state present).
        public var segments: [String: Int]
        /// Local enterprises by the state of the segments they work in (one counted once per state).
        public var localEnterprises: [String: Int]

        enum CodingKeys: String, CodingKey {
            case segments, localEnterprises = "local_enterprises"
        }
    }

    /// How many records rest on sources, on sources and `assumed`, or on `assumed` only.
    public struct Provenances: Hashable, Sendable, Codable {
        /// Records whose sources include the map's report-like sources and no `assumed`.
        public var sourced: Int
        /// Records that cite a source and also `assumed`.
        public var partlyAssumed: Int
        /// Records that rest on `assumed` only.
        public var assumed: Int
    }

    /// The map's id.
    public var id: String
    /// The map's name.
    public var name: String
    /// The date the map describes (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var asOf: String
    /// Node counts by kind (every kind present, zero included).
    public var nodes: [String: Int]
    /// Edge counts by type (every type present, zero included).
    public var edges: [String: Int]
    /// One entry per chain, in the order of `map.yaml`.
    public var chains: [ChainCount]
    /// People behind expert records, pooled records counted by their headcount.
    public var people: Int
    /// Platforms, pooled records counted by their count.
    public var platformUnits: Int
    /// Records by how well sourced they are.
    public var provenance: Provenances
    /// How completely the segments' local actors are recorded.
    public var survey: Surveys
    /// How many records cite each source key (a record citing two keys counts for both).
    public var bySource: [String: Int]
    /// Validation errors in the map.
    public var errors: Int
    /// Validation warnings in the map.
    public var warnings: Int

    enum CodingKeys: String, CodingKey {
        case id, name, asOf = "as_of", nodes, edges, chains, people, platformUnits = "platform_units", provenance, survey,
             bySource = "by_source", errors, warnings
    }
}

extension MapStatistics.ChainCount {
    enum CodingKeys: String, CodingKey {
        case id, name, segments, upstream, midstream, downstream, technologies, localEnterprises = "local_enterprises", survey
    }
}

extension MapStatistics.Provenances {
    enum CodingKeys: String, CodingKey {
        case sourced, partlyAssumed = "partly_assumed", assumed
    }
}

extension LoadedMap {
    /// The map's summary counts.
    ///
    /// - Complexity: O(*n* + *e*).
    public var statistics: MapStatistics {
        var nodes = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0.rawValue, 0) })
        let allNodes = map.nodes
        for node in allNodes { nodes[node.kind.rawValue, default: 0] += 1 }
        // Counted by kind position first: a million ties, no array of them and no string hashing per tie.
        var edgeCounts = [Int](repeating: 0, count: EdgeKind.allCases.count)
        map.forEachRecordEdge { edgeCounts[MapGraph.tagIndex($0.kind)] += 1 }
        for index in map.relations.indices { edgeCounts[MapGraph.tagIndex(map.relations.edgeKind(at: index))] += 1 }
        let edges = Dictionary(uniqueKeysWithValues: zip(EdgeKind.allCases.map(\.rawValue), edgeCounts))

        let localBySegment = map.organizations.filter { $0.kind == .enterprise && $0.isLocal }
        let chains = map.chains.map { chain in
            let segmentIDs = Set(chain.segments.map(\.id))
            return MapStatistics.ChainCount(
                id: chain.id, name: chain.name, segments: chain.segments.count,
                upstream: chain.segments.filter { $0.stage == .upstream }.count,
                midstream: chain.segments.filter { $0.stage == .midstream }.count,
                downstream: chain.segments.filter { $0.stage == .downstream }.count,
                technologies: Set(chain.segments.flatMap(\.technologies)).count,
                localEnterprises: localBySegment.filter { !segmentIDs.isDisjoint(with: $0.segments) }.count, survey: chain.survey)
        }
        var segmentStates = Dictionary(uniqueKeysWithValues: SurveyState.allCases.map { ($0.rawValue, 0) })
        var stateOfSegment: [String: SurveyState] = [:]
        for chain in map.chains {
            for segment in chain.segments {
                let state = chain.survey(of: segment)
                segmentStates[state.rawValue, default: 0] += 1
                stateOfSegment[segment.id] = state
            }
        }
        var enterpriseStates = Dictionary(uniqueKeysWithValues: SurveyState.allCases.map { ($0.rawValue, 0) })
        for enterprise in localBySegment {
            for state in Set(enterprise.segments.compactMap { stateOfSegment[$0] }) { enterpriseStates[state.rawValue, default: 0] += 1 }
        }
        var provenance = MapStatistics.Provenances(sourced: 0, partlyAssumed: 0, assumed: 0)
        var bySource: [String: Int] = [:]
        func count(_ item: Provenance) {
            for key in item.keys { bySource[key, default: 0] += 1 }
            if item.isAssumedOnly {
                provenance.assumed += 1
            } else if item.includesAssumed {
                provenance.partlyAssumed += 1
            } else {
                provenance.sourced += 1
            }
        }
        for node in allNodes { count(node.provenance) }
        for index in map.relations.indices { count(map.relations.provenance(at: index)) }
        return MapStatistics(
            id: map.id, name: map.name, asOf: map.asOf.description, nodes: nodes, edges: edges, chains: chains,
            people: saturatingSum(map.experts.map(\.headcount)), platformUnits: saturatingSum(map.platforms.map(\.count)),
            provenance: provenance, survey: MapStatistics.Surveys(segments: segmentStates, localEnterprises: enterpriseStates),
            bySource: bySource, errors: errors.count, warnings: warnings.count)
    }
}

/// The sum of user-given counts, stopping at `Int.max` instead of trapping.
func saturatingSum(_ values: [Int]) -> Int {
    var total = 0
    for value in values {
        let (sum, overflow) = total.addingReportingOverflow(max(0, value))
        total = overflow ? Int.max : sum
    }
    return total
}
