import ChainMap

// A small, deterministic builder for Graphviz DOT text. Pure Swift: it knows
// nothing of Graphviz's C API and nothing of the chainmap domain.
//
// Escaping rules (the whole contract of this file):
// - Every id (graph, subgraph, node) and every `.text` value is written as a
//   quoted DOT string, so keywords, spaces, punctuation and any Unicode are safe.
// - Inside quotes, `"` becomes `\"` and `\` becomes `\\`. Graphviz keeps `\\`
//   through parsing and turns it into one backslash when it draws a label, so
//   `\N`, `\G`, `\l` and friends in user text are shown literally rather than
//   expanded. (A consequence: in attributes Graphviz never unescapes, such as
//   `fontname`, a backslash stays doubled. Such attributes have no business
//   holding backslashes.)
// - Line breaks (`\n`, `\r\n`, `\r`) become DOT's `\n` (a centred line break),
//   and NUL characters are dropped (C strings end there). Other control
//   characters (which would make the SVG ill-formed XML) become U+FFFD.
// - In HTML-like text (`htmlEscaped`), `\` becomes `\\` too: Graphviz expands
//   `\N`, `\G`, `\E` there as well (even written as `&#92;N`), and shows `\\`
//   as one backslash.
// - `.html` values are written between `<` and `>` verbatim: the caller owns
//   the markup and escapes text pieces with `DOTValue.htmlEscaped(_:)`.
// - Attributes are written sorted by key; subgraphs, nodes and edges in the
//   order they were added. The same graph value always gives the same text.

/// The value of one DOT attribute.
public enum DOTValue: Sendable, Hashable {
    /// Plain text, written as an escaped, quoted DOT string.
    case text(String)
    /// An HTML-like label body, written as `<body>` with no escaping.
    case html(String)

    /// An HTML-like label showing `text` as-is (escaped for HTML).
    public static func htmlText(_ text: String) -> DOTValue {
        .html(htmlEscaped(text))
    }

    /// Escapes text for a piece of an HTML-like label: `&`, `<`, `>` and `"`
    /// become entities, `\` is doubled (so `\N`, `\G`, `\L`, … show as written),
    /// NUL is dropped and other control characters become U+FFFD. Line breaks
    /// and tabs are left alone: inside an HTML-like label they are mere
    /// whitespace; use `<BR/>` for a new line.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func htmlEscaped(_ text: String) -> String {
        text.escapingScalars { scalar in
            if let reference = ScalarEscape.markupReference(scalar) { return reference }
            return switch scalar {
            case "\\": .replace("\\\\")
            case "\0": .drop
            case "\t", "\n", "\r": .keep
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: .replace("\u{FFFD}")
            default: .keep
            }
        }
    }

    /// `text` as a quoted DOT string, escaped as described at the top of this file.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }  // "\r\n" is one break
            case "\0": break
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// The value as it appears in DOT text.
    var dotText: String {
        switch self {
        case .text(let text): DOTValue.quoted(text)
        case .html(let markup): "<" + markup + ">"
        }
    }
}

extension DOTValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// A quoted text value: `"…"` in DOT, escaped as needed.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension DOTValue: ExpressibleByIntegerLiteral {
    /// A whole number as text (`penwidth=2`).
    public init(integerLiteral value: Int) { self = .text(String(value)) }
}

extension DOTValue: ExpressibleByFloatLiteral {
    // Swift prints the shortest round-tripping form: deterministic.
    /// A number as text, in Swift's shortest form that reads back as the same `Double` (`0.5`, `1e-05`).
    public init(floatLiteral value: Double) { self = .text(String(value)) }
}

extension DOTValue: ExpressibleByBooleanLiteral {
    /// `true` or `false` as text.
    public init(booleanLiteral value: Bool) { self = .text(value ? "true" : "false") }
}

/// A set of DOT attributes. Setting a key twice keeps the last value; keys
/// are written in sorted order, so insertion order never shows in the text.
public struct DOTAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private var values: [String: DOTValue]

    /// No attributes.
    public init() { values = [:] }

    /// A repeated key keeps its last value (a plain Dictionary literal would trap).
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        values = [:]
        for (key, value) in elements { values[key] = value }
    }

    /// The value of attribute `key`, or nil; setting nil removes it.
    public subscript(key: String) -> DOTValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// True when no attribute is set.
    public var isEmpty: Bool { values.isEmpty }
    /// The number of attributes set.
    public var count: Int { values.count }

    /// The attributes sorted by key.
    ///
    /// - Complexity: O(k log k) for k attributes.
    public var sorted: [(key: String, value: DOTValue)] {
        values.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    /// ` [a="1", b="2"]`, or "" when empty.
    var dotList: String {
        if values.isEmpty { return "" }
        return " [" + sorted.map { DOTAttributes.key($0.key) + "=" + $0.value.dotText }.joined(separator: ", ") + "]"
    }

    /// Attribute names are bare when they are plain identifiers that are not
    /// DOT keywords (every Graphviz attribute is), quoted otherwise.
    static func key(_ name: String) -> String {
        let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "_" || isASCIILetter(first)
        else { return DOTValue.quoted(name) }
        while let scalar = scalars.next() {
            if !(scalar == "_" || isASCIILetter(scalar) || ("0"..."9").contains(scalar)) {
                return DOTValue.quoted(name)
            }
        }
        return keywords.contains(name.lowercased()) ? DOTValue.quoted(name) : name
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

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

    /// The DOT text: two-space indentation, one statement per line, ending
    /// in a newline. Equal graphs give identical text.
    ///
    /// - Complexity: O(size of the output), plus sorting each attribute set.
    public func render() -> String {
        var writer = DOTTextWriter(edgeOperator: directed ? " -> " : " -- ")
        var header = (strict ? "strict " : "") + (directed ? "digraph" : "graph")
        if !name.isEmpty { header += " " + DOTValue.quoted(name) }
        writer.line(0, header + " {")
        writer.body(
            depth: 1, graphAttributes: graphAttributes, nodeDefaults: nodeDefaults,
            edgeDefaults: edgeDefaults, subgraphs: subgraphs, nodes: nodes, edges: edges)
        writer.line(0, "}")
        return writer.text
    }
}

/// Accumulates DOT text; shared by the root graph and its subgraphs.
private struct DOTTextWriter {
    let edgeOperator: String
    var text = ""

    mutating func line(_ depth: Int, _ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func body(
        depth: Int, graphAttributes: DOTAttributes, nodeDefaults: DOTAttributes,
        edgeDefaults: DOTAttributes, subgraphs: [DOTSubgraph], nodes: [DOTNode], edges: [DOTEdge]
    ) {
        if !graphAttributes.isEmpty { line(depth, "graph" + graphAttributes.dotList + ";") }
        if !nodeDefaults.isEmpty { line(depth, "node" + nodeDefaults.dotList + ";") }
        if !edgeDefaults.isEmpty { line(depth, "edge" + edgeDefaults.dotList + ";") }
        for subgraph in subgraphs {
            line(depth, "subgraph " + DOTValue.quoted(subgraph.id) + " {")
            body(
                depth: depth + 1, graphAttributes: subgraph.graphAttributes,
                nodeDefaults: subgraph.nodeDefaults, edgeDefaults: subgraph.edgeDefaults,
                subgraphs: subgraph.subgraphs, nodes: subgraph.nodes, edges: subgraph.edges)
            line(depth, "}")
        }
        for node in nodes {
            line(depth, DOTValue.quoted(node.id) + node.attributes.dotList + ";")
        }
        for edge in edges {
            line(depth, DOTValue.quoted(edge.from) + edgeOperator + DOTValue.quoted(edge.to) + edge.attributes.dotList + ";")
        }
    }
}
