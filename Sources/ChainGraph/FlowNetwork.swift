/// A directed network with integer arc capacities and costs, input of min-cost flow.
///
/// Arcs are numbered in insertion order; results report the flow on each arc by that
/// number. A `nil` capacity means unbounded (NetworkX's missing `capacity` attribute).
///
/// Example:
/// ```swift
/// var network = FlowNetwork(nodeCount: 3)
/// network.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: 4, cost: 2)
/// network.addArc(from: NodeIndex(1), to: NodeIndex(2), capacity: 3, cost: 1)
/// let result = try network.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(2))
/// // result.flow == 3, result.cost == 9
/// ```
public struct FlowNetwork: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    var tails: [Int32] = []
    var heads: [Int32] = []
    var capacities: [Int?] = []
    var costs: [Int] = []

    /// Creates a network without arcs.
    /// - Parameter nodeCount: the number of nodes, indexed `0..<nodeCount`.
    public init(nodeCount: Int) {
        precondition(nodeCount >= 0 && nodeCount <= Int(Int32.max), "invalid node count")
        self.nodeCount = nodeCount
    }

    /// The number of arcs.
    public var arcCount: Int { tails.count }

    /// Adds an arc.
    /// - Parameters:
    ///   - from: the tail node.
    ///   - to: the head node.
    ///   - capacity: the most flow the arc carries (≥ 0), or `nil` for unbounded.
    ///   - cost: the cost per unit of flow (may be negative).
    /// - Returns: the arc's number, `0..<arcCount`.
    /// - Complexity: O(1) amortized.
    @discardableResult
    public mutating func addArc(from: NodeIndex, to: NodeIndex, capacity: Int?, cost: Int) -> Int {
        precondition(from.int >= 0 && from.int < nodeCount && to.int >= 0 && to.int < nodeCount, "arc endpoint is not a node")
        tails.append(from.rawValue)
        heads.append(to.rawValue)
        capacities.append(capacity)
        costs.append(cost)
        return tails.count - 1
    }

    /// The arc's endpoints, capacity and cost.
    /// - Parameter arc: an arc number.
    /// - Complexity: O(1).
    public func arc(_ arc: Int) -> (from: NodeIndex, to: NodeIndex, capacity: Int?, cost: Int) {
        (NodeIndex(rawValue: tails[arc]), NodeIndex(rawValue: heads[arc]), capacities[arc], costs[arc])
    }
}

/// The result of a min-cost flow computation.
public struct FlowResult: Hashable, Sendable {
    /// The amount sent from source to sink.
    public var flow: Int
    /// The total cost, Σ flow(arc) · cost(arc).
    public var cost: Int
    /// The flow on each arc, by arc number.
    public var arcFlows: [Int]
}

/// Why a min-cost flow could not be computed.
public enum FlowError: Error, Hashable, Sendable {
    /// Source and sink are the same node.
    case sourceIsSink
    /// An arc has a negative capacity.
    case negativeCapacity(arc: Int)
    /// The network has a cycle of negative total cost (of any capacity). Successive shortest
    /// paths needs a residual network without one; NetworkX raises `NetworkXUnbounded` when
    /// such a cycle has unbounded capacity and otherwise saturates it.
    case negativeCostCycle
    /// A path of unbounded-capacity arcs joins source to sink, so the flow has no maximum
    /// (NetworkX: `NetworkXUnbounded`).
    case unboundedFlow
    /// The requested amount exceeds the maximum flow (NetworkX: `NetworkXUnfeasible`).
    case infeasible(maximumFlow: Int)
    /// A capacity or cost sum does not fit in `Int`.
    case overflow
}

extension Graph {
    /// A flow network with one arc per edge of this graph, arc number = edge index.
    ///
    /// - Parameters:
    ///   - capacity: the capacity of each edge's arc (`nil`: unbounded).
    ///   - cost: the cost per unit of flow on each edge's arc.
    /// - Returns: the network, ready for ``FlowNetwork/minCostMaxFlow(source:sink:)``.
    /// - Complexity: O(nodes + edges) plus the closures' cost.
    public func flowNetwork(capacity: (Edge) -> Int?, cost: (Edge) -> Int) -> FlowNetwork {
        var network = FlowNetwork(nodeCount: nodeCount)
        for v in 0 ..< nodeCount {
            for e in out.range(of: v) {
                let edge = makeEdge(e, source: Int32(v))
                network.addArc(from: edge.source, to: edge.target, capacity: capacity(edge), cost: cost(edge))
            }
        }
        return network
    }
}
