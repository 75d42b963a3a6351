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

    /// A subgraph; every part defaults to empty.
    public init(
        id: String,
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

/// A whole DOT document.
///
/// Written in this order, at every level: graph attributes, node defaults,
/// edge defaults, subgraphs, nodes, edges. Subgraphs come before the
/// enclosing graph's nodes so that a node listed in both is created, and
/// styled, in its subgraph first.
public struct DOTGraph: Sendable, Hashable {
    /// The graph's id; omitted from the text when empty.
    public var name: String
    /// `digraph` with `->` edges when true, `graph` with `--` edges when false.
    public var directed: Bool
    /// `strict`: Graphviz merges parallel edges.
    public var strict: Bool
    /// Attributes of the graph itself (`rankdir`, `fontname`, …).
    public var graphAttributes: DOTAttributes
    /// Attributes every node gets unless it sets its own (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Attributes every edge gets unless it sets its own (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Subgraphs and clusters, written before the graph's own nodes.
    public var subgraphs: [DOTSubgraph]
    /// Node statements, written in this order.
    public var nodes: [DOTNode]
    /// Edge statements, written in this order.
    public var edges: [DOTEdge]

    /// A graph; directed and not strict unless told, every other part empty.
    public init(
        name: String = "",
        directed: Bool = true,
        strict: Bool = false,
        graphAttributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:],
        subgraphs: [DOTSubgraph] = [],
        nodes: [DOTNode] = [],
        edges: [DOTEdge] = []
    ) {
        self.name = name
        self.directed = directed
        self.strict = strict
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.subgraphs = subgraphs
        self.nodes = nodes
        self.edges = edges
    }
}
