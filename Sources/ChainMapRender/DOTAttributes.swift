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
