/// Link-prediction scores from one source node to every node of the graph, from one walk over the neighbours of
/// the source's neighbours instead of one adjacency-list merge per pair.
///
/// Scoring a source against thousands of candidates pair by pair costs O(deg u + deg v) each; one walk costs
/// O(Σ deg w) over the source's neighbours w, after which every score is an O(1) read. Common neighbours are
/// visited in increasing index order, as ``UndirectedGraph/linkScore(between:and:method:)`` visits them, so
/// every score equals that function's bit for bit.
///
/// The value is reusable memory: ``compute(from:method:in:)`` stamps the nodes it reaches instead of clearing
/// arrays, so one instance serves any number of sources of the same graph.
///
/// Reference: the definitions of ``LinkPredictionMethod`` (NetworkX's link-prediction functions).
///
/// Example:
/// ```swift
/// var scores = NeighborhoodScores(graph)
/// scores.compute(from: a, method: .resourceAllocation, in: graph)
/// let r = scores.score(of: b)   // == graph.linkScore(between: a, and: b, method: .resourceAllocation)
/// ```
public struct NeighborhoodScores: Sendable {
    /// One node's slot: whether the current walk reached it or it neighbours the source, and its sum so far.
    @usableFromInline struct Cell: Sendable {
        @usableFromInline var reached: UInt32
        @usableFromInline var neighbor: UInt32
        @usableFromInline var sum: Double
    }

    @usableFromInline var cells: [Cell]
    @usableFromInline var stamp: UInt32 = 0
    /// The graph's CSR offsets (shared storage, not a copy): degrees for Jaccard and preferential attachment.
    @usableFromInline let offsets: [Int32]
    /// The node the scores are from; nil before the first ``compute(from:method:in:)``.
    public private(set) var source: NodeIndex?
    /// The score the values are of.
    public private(set) var method: LinkPredictionMethod = .resourceAllocation

    /// Memory for scores over `graph`.
    /// - Complexity: O(*n*) time and 16 bytes per node.
    public init(_ graph: UndirectedGraph) {
        cells = [Cell](repeating: Cell(reached: 0, neighbor: 0, sum: 0), count: graph.nodeCount)
        offsets = graph.adjacency.offsets
    }

    /// Scores every node against `source`.
    ///
    /// - Parameters:
    ///   - source: a valid node of `graph`.
    ///   - method: the link score.
    ///   - graph: the graph this memory was made for (same node count).
    /// - Complexity: O(Σ deg w) over the neighbours w of `source`; O(deg source) for preferential attachment.
    public mutating func compute(from source: NodeIndex, method: LinkPredictionMethod, in graph: UndirectedGraph) {
        precondition(graph.nodeCount == cells.count && graph.isValid(source), "NeighborhoodScores used with another graph")
        beginWalk(from: source, method: method)
        let stamp = self.stamp
        let walks = method != .preferentialAttachment
        graph.withRawAdjacency { offsets, targets in
            cells.withUnsafeMutableBufferPointer { cells in
                walkTwoHop(from: source.int, offsets: offsets, targets: targets,
                           share: { w, degree in
                               cells[w].neighbor = stamp
                               return walks ? method.commonNeighborWeight(degree: Double(degree)) : nil
                           },
                           visit: { x, weight in
                               if cells[x].reached != stamp {
                                   cells[x].reached = stamp
                                   cells[x].sum = 0
                               }
                               cells[x].sum += weight
                           })
            }
        }
    }

    /// Starts a walk: a fresh stamp (clearing the cells when the stamps run out), the source and the method.
    mutating func beginWalk(from source: NodeIndex, method: LinkPredictionMethod) {
        if stamp == UInt32.max {
            for index in cells.indices { cells[index] = Cell(reached: 0, neighbor: 0, sum: 0) }
            stamp = 0
        }
        stamp += 1
        self.source = source
        self.method = method
    }

    /// The score of the pair {source, `node`}; equal to `graph.linkScore(between: source, and: node, method:)`.
    ///
    /// - Complexity: O(1).
    @inlinable @inline(__always) public func score(of node: NodeIndex) -> Double {
        guard let source else { return 0 }
        let cell = cells[node.int]
        let common = cell.reached == stamp ? cell.sum : 0
        switch method {
        case .commonNeighbors, .adamicAdar, .resourceAllocation:
            return common
        case .jaccard:
            let union = degree(source) + degree(node) - Int(common)
            return union == 0 ? 0 : common / Double(union)
        case .preferentialAttachment:
            return Double(degree(source)) * Double(degree(node))
        }
    }

    /// Whether `node` is adjacent to the source.
    ///
    /// - Complexity: O(1).
    @inlinable @inline(__always) public func isNeighbor(_ node: NodeIndex) -> Bool {
        source != nil && cells[node.int].neighbor == stamp
    }

    @inlinable func degree(_ node: NodeIndex) -> Int {
        Int(offsets[node.int + 1] - offsets[node.int])
    }
}
