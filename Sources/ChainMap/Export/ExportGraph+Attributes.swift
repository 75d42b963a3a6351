/// A node's and an edge's fields as named text values, in one order, for the exports that write them as
/// attributes (GraphML keys, GEXF attribute values).
extension ExportGraph.Node {
    /// The names of ``attributeValues``, in order.
    public static let attributeNames = ["kind", "name", "name_en", "chains", "segments", "sources", "source"]

    /// The node's fields as text in ``attributeNames`` order; lists are `;`-joined, absent values empty.
    /// - Complexity: O(*k*) in the length of its lists.
    public var attributeValues: [String] {
        [kind.rawValue, name, nameEN, chains.joined(separator: ";"), segments.joined(separator: ";"),
         sources.joined(separator: ";"), source]
    }
}

extension ExportGraph.Edge {
    /// The names of ``attributeValues``, in order.
    public static let attributeNames = ["type", "since", "origin", "sources", "note"]

    /// The edge's fields as text in ``attributeNames`` order; lists are `;`-joined, absent values empty.
    /// - Complexity: O(*k*) in the length of its lists.
    public var attributeValues: [String] {
        [type.rawValue, since?.description ?? "", origin, sources.joined(separator: ";"), note]
    }
}

extension XMLText {
    /// Writes ` name="value"`, the value escaped.
    /// - Complexity: O(*n*) in the value's UTF-8 length.
    static func writeAttribute(_ name: StaticString, _ value: String, to out: ByteWriter) throws {
        try out.write(" \(name)=\"")
        try write(value, to: out)
        try out.write("\"")
    }
}
