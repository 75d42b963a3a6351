/// The neighbour lists of an undirected graph that keep only the neighbours in a subset of nodes: what a
/// link-score walk needs when only the subset's scores will be read (``NeighborhoodScores/compute(from:method:in:reaching:)``).
///
/// A walk over the full lists costs Σ deg w over the source's neighbours w; through these lists it costs Σ of
/// w's neighbours *in the subset*, which is far less when the subset is small (the experts of a map, say, beside
/// its enterprises). Every list keeps the graph's increasing order.
///
/// Storage: one `Int32` offset per node and one `Int32` per kept entry.
public struct SubsetAdjacency: Sendable {
    /// `nodeCount + 1` prefix sums of the kept degrees.
    let offsets: [Int32]
    /// The kept neighbours, grouped by node, increasing.
    let targets: [Int32]

    /// Keeps, in every neighbour list of `graph`, the neighbours for which `isKept` is true.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - isKept: whether a node belongs to the subset.
    /// - Complexity: O(*n* + *e*) time; O(*n* + kept entries) memory.
    public init(_ graph: UndirectedGraph, keeping isKept: (NodeIndex) -> Bool) {
        let n = graph.nodeCount
        var kept = [Bool](repeating: false, count: n)
        for v in 0 ..< n { kept[v] = isKept(NodeIndex(v)) }
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        graph.withRawAdjacency { graphOffsets, graphTargets in
            var count = 0
            for v in 0 ..< n {
                for slot in Int(graphOffsets[v]) ..< Int(graphOffsets[v + 1]) where kept[Int(graphTargets[slot])] { count += 1 }
            }
            targets.reserveCapacity(count)
            for v in 0 ..< n {
                for slot in Int(graphOffsets[v]) ..< Int(graphOffsets[v + 1]) where kept[Int(graphTargets[slot])] {
                    targets.append(graphTargets[slot])
                }
                offsets[v + 1] = Int32(targets.count)
            }
        }
        self.offsets = offsets
        self.targets = targets
    }

    /// The number of nodes (that of the graph it was made from).
    public var nodeCount: Int { offsets.count - 1 }

    /// The number of kept neighbour entries (each kept edge end once per list it appears in).
    public var entryCount: Int { targets.count }
}

extension NeighborhoodScores {
    /// Scores the subset's nodes against `source`: as ``compute(from:method:in:)``, but walking only the
    /// neighbours that `subset` keeps.
    ///
    /// Afterwards ``score(of:)`` of a node of the subset, and of `source` itself, and ``isNeighbor(_:)`` of any
    /// node, equal those of ``compute(from:method:in:)`` bit for bit (the same terms are added in the same order,
    /// each common neighbour's share from its full degree); ``score(of:)`` of any other node is not its score.
    ///
    /// - Parameters:
    ///   - source: a valid node of `graph`.
    ///   - method: the link score.
    ///   - graph: the graph this memory was made for.
    ///   - subset: the lists of `graph` restricted to the nodes whose scores will be read.
    /// - Complexity: O(deg source + Σ deg′ w) over the neighbours w of `source`, deg′ counting neighbours in the subset.
    public mutating func compute(from source: NodeIndex, method: LinkPredictionMethod, in graph: UndirectedGraph,
                                 reaching subset: SubsetAdjacency) {
        precondition(graph.nodeCount == cells.count && subset.nodeCount == cells.count && graph.isValid(source),
                     "NeighborhoodScores used with another graph")
        beginWalk(from: source, method: method)
        let stamp = self.stamp
        let walks = method != .preferentialAttachment
        let u = source.int
        graph.withRawAdjacency { offsets, targets in
            subset.offsets.withUnsafeBufferPointer { keptOffsets in
                subset.targets.withUnsafeBufferPointer { keptTargets in
                    cells.withUnsafeMutableBufferPointer { cells in
                        func add(_ x: Int, _ weight: Double) {
                            if cells[x].reached != stamp {
                                cells[x].reached = stamp
                                cells[x].sum = 0
                            }
                            cells[x].sum += weight
                        }
                        for slot in Int(offsets[u]) ..< Int(offsets[u + 1]) {
                            let w = Int(targets[slot])
                            cells[w].neighbor = stamp
                            guard walks else { continue }
                            let weight = method.commonNeighborWeight(degree: Double(offsets[w + 1] - offsets[w]))
                            // The full walk reaches the source from every neighbour: its own sum, in the same order.
                            add(u, weight)
                            for inner in Int(keptOffsets[w]) ..< Int(keptOffsets[w + 1]) {
                                let x = Int(keptTargets[inner])
                                if x != u { add(x, weight) }
                            }
                        }
                    }
                }
            }
        }
    }
}
