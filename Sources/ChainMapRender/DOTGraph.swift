/// A node statement: `"id" [attributes];`.
public struct DOTNode: Sendable, Hashable {
    /// The node's id, quoted in the text as needed.
    public var id: String
    /// The node's attributes (label, shape, colours …).
    public var attributes: DOTAttributes

    /// A node `id` with `attributes`.
    public init(id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement: `"from" -> "to" [attributes];` (`--` when undirected).
public struct DOTEdge: Sendable, Hashable {
    /// The id of the node the edge leaves.
    public var from: String
    /// The id of the node the edge enters.
    public var to: String
    /// The edge's attributes.
    public var attributes: DOTAttributes

    /// An edge `from` → `to` with `attributes`.
    public init(from: String, to: String, attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph. Graphviz draws it as a box (a cluster) when its id starts
/// with "cluster"; ``cluster(_:attributes:)`` makes such an id.
///
/// An edge inside a subgraph pulls both its ends into that subgraph: put
/// edges that cross clusters in the enclosing graph.
public struct DOTSubgraph: Sendable, Hashable {
    /// The subgraph's id; one starting with `cluster` is drawn as a box.
    public var id: String
    /// Attributes of the subgraph itself (label, style, colour).
    public var graphAttributes: DOTAttributes
    /// Attributes every node declared inside gets unless it sets its own (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Attributes every edge declared inside gets unless it sets its own (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Nested subgraphs, written in this order.
    public var subgraphs: [DOTSubgraph]
    /// Node statements, written in this order.
    public var nodes: [DOTNode]
    /// Edge statements, written in this order.
    public var edges: [DOTEdge]

    /// A subgraph; every part defaults to empty (an empty id for the body of an unnamed ``DOTGraph``).
    public init(
        id: String = "",
        graphAttributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:],
        subgraphs: [DOTSubgraph] = [],
        nodes: [DOTNode] = [],
        edges: [DOTEdge] = []
    ) {
        self.id = id
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.subgraphs = subgraphs
        self.nodes = nodes
        self.edges = edges
    }

    /// A cluster: a subgraph with id `"cluster_" + name`.
    public static func cluster(_ name: String, attributes: DOTAttributes = [:]) -> DOTSubgraph {
        DOTSubgraph(id: "cluster_" + name, graphAttributes: attributes)
    }
}

/// A whole DOT document: a ``DOTSubgraph`` drawn as the root, whose id is the graph's name.
///
/// Written in this order, at every level: graph attributes, node defaults,
/// edge defaults, subgraphs, nodes, edges. Subgraphs come before the
/// enclosing graph's nodes so that a node listed in both is created, and
/// styled, in its subgraph first. The body's parts read and write as the
/// graph's own: `graph.nodes` is `graph.body.nodes`.
@dynamicMemberLookup
public struct DOTGraph: Sendable, Hashable {
    /// `digraph` with `->` edges when true, `graph` with `--` edges when false.
    public var directed: Bool
    /// `strict`: Graphviz merges parallel edges.
    public var strict: Bool
    /// The graph's statements; its id is the graph's id, omitted from the text when empty.
    public var body: DOTSubgraph

    /// A graph; directed and not strict unless told.
    /// - Parameters:
    ///   - directed: `digraph` when true, `graph` when false.
    ///   - strict: whether Graphviz merges parallel edges.
    ///   - body: the graph's id and statements; empty unless given.
    public init(directed: Bool = true, strict: Bool = false, body: DOTSubgraph = DOTSubgraph()) {
        self.directed = directed
        self.strict = strict
        self.body = body
    }

    /// The graph's id (`body.id`); omitted from the text when empty.
    public var name: String {
        get { body.id }
        set { body.id = newValue }
    }

    /// A part of ``body`` as if it were the graph's own (`graph.nodes`, `graph.subgraphs.append(…)`).
    /// - Parameter path: the part of the body.
    public subscript<Value>(dynamicMember path: WritableKeyPath<DOTSubgraph, Value>) -> Value {
        get { body[keyPath: path] }
        set { body[keyPath: path] = newValue }
    }
}
