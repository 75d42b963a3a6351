import ChainGraph

/// The map as a graph for the engine: one node per record, one edge per tie.
public struct MapGraph: Sendable {
    /// Directed, typed: edges point the way ``MapEdge`` states them.
    public let directed: Graph
    /// The undirected simple projection every measure runs on (loops dropped, parallel ties merged).
    public let undirected: UndirectedGraph

    /// The engine's tag for a node kind.
    public static func tag(_ kind: NodeKind) -> ChainGraph.NodeTag {
        ChainGraph.NodeTag(rawValue: UInt8(NodeKind.allCases.firstIndex(of: kind) ?? 0))
    }

    /// The engine's tag for a tie type.
    public static func tag(_ kind: EdgeKind) -> EdgeType {
        EdgeType(rawValue: UInt8(EdgeKind.allCases.firstIndex(of: kind) ?? 0))
    }

    /// The position of a tie type in `EdgeKind.allCases`, the raw value of its tag.
    static func tagIndex(_ kind: EdgeKind) -> Int { Int(tag(kind).rawValue) }

    /// The node kind of an engine tag.
    public static func nodeKind(_ tag: ChainGraph.NodeTag) -> NodeKind {
        let index = Int(tag.rawValue)
        return index < NodeKind.allCases.count ? NodeKind.allCases[index] : .enterprise
    }
}

extension InnovationMap {
    /// Builds the engine graph of the map, optionally keeping only some node kinds.
    ///
    /// Ties to ids that do not exist (in a map with errors) are skipped.
    /// - Complexity: O(*n* + *e* log *e*).
    public func graph(kinds: Set<NodeKind>? = nil) -> MapGraph {
        let directed = directedGraph(kinds: kinds)
        return MapGraph(directed: directed, undirected: directed.undirectedSimple())
    }

    /// The undirected simple projection alone, built without the directed graph.
    ///
    /// Equal to `graph(kinds:).undirected`, for analyses that read nothing else; the directed graph and its
    /// sorting permutations are never made, which is most of the graph's peak memory on a large map.
    /// - Parameter kinds: the node kinds to keep, or `nil` for all.
    /// - Returns: the projection; ties to ids that do not exist are skipped.
    /// - Complexity: O(*n* + *e* log *d*), *d* the largest degree.
    public func undirectedGraph(kinds: Set<NodeKind>? = nil) -> UndirectedGraph {
        graphBuilder(kinds: kinds).buildUndirectedSimple()
    }

    /// The directed graph; apart so that its builder is freed before the undirected projection is made.
    private func directedGraph(kinds: Set<NodeKind>?) -> Graph {
        graphBuilder(kinds: kinds).build()
    }

    /// Every kept node and every tie between kept nodes, in the builder.
    private func graphBuilder(kinds: Set<NodeKind>?) -> GraphBuilder {
        // Reserved exactly: growing arrays of a million ties would double them.
        var recordEdges = 0
        forEachRecordEdge { _ in recordEdges += 1 }
        var builder = GraphBuilder(reservingNodes: organizations.count + segments.count, edges: recordEdges + relations.count)
        // Nodes are found by the builder's own id table: no second dictionary of every id.
        forEachNode { node in
            if kinds?.contains(node.kind) ?? true { builder.addNode(id: node.id, kind: MapGraph.tag(node.kind)) }
        }
        forEachRecordEdge { edge in
            guard let from = builder.index(of: edge.from), let to = builder.index(of: edge.to) else { return }
            builder.addEdge(from: from, to: to, type: MapGraph.tag(edge.kind))
        }
        // Relations by their ids' table positions: each distinct id is looked up once, not once per tie.
        let relationEnds = relations.ids.strings.map { builder.index(of: $0) }
        for index in relations.indices {
            guard let from = relationEnds[relations.fromIndex(index)], let to = relationEnds[relations.toIndex(index)] else { continue }
            builder.addEdge(from: from, to: to, type: MapGraph.tag(relations.edgeKind(at: index)))
        }
        return builder
    }
}
