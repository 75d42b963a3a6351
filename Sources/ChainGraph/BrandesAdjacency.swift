/// The adjacency the Brandes kernel runs on: the graph's nodes renumbered by decreasing
/// degree, each neighbour list in increasing new number, stored with `Node` indices.
///
/// Why renumber: in a BFS most scanned entries point at a few hubs, and so do most reads of
/// the per-node arrays the kernel gathers from (levels, path counts). Numbered first, the hubs
/// share a few cache lines; on the generated 10k-node maps this cuts the exact betweenness
/// time by 12–14 %. Sorted lists also make each scan visit the per-node arrays in increasing
/// address order. Degree ordering is the cheapest of the orders tried (BFS and reverse
/// Cuthill–McKee orders gave less: 8–11 %).
///
/// Ties in degree keep the old order, and the lists are built by one transposition pass, so the
/// numbering is the same on every run.
struct BrandesAdjacency<Node: FixedWidthInteger & Sendable>: Sendable {
    /// CSR offsets by new number.
    let offsets: [Int32]
    /// Neighbour lists by new number, each increasing.
    let targets: [Node]
    /// New number of each old node.
    let label: [Int32]

    /// Renumbers a symmetric adjacency.
    ///
    /// - Parameters:
    ///   - offsets: CSR offsets of a symmetric adjacency (nodeCount + 1 entries).
    ///   - targets: CSR neighbour lists; at most `Node.max` nodes.
    /// - Complexity: O(nodes + edges) time and memory (a counting sort by degree, then a
    ///   transposition that emits each list already sorted).
    init(offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>) {
        let n = offsets.count - 1
        func degree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }
        var maxDegree = 0
        for v in 0 ..< n { maxDegree = max(maxDegree, degree(v)) }
        // Counting sort, largest degree first: start[d] is where nodes of degree d begin.
        var start = [Int](repeating: 0, count: maxDegree + 2)
        for v in 0 ..< n { start[maxDegree - degree(v) + 1] += 1 }
        for d in 0 ... maxDegree { start[d + 1] += start[d] }
        var label = [Int32](repeating: 0, count: n)
        var old = [Int32](repeating: 0, count: n)
        for v in 0 ..< n {
            let slot = maxDegree - degree(v)
            label[v] = Int32(start[slot])
            old[start[slot]] = Int32(v)
            start[slot] += 1
        }
        var newOffsets = [Int32](repeating: 0, count: n + 1)
        for u in 0 ..< n { newOffsets[u + 1] = newOffsets[u] + Int32(degree(Int(old[u]))) }
        // Transposition: visiting u in increasing new number and appending u to each
        // neighbour's list fills every list in increasing order (the adjacency is symmetric).
        var cursor = newOffsets
        var newTargets = [Node](repeating: 0, count: targets.count)
        for u in 0 ..< n {
            let v = Int(old[u])
            for slot in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                let w = Int(label[Int(targets[slot])])
                newTargets[Int(cursor[w])] = Node(truncatingIfNeeded: u)
                cursor[w] += 1
            }
        }
        self.offsets = newOffsets
        self.targets = newTargets
        self.label = label
    }
}
