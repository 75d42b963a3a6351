/// One worker's single-source pass of Brandes' betweenness algorithm, with all its buffers
/// allocated once and reused for every source (no allocation per source).
///
/// The BFS is *direction-optimizing* (Beamer, Asanović & Patterson, "Direction-optimizing
/// breadth-first search", SC 2012), adapted to path counting: each level is expanded either
/// top-down (scan the frontier's neighbours) or bottom-up (scan the unvisited nodes'
/// neighbours), whichever has the smaller degree sum (bottom-up weighted by 1/2). Counting paths cannot stop at the
/// first parent, but on small-world graphs the big middle levels still make bottom-up far
/// cheaper. Top-down steps record each node's successors, bottom-up steps each new node's
/// predecessors, in flat arrays; the backward sweep then *pulls* dependencies from
/// recorded successors and *pushes* them along recorded predecessors:
/// `delta[w] = sigma[w] · Σ_{x ∈ succ(w)} (1 + delta[x]) / sigma[x]`.
///
/// Inner loops are branch-free (flag arithmetic and unconditional writes into spare slots;
/// their outcomes are unpredictable, and comparisons there get compiled into branches).
/// `Node` is the index type of every per-node and per-edge buffer: `UInt16` when the graph
/// has at most 65,535 nodes (half the bytes of `Int32`: on a 10k-node map the distances then
/// fit in L1, and the lists stream twice as fast), else `Int32`. `Node.max` marks a node not yet reached:
/// the largest value, so that `min(distance, next)` labels new nodes without a branch.
/// Between sources every `distance` is `Node.max` and every `value` and `pending` is 0;
/// each pass restores that.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality" (2001).
struct BrandesKernel<Node: FixedWidthInteger> {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Node>
    let nodeCount: Int
    /// BFS level from the current source, or `Node.max` when not reached.
    let distance: UnsafeMutablePointer<Node>
    /// `sigma` (shortest-path count) until the node is finished in the backward sweep, then
    /// its coefficient `(1 + delta) / sigma`.
    let value: UnsafeMutablePointer<Double>
    /// Coefficients pushed to a node by successors that recorded it as a predecessor.
    let pending: UnsafeMutablePointer<Double>
    /// Nodes in BFS order (levels contiguous), plus a spare slot.
    let order: UnsafeMutablePointer<Node>
    /// Position in `order` where each level starts.
    let levelStart: UnsafeMutablePointer<Int32>
    /// Whether the step from level L to L + 1 ran bottom-up.
    let bottomUp: UnsafeMutablePointer<Bool>
    /// Successor lists of nodes expanded top-down, by position in `order`.
    let successors: UnsafeMutablePointer<Node>
    let successorStart: UnsafeMutablePointer<Int32>
    /// Predecessor lists of nodes discovered bottom-up, by position in `order`.
    let predecessors: UnsafeMutablePointer<Node>
    let predecessorStart: UnsafeMutablePointer<Int32>
    /// Nodes not yet reached, for bottom-up steps (built on first use per source).
    let unvisited: UnsafeMutablePointer<Node>

    /// Allocates the buffers for one worker.
    /// - Parameters:
    ///   - offsets: CSR offsets of a symmetric adjacency (nodeCount + 1 entries).
    ///   - targets: CSR neighbour lists; at most `Node.max` nodes.
    init(offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Node>) {
        let n = offsets.count - 1
        // Each undirected edge links consecutive levels in one direction at most, so each
        // list holds at most edges entries; one spare slot for the branch-free writes.
        let m = targets.count / 2 + 1
        self.offsets = offsets
        self.targets = targets
        nodeCount = n
        func buffer<T>(_ count: Int, _ initial: T) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: count)
            pointer.initialize(repeating: initial, count: count)
            return pointer
        }
        distance = buffer(n, Node.max)
        value = buffer(n, 0)
        pending = buffer(n, 0)
        order = buffer(n + 1, 0)
        levelStart = buffer(n + 2, 0)
        bottomUp = buffer(n + 1, false)
        successors = buffer(m, 0)
        successorStart = buffer(n + 1, 0)
        predecessors = buffer(m, 0)
        predecessorStart = buffer(n + 1, 0)
        unvisited = buffer(n + 1, 0)
    }

    func deallocate() {
        distance.deallocate()
        value.deallocate()
        pending.deallocate()
        order.deallocate()
        levelStart.deallocate()
        bottomUp.deallocate()
        successors.deallocate()
        successorStart.deallocate()
        predecessors.deallocate()
        predecessorStart.deallocate()
        unvisited.deallocate()
    }

    @inline(__always) private func degree(_ v: Int) -> Int { Int(offsets[v + 1] &- offsets[v]) }

    /// `x` as an array index.
    @inline(__always) private func at(_ x: Node) -> Int { Int(truncatingIfNeeded: x) }

    /// The stored level of `x` in 32 bits (`Node.max` stays the largest value).
    @inline(__always) private func depth(of x: Node) -> Int32 { Int32(truncatingIfNeeded: distance[at(x)]) }

    /// Adds the dependencies of every node on `source` (Brandes' `delta_s(v)`) to `centrality`.
    ///
    /// - Parameters:
    ///   - source: the source node.
    ///   - centrality: this worker's running sums, one per node.
    /// - Complexity: O(nodes + edges) time, no allocation.
    func accumulate(from source: Node, into centrality: UnsafeMutablePointer<Double>) {
        let s = at(source)
        distance[s] = 0
        value[s] = 1
        order[0] = source
        levelStart[0] = 0
        var tail = 1
        var level: Int32 = 0
        var levelBegin = 0
        var levelEnd = 1
        var frontierDegree = degree(s)
        var unvisitedDegree = targets.count - frontierDegree
        var successorCount = 0
        var predecessorCount = 0
        var unvisitedCount = -1  // not built yet

        // Forward: one BFS level per iteration; sigma of each level is final after its step.
        while levelBegin < levelEnd {
            let next = level + 1
            // Bottom-up entries cost less (no labelling stores), hence the factor 2; the
            // exact factor matters little (1 to 4 measured within 5% on G(n, m)).
            let useBottomUp = unvisitedDegree < 2 * frontierDegree
            bottomUp[Int(level)] = useBottomUp
            if !useBottomUp {
                for position in levelBegin ..< levelEnd {
                    let v = at(order[position])
                    successorStart[position] = Int32(successorCount)
                    let first = successorCount
                    for slot in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                        let x = targets[slot]
                        let dx = depth(of: x)
                        let labelled = min(dx, next)
                        distance[at(x)] = Node(truncatingIfNeeded: labelled)
                        order[tail] = x
                        tail &+= dx > next ? 1 : 0
                        successors[successorCount] = x
                        // labelled - next is -2, -1 or 0; (that + 2) >> 1 is 1 only for 0.
                        successorCount &+= Int(UInt32(bitPattern: labelled &- next &+ 2) >> 1)
                    }
                    let paths = value[v]
                    for entry in first ..< successorCount { value[at(successors[entry])] += paths }
                }
                successorStart[levelEnd] = Int32(successorCount)
            } else {
                if unvisitedCount < 0 {
                    unvisitedCount = 0
                    for x in 0 ..< nodeCount {
                        unvisited[unvisitedCount] = Node(truncatingIfNeeded: x)
                        // 1 + (d - max) >> 31 is 1 exactly when unreached (a comparison here was
                        // compiled into a branch, 10 % of the time).
                        let d = Int32(truncatingIfNeeded: distance[x])
                        unvisitedCount &+= 1 &+ Int((d &- Int32(truncatingIfNeeded: Node.max)) >> 31)
                    }
                }
                var kept = 0
                for i in 0 ..< unvisitedCount {
                    let w = at(unvisited[i])
                    // Reached by an earlier top-down step since the list was built.
                    if distance[w] != Node.max { continue }
                    let start = predecessorCount
                    var sumEven = 0.0
                    var sumOdd = 0.0
                    // Neighbours of an unvisited node are at `level` or deeper (else it would
                    // have been reached); (d - level - 1) >> 31 is 1 exactly at `level`.
                    @inline(__always) func pull(_ x: Node) -> Double {
                        let isParent = (UInt32(bitPattern: depth(of: x) &- level) &- 1) >> 31
                        predecessors[predecessorCount] = x
                        predecessorCount &+= Int(isParent)
                        // A product, not a mask: LLVM turned `value & mask` into a branch
                        // for 16-bit distances. value · 0 is +0 (values are finite, ≥ 0).
                        return value[at(x)] * Double(isParent)
                    }
                    var slot = Int(offsets[w])
                    let end = Int(offsets[w + 1])
                    while slot + 1 < end {
                        sumEven += pull(targets[slot])
                        sumOdd += pull(targets[slot + 1])
                        slot += 2
                    }
                    if slot < end { sumEven += pull(targets[slot]) }
                    if predecessorCount > start {
                        distance[w] = Node(truncatingIfNeeded: next)
                        value[w] = sumEven + sumOdd
                        order[tail] = Node(truncatingIfNeeded: w)
                        predecessorStart[tail] = Int32(start)
                        tail += 1
                    } else {
                        unvisited[kept] = Node(truncatingIfNeeded: w)
                        kept += 1
                    }
                }
                predecessorStart[tail] = Int32(predecessorCount)
                unvisitedCount = kept
            }
            var newDegree = 0
            for position in levelEnd ..< tail { newDegree += degree(at(order[position])) }
            frontierDegree = newDegree
            unvisitedDegree -= newDegree
            level = next
            levelBegin = levelEnd
            levelEnd = tail
            levelStart[Int(level)] = Int32(levelBegin)
        }

        // Backward: deepest level first; level 0 is the source, which gets no credit.
        var current = Int(level) - 1
        while current >= 1 {
            let begin = Int(levelStart[current])
            let end = Int(levelStart[current + 1])
            let pullsFromSuccessors = !bottomUp[current]
            for position in begin ..< end {
                let w = at(order[position])
                var sum = pending[w]
                if pullsFromSuccessors {
                    for entry in Int(successorStart[position]) ..< Int(successorStart[position + 1]) {
                        sum += value[at(successors[entry])]
                    }
                }
                let paths = value[w]
                centrality[w] += paths * sum
                value[w] = sum + 1 / paths
            }
            if current > 1 && bottomUp[current - 1] {
                for position in begin ..< end {
                    let coefficient = value[at(order[position])]
                    for entry in Int(predecessorStart[position]) ..< Int(predecessorStart[position + 1]) {
                        pending[at(predecessors[entry])] += coefficient
                    }
                }
            }
            current -= 1
        }
        // Most sources reach most nodes: then clearing whole arrays (sequential stores)
        // beats three scattered stores per node (4 % of the time on a 10k-node map).
        if tail > nodeCount / 2 {
            distance.update(repeating: Node.max, count: nodeCount)
            value.update(repeating: 0, count: nodeCount)
            pending.update(repeating: 0, count: nodeCount)
            return
        }
        for position in 0 ..< tail {
            let node = at(order[position])
            distance[node] = Node.max
            value[node] = 0
            pending[node] = 0
        }
    }
}
