/// The whole map as an export sees it: every record as a node with its membership and provenance, every tie
/// (relations and the structural ties the records' columns state) with its type, direction and `since`.
///
/// Writers (``GraphMLWriter``, ``GEXFWriter``, ``NodeLinkWriter``, ``MapJSONWriter``, ``TableExportWriter``,
/// ``Neo4jWriter``) read this and stream their format; none of them holds the output in memory.
public struct ExportGraph: Sendable {
    /// A record seen as an exported node.
    public struct Node: Sendable, Equatable {
        /// The record's id.
        public var id: String
        /// What kind of record it is.
        public var kind: NodeKind
        /// Its name (Chinese where the data gives one).
        public var name: String
        /// Its English name; empty when the data gives none.
        public var nameEN: String
        /// Chains the record belongs to (through its segments), sorted.
        public var chains: [String]
        /// Segments the record belongs to or works in, sorted.
        public var segments: [String]
        /// The distinct source keys of its provenance, sorted.
        public var sources: [String]
        /// The provenance as written (`report-2024 §二(三); assumed`).
        public var source: String
    }

    /// A tie seen as an exported edge; edges are directed the way ``MapEdge`` states them.
    public struct Edge: Sendable, Equatable {
        /// The edge's position in ``ExportGraph/edges``; writers name it `e<index>`.
        public var index: Int
        /// The id of the record the tie starts from.
        public var from: String
        /// The id of the record the tie points to.
        public var to: String
        /// The tie's type.
        public var type: EdgeKind
        /// When the tie began, for relations that say so.
        public var since: PartialDate?
        /// `relation` for a row of relations.csv, `record` for a tie a record's column states.
        public var origin: String
        /// The relation's note; empty for record ties.
        public var note: String
        /// The distinct source keys of the stating record, sorted.
        public var sources: [String]
    }

    /// The map's id (`xupu`).
    public let mapID: String
    /// The map's name.
    public let mapName: String
    /// The date the map's facts stand at.
    public let asOf: PartialDate
    /// Every record, in the map's record order.
    public let nodes: [Node]
    /// Every tie whose ends are both records, in ``InnovationMap/edges`` order; each ``Edge`` is built when read.
    public let edges: Edges

    /// Builds the export view of `map`.
    ///
    /// Edges come in ``InnovationMap/edges`` order (records' ties in file order, then relations.csv); ties to ids
    /// the map lacks (only in a map with errors) are left out so that every edge's ends are nodes.
    /// - Complexity: O(*n* + *e*) in records and ties.
    public init(map: InnovationMap) {
        mapID = map.id
        mapName = map.name
        asOf = map.asOf
        nodes = Self.nodes(of: map)
        edges = Edges(map: map, nodeIDs: nodes.map(\.id))
    }

    /// The export's nodes; apart so that the tables built for them are freed before the edges are made.
    private static func nodes(of map: InnovationMap) -> [Node] {
        var segmentChain: [String: String] = [:]
        var technologySegments: [String: [String]] = [:]
        for segment in map.segments {
            segmentChain[segment.id] = segment.chain
            for technology in segment.technologies { technologySegments[technology, default: []].append(segment.id) }
        }
        func membership(_ segments: [String]) -> (chains: [String], segments: [String]) {
            let unique = Array(Set(segments)).sorted()
            return (Array(Set(unique.compactMap { segmentChain[$0] })).sorted(), unique)
        }
        var extra: [String: (chains: [String], segments: [String])] = [:]
        for segment in map.segments { extra[segment.id] = ([segment.chain], []) }
        for chain in map.chains { extra[chain.id] = ([chain.id], []) }
        for technology in map.technologies { extra[technology.id] = membership(technologySegments[technology.id] ?? []) }
        for organization in map.organizations { extra[organization.id] = membership(organization.segments) }
        for platform in map.platforms { extra[platform.id] = membership(platform.segments) }
        for demand in map.demands { extra[demand.id] = membership(demand.segment.map { [$0] } ?? []) }
        var ids = Set<String>()
        var nodes: [Node] = []
        nodes.reserveCapacity(map.organizations.count + map.demands.count + map.experts.count + 256)
        map.forEachNode { node in
            guard ids.insert(node.id).inserted else { return }
            let member = extra[node.id] ?? ([], [])
            nodes.append(Node(
                id: node.id, kind: node.kind, name: node.name, nameEN: node.nameEN, chains: member.chains,
                segments: member.segments, sources: node.provenance.exportKeys, source: node.provenance.description))
        }
        return nodes
    }
}

extension PartialDate {
    /// The first day the date can mean, as `YYYY-MM-DD` (XML Schema's `xs:date`): `2021` → `2021-01-01`.
    public var firstDay: String {
        String(format4: year) + "-" + String(format2: month ?? 1) + "-" + String(format2: day ?? 1)
    }
}

extension Provenance {
    /// ``keys`` without building a set for the common single citation (a million edges in a large map).
    var exportKeys: [String] { citations.count == 1 ? [citations[0].key] : keys }
}
