// Index checks at the public entry points of the engine. Several algorithms read through unsafe buffers for
// speed, where an out-of-range index would read or write past the end instead of trapping; these preconditions
// hold in debug and release builds alike.

extension Graph {
    /// Whether `node` is a node of this graph.
    @inline(__always) func contains(_ node: NodeIndex) -> Bool { node.rawValue >= 0 && node.int < nodeCount }
}

extension UndirectedGraph {
    /// Whether `node` is a node of this graph.
    @inline(__always) func contains(_ node: NodeIndex) -> Bool { node.rawValue >= 0 && node.int < nodeCount }
}
