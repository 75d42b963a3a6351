extension GraphBuilder {
    /// The node already added under this id, if any.
    /// - Parameter id: the node's id.
    /// - Returns: its index, or `nil` if no node has this id.
    /// - Complexity: O(1) expected.
    public func index(of id: String) -> NodeIndex? {
        nodes.indexByID[id].map { NodeIndex(rawValue: $0) }
    }

    /// Freezes the builder straight into the simple undirected projection, without the directed ``Graph``.
    ///
    /// The result equals `build().undirectedSimple()`: directions dropped, self-loops removed, parallel edges
    /// merged (weights by their minimum), neighbour lists sorted, same node indices. When every edge weighs 1
    /// the directed graph and the sorting permutations are never made, so the peak memory is the builder's
    /// edges plus the projection's adjacency, about a third of the two-step route.
    ///
    /// - Returns: the symmetric CSR graph with sorted neighbour lists.
    /// - Complexity: O(nodes + edges · log maxDegree).
    public consuming func buildUndirectedSimple() -> UndirectedGraph {
        // Weighted edges keep the general route: its minimum-weight merge is the reference.
        guard weights.isEmpty else { return build().undirectedSimple() }
        let n = nodes.count
        var offsets = [Int32](repeating: 0, count: n + 1)
        for e in sources.indices where sources[e] != targets[e] {
            offsets[Int(sources[e]) + 1] += 1
            offsets[Int(targets[e]) + 1] += 1
        }
        for i in 0 ..< n { offsets[i + 1] += offsets[i] }
        var adjacent = [Int32](repeating: 0, count: Int(offsets[n]))
        var next = offsets
        for e in sources.indices where sources[e] != targets[e] {
            let s = Int(sources[e]), t = Int(targets[e])
            adjacent[Int(next[s])] = Int32(t)
            next[s] += 1
            adjacent[Int(next[t])] = Int32(s)
            next[t] += 1
        }
        // The edge lists are done with: freed before the lists are sorted and merged.
        next = []
        sources = []
        targets = []
        types = []
        // Each list sorted in place, then repeats dropped while compacting towards the front.
        var write = 0
        var start = 0
        for u in 0 ..< n {
            let end = Int(offsets[u + 1])
            offsets[u] = Int32(write)
            adjacent[start ..< end].sort()
            var last: Int32 = -1
            for slot in start ..< end where adjacent[slot] != last {
                last = adjacent[slot]
                adjacent[write] = last
                write += 1
            }
            start = end
        }
        offsets[n] = Int32(write)
        adjacent.removeLast(adjacent.count - write)
        return UndirectedGraph(nodes: nodes, adjacency: CSR(offsets: offsets, targets: adjacent, weights: []))
    }
}
