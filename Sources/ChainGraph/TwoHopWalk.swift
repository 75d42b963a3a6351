/// The two-hop walk every neighbour-based link scorer shares (``UndirectedGraph/topK(for:k:method:)``, its pruned
/// form, and ``NeighborhoodScores``): for each neighbour `w` of `u`, in increasing index order, the score `w` adds to
/// each of its own neighbours `x`, in list order.
///
/// Walking the neighbours in increasing order is what makes each accumulated sum equal, bit for bit, the pairwise
/// ``UndirectedGraph/linkScore(between:and:method:)``, which adds the same terms in the same order.
///
/// - Parameters:
///   - u: the source node.
///   - offsets: the CSR offsets of the undirected graph.
///   - targets: the CSR neighbour lists.
///   - share: called once per neighbour `w` with `w` and its degree; returns what `w` adds to each of its
///     neighbours, or nil to skip `w`'s list.
///   - visit: called with each neighbour `x` of a walked `w` and `w`'s share.
/// - Complexity: O(Σ deg w) over the walked neighbours `w` of `u`.
@inline(__always)
func walkTwoHop(
    from u: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    share: (_ w: Int, _ degree: Int) -> Double?, visit: (_ x: Int, _ share: Double) -> Void
) {
    for slot in Int(offsets[u]) ..< Int(offsets[u + 1]) {
        let w = Int(targets[slot])
        let start = Int(offsets[w]), end = Int(offsets[w + 1])
        guard let contribution = share(w, end - start) else { continue }
        for inner in start ..< end { visit(Int(targets[inner]), contribution) }
    }
}

extension TopKScratch {
    /// Adds `share` to candidate `x` of the current top-k query: the first time it is reached its score becomes
    /// `share` exactly and it joins `touched`; the query node and its neighbours (marked `blocked`) are left alone.
    @inline(__always)
    static func accumulate(
        _ x: Int, _ share: Double, cells: UnsafeMutablePointer<TopKCell>, touched: UnsafeMutablePointer<Int32>,
        candidate: UInt64, blocked: UInt64, touchedCount: inout Int
    ) {
        let cell = cells + x
        let mark = cell.pointee.mark
        if mark == candidate {
            cell.pointee.score += share
        } else if mark != blocked {
            cell.pointee = TopKCell(mark: candidate, score: share)
            touched[touchedCount] = Int32(x)
            touchedCount += 1
        }
    }
}
