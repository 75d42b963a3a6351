/// Accumulates nodes and edges, then freezes them into an immutable CSR ``Graph``.
///
/// Node ids are unique: adding an id a second time returns the existing index (and keeps
/// the first kind). Edges may repeat and may be self-loops; ``Graph`` keeps them all.
///
/// Example:
/// ```swift
/// let firm = NodeTag(rawValue: 1), supplies = EdgeType(rawValue: 1)
/// var builder = GraphBuilder(reservingNodes: 2, edges: 1)
/// let a = builder.addNode(id: "acme", kind: firm)
/// let b = builder.addNode(id: "globex", kind: firm)
/// builder.addEdge(from: a, to: b, type: supplies, weight: 2.5)
/// let graph = builder.build()   // graph.edgeCount == 1
/// ```
public struct GraphBuilder: Sendable {
    var nodes: NodeTable
    var sources: [Int32] = []
    var targets: [Int32] = []
    var types: [UInt8] = []
    var weights: [Double] = []

    /// Creates an empty builder.
    /// - Parameters:
    ///   - nodes: expected node count, to reserve storage up front.
    ///   - edges: expected edge count, to reserve storage up front.
    public init(reservingNodes nodes: Int = 0, edges: Int = 0) {
        self.nodes = NodeTable(reservingCapacity: nodes)
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
        types.reserveCapacity(edges)
    }

    /// The number of distinct nodes added so far.
    public var nodeCount: Int { nodes.count }

    /// The number of edges added so far.
    public var edgeCount: Int { sources.count }

    /// Adds a node, or finds the node that already has this id.
    /// - Parameters:
    ///   - id: the node's unique id.
    ///   - kind: the node's kind; ignored when the id already exists.
    /// - Returns: the node's index (new or existing).
    /// - Complexity: O(1) amortized.
    @discardableResult
    public mutating func addNode(id: String, kind: NodeTag) -> NodeIndex {
        precondition(nodes.count < Int(Int32.max), "too many nodes for Int32 indices")
        return NodeIndex(rawValue: nodes.add(id: id, kind: kind))
    }

    /// Adds a directed edge.
    /// - Parameters:
    ///   - from: the tail, an index returned by ``addNode(id:kind:)``.
    ///   - to: the head, an index returned by ``addNode(id:kind:)``.
    ///   - type: the edge's type tag.
    ///   - weight: the edge's weight (cost or length for the weighted algorithms).
    /// - Complexity: O(1) amortized.
    public mutating func addEdge(from: NodeIndex, to: NodeIndex, type: EdgeType, weight: Double = 1) {
        precondition(from.rawValue >= 0 && Int(from.rawValue) < nodes.count, "edge source is not a node")
        precondition(to.rawValue >= 0 && Int(to.rawValue) < nodes.count, "edge target is not a node")
        precondition(sources.count < Int(Int32.max), "too many edges for Int32 indices")
        sources.append(from.rawValue)
        targets.append(to.rawValue)
        types.append(type.rawValue)
        // Unit weights are not stored until the first other weight: a map's million ties all weigh 1.
        if weight != 1 || !weights.isEmpty {
            if weights.isEmpty { weights = [Double](repeating: 1, count: sources.count - 1) }
            weights.append(weight)
        }
    }

    /// Freezes the builder into a CSR graph.
    ///
    /// Out-edges are ordered by source, then target, then insertion order; that order
    /// defines the ``EdgeIndex`` values.
    /// - Returns: the immutable graph.
    /// - Complexity: O(nodes + edges) (two stable counting sorts, no comparison sort).
    public func build() -> Graph {
        let n = nodes.count
        let (order, offsets) = countingSortPermutation(primary: sources, secondary: targets, keyCount: n)
        let allUnit = weights.allSatisfy { $0 == 1 }
        var outTargets = [Int32](repeating: 0, count: order.count)
        var outTypes = [UInt8](repeating: 0, count: order.count)
        var outWeights = [Double](repeating: 1, count: allUnit ? 0 : order.count)
        for (slot, entry) in order.enumerated() {
            let e = Int(entry)
            outTargets[slot] = targets[e]
            outTypes[slot] = types[e]
            if !allUnit { outWeights[slot] = weights[e] }
        }
        return Graph(nodes: nodes, out: CSR(offsets: offsets, targets: outTargets, weights: outWeights), edgeTypes: outTypes)
    }
}
