/// The typed ties of a map, derived from its records' reference columns and from relations.csv.
public enum EdgeKind: String, CaseIterable, Sendable, Codable, Comparable {
    /// chain → segment
    case contains
    /// segment → the segment it feeds
    case next
    /// segment → a technology it needs
    case needs
    /// organization → a segment it works in
    case operatesIn = "operates-in"
    /// platform → a segment it serves
    case covers
    /// organization, platform or expert → a technology it masters
    case masters
    /// expert → organization
    case affiliatedWith = "affiliated-with"
    /// enterprise → its demand
    case posts
    /// demand → a technology it needs
    case requires
    /// demand → its segment
    case concerns
    /// The `relations.csv` types (see ``RelationType``), and the `host` and `serves` columns (`hosts`, `serves`).
    case cooperates, supplies, hosts, serves, member, invests, licenses, funds, incubates, hires

    /// Declaration order: structural ties first, then relations.
    public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool { lhs.order < rhs.order }
    private var order: Int { EdgeKind.allCases.firstIndex(of: self) ?? 0 }

    init(_ relation: RelationType) {
        self = EdgeKind(rawValue: relation.rawValue) ?? .cooperates
    }

    /// The tie type of each relation type, by its position in `RelationType.allCases`.
    static let ofRelationType = RelationType.allCases.map(EdgeKind.init)
}

/// One tie between two ids, with the provenance of the record that states it.
public struct MapEdge: Hashable, Sendable {
    /// The id the tie starts at.
    public var from: String
    /// The id the tie ends at.
    public var to: String
    /// What the tie means.
    public var kind: EdgeKind
    /// The provenance of the record that states the tie.
    public var provenance: Provenance
}

/// The kind of a node as the user thinks of it: organizations split by their kind.
public enum NodeKind: String, CaseIterable, Sendable, Codable, Comparable {
    /// The map's structure: `map.yaml`'s chains, segments and core technologies.
    case chain, segment, technology
    /// Organizations, by their `kind` column.
    case enterprise, university, institute, government, finance, association
    /// Platforms, experts, technology demands and the bureau's indicators.
    case platform, expert, demand, indicator

    /// Declaration order: structure first, then actors, then demands and indicators.
    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.order < rhs.order }
    private var order: Int { NodeKind.allCases.firstIndex(of: self) ?? 0 }

    init(_ kind: OrganizationKind) {
        self = NodeKind(rawValue: kind.rawValue) ?? .enterprise
    }
}

extension InnovationMap {
    /// Every tie of the map, in a fixed order: records in file order, then relations.
    ///
    /// Builds the whole array; analyses that only walk the ties use ``forEachEdge(_:)``, which does not.
    /// - Complexity: O(*r*) in the number of references.
    public var edges: [MapEdge] {
        var edges: [MapEdge] = []
        edges.reserveCapacity(relations.count)
        forEachEdge { edges.append($0) }
        return edges
    }

    /// Calls `body` with every tie, in ``edges`` order, without building the array.
    ///
    /// - Parameter body: called once per tie.
    /// - Complexity: O(*r*) in the number of references; O(1) extra memory.
    public func forEachEdge(_ body: (MapEdge) throws -> Void) rethrows {
        try forEachRecordEdge(body)
        for index in relations.indices {
            try body(MapEdge(from: relations.from(at: index), to: relations.to(at: index),
                             kind: relations.edgeKind(at: index), provenance: relations.provenance(at: index)))
        }
    }

    /// Calls `body` with every tie a record's columns state (all ties but relations.csv's), in ``edges`` order.
    ///
    /// - Parameter body: called once per tie.
    /// - Complexity: O(*r*) in the number of references.
    public func forEachRecordEdge(_ body: (MapEdge) throws -> Void) rethrows {
        for chain in chains {
            for segment in chain.segments {
                try body(MapEdge(from: chain.id, to: segment.id, kind: .contains, provenance: segment.provenance))
                for next in segment.next { try body(MapEdge(from: segment.id, to: next, kind: .next, provenance: segment.provenance)) }
                for technology in segment.technologies {
                    try body(MapEdge(from: segment.id, to: technology, kind: .needs, provenance: segment.provenance))
                }
            }
        }
        for organization in organizations {
            for segment in organization.segments {
                try body(MapEdge(from: organization.id, to: segment, kind: .operatesIn, provenance: organization.provenance))
            }
            for technology in organization.technologies {
                try body(MapEdge(from: organization.id, to: technology, kind: .masters, provenance: organization.provenance))
            }
        }
        for platform in platforms {
            if let host = platform.host { try body(MapEdge(from: host, to: platform.id, kind: .hosts, provenance: platform.provenance)) }
            for segment in platform.segments {
                try body(MapEdge(from: platform.id, to: segment, kind: .covers, provenance: platform.provenance))
            }
            for technology in platform.technologies {
                try body(MapEdge(from: platform.id, to: technology, kind: .masters, provenance: platform.provenance))
            }
        }
        for expert in experts {
            if let affiliation = expert.affiliation {
                try body(MapEdge(from: expert.id, to: affiliation, kind: .affiliatedWith, provenance: expert.provenance))
            }
            for technology in expert.technologies {
                try body(MapEdge(from: expert.id, to: technology, kind: .masters, provenance: expert.provenance))
            }
            for served in expert.serves { try body(MapEdge(from: expert.id, to: served, kind: .serves, provenance: expert.provenance)) }
        }
        for demand in demands {
            try body(MapEdge(from: demand.enterprise, to: demand.id, kind: .posts, provenance: demand.provenance))
            for technology in demand.technologies {
                try body(MapEdge(from: demand.id, to: technology, kind: .requires, provenance: demand.provenance))
            }
            if let segment = demand.segment { try body(MapEdge(from: demand.id, to: segment, kind: .concerns, provenance: demand.provenance)) }
        }
    }

    /// Every node id with its kind and display name, in a fixed order (by kind, then file order).
    ///
    /// - Complexity: O(*n*).
    public var nodes: [MapNode] {
        var nodes: [MapNode] = []
        forEachNode { nodes.append($0) }
        return nodes
    }

    /// Calls `body` with every node, in ``nodes`` order, without building the array.
    ///
    /// - Parameter body: called once per record.
    /// - Complexity: O(*n*).
    public func forEachNode(_ body: (MapNode) throws -> Void) rethrows {
        for chain in chains {
            try body(MapNode(id: chain.id, kind: .chain, name: chain.name, nameEN: chain.nameEN, provenance: chain.provenance))
        }
        for segment in segments {
            try body(MapNode(id: segment.id, kind: .segment, name: segment.name, nameEN: segment.nameEN, provenance: segment.provenance))
        }
        for technology in technologies {
            try body(MapNode(id: technology.id, kind: .technology, name: technology.name, nameEN: technology.nameEN, provenance: technology.provenance))
        }
        for organization in organizations {
            try body(MapNode(id: organization.id, kind: NodeKind(organization.kind), name: organization.name,
                                 nameEN: organization.nameEN, provenance: organization.provenance))
        }
        for platform in platforms {
            try body(MapNode(id: platform.id, kind: .platform, name: platform.name, nameEN: platform.nameEN, provenance: platform.provenance))
        }
        for expert in experts {
            try body(MapNode(id: expert.id, kind: .expert, name: expert.name, nameEN: "", provenance: expert.provenance))
        }
        for demand in demands {
            try body(MapNode(id: demand.id, kind: .demand, name: demand.title, nameEN: "", provenance: demand.provenance))
        }
        for indicator in indicators {
            try body(MapNode(id: indicator.id, kind: .indicator, name: indicator.name, nameEN: indicator.nameEN, provenance: indicator.provenance))
        }
    }
}

/// A record seen as a node: what every view and graph needs to know of it.
public struct MapNode: Hashable, Sendable {
    /// The record's id.
    public var id: String
    /// The record's kind.
    public var kind: NodeKind
    /// Its name, Chinese where it has one (a demand's title).
    public var name: String
    /// Its English name; empty when it has none.
    public var nameEN: String
    /// Where its facts come from.
    public var provenance: Provenance
}
