extension AssignmentState {
    /// The frame of one Dijkstra search of ``AssignmentState``: buffers into the state's arrays and the search's
    /// scratch as stored properties, so that the hot loop runs on a struct's own fields (local variables captured by
    /// nested functions cost a runtime exclusivity check on every access: 5 % of `match` on a million ties).
    struct Search {
        let nodes: UnsafeMutableBufferPointer<Node>
        let offsets: UnsafeBufferPointer<Int32>
        let slotRight: UnsafeBufferPointer<Int32>
        let slotCost: UnsafeBufferPointer<SlotCost>
        let nLeft: Int, dump: Int, sink: Int, big: Int
        /// The sink (a live search, which leaves dead nodes out) or the dump (a dead node's search).
        let target: Int
        /// The dead nodes' share of potential.
        let deadOffset: Int
        var touched: [Int32]
        var scanning: [Int32]
        var heap: KeyTieHeap
        /// The least distance at which a live search met a dead node: how far the dead nodes' offset may move.
        var deadReach = Int.max
        /// The target's distance once settled.
        var targetDistance = Int.max

        var live: Bool { target == sink }

        @inline(__always) func potential(_ v: Int) -> Int {
            nodes[v].potential &+ (nodes[v].dead ? deadOffset : 0)
        }

        @inline(__always) mutating func relax(_ v: Int, _ w: Int, _ reduced: Int, slot: Int32, from d: Int) {
            let candidate = d + reduced
            if nodes[w].dead && live {
                deadReach = min(deadReach, candidate)
                return
            }
            // Not closer than the target's tentative distance: neither on the path found nor a potential moved (the
            // search stops before anything at the target's distance would settle).
            guard candidate < nodes[w].distance, candidate < nodes[target].distance else { return }
            if nodes[w].distance == Int.max { touched.append(Int32(w)) }
            nodes[w].distance = candidate
            nodes[w].parentNode = Int32(v)
            nodes[w].parentSlot = slot
            heap.push(candidate, AssignmentState.real + w)
        }

        /// Relaxes the left node of scan rank `rank` along its next slots, cheapest first, while they come before
        /// every heap entry; then leaves a marker at the next slot's lower bound, unless that bound is not closer than
        /// the target. The bound (distance + cost + the left node's potential) never exceeds the reduced distance, right
        /// potentials being ≤ 0, so every arc is relaxed before the node it reaches could settle, and arcs of equal
        /// reduced distance in the eager order (earlier-settled left node first).
        @inline(__always) mutating func scan(rank: Int) {
            let v = Int(scanning[rank])
            let d = nodes[v].distance, pv = potential(v)
            let end = Int(offsets[v + 1])
            var slot = Int(nodes[v].cursor)
            while slot < end {
                let cost = Int(slotCost[slot])
                let bound = d + cost + pv
                if bound >= nodes[target].distance { break }
                if let top = heap.first, top < KeyTieHeap.Entry(key: bound, tie: rank) {
                    heap.push(bound, rank)
                    break
                }
                let right = Int(slotRight[slot])
                // A settled right node needs no test here: it settled no farther than this slot's bound, so the
                // relaxation fails on distance (a quarter of the arcs read; the test was an unpredictable branch).
                if nodes[right].assigned != Int32(slot) {
                    relax(v, right, cost + pv - potential(right), slot: Int32(slot), from: d)
                }
                slot += 1
            }
            nodes[v].cursor = Int32(slot)
        }

        /// Settles nodes from `left` until the target's distance is final or nothing is left.
        ///
        /// The target counts as settled as soon as no heap entry is closer than its tentative distance: the nodes
        /// that would still settle first are at that distance, so their potentials do not move and none of them can
        /// give the target a shorter path or another parent (a parent changes only on a strictly shorter distance).
        /// The path, the distances and the potentials are those of settling everything at the target's distance
        /// first, at a fraction of the work when many nodes tie with the target (on the 1M-tie map of `match` 44 %
        /// of the nodes settled, and a third of the arcs read).
        /// - Returns: whether the target was reached.
        mutating func run(from left: Int) -> Bool {
            // The last search may have stopped with entries left.
            heap.removeAll()
            scanning.removeAll(keepingCapacity: true)
            nodes[left].distance = 0
            touched.append(Int32(left))
            heap.push(0, AssignmentState.real + left)
            while let entry = heap.pop() {
                // Nothing left can come closer than the target's tentative distance: what settles from here on
                // (ties with the target) moves no potential and changes no parent on its path.
                if entry.key >= nodes[target].distance {
                    nodes[target].settled = true
                    targetDistance = nodes[target].distance
                    return true
                }
                if entry.tie < AssignmentState.real {
                    scan(rank: entry.tie)
                    continue
                }
                let v = entry.tie - AssignmentState.real, d = entry.key
                if nodes[v].settled || d > nodes[v].distance { continue }
                nodes[v].settled = true
                if v == target {
                    targetDistance = d
                    return true
                }
                let pv = potential(v)
                if v < nLeft {
                    // The dump: the target of a dead node's search, left out of a live one.
                    relax(v, dump, pv - potential(dump), slot: -1, from: d)
                    if offsets[v] < offsets[v + 1] {
                        nodes[v].cursor = offsets[v]
                        scanning.append(Int32(v))
                        scan(rank: scanning.count - 1)
                    }
                } else if v < dump {
                    if nodes[v].assigned >= 0 {
                        let back = Int(nodes[v].assignedLeft)
                        if !nodes[back].settled {
                            relax(v, back, -nodes[v].assignedCost + pv - potential(back), slot: -1, from: d)
                        }
                    } else if live {
                        relax(v, sink, -big + pv - potential(sink), slot: -1, from: d)
                    }
                }
                // The dump is never expanded: a live search leaves it out, a dead one stops there.
            }
            return false
        }

        /// Moves the potentials after ``run(from:)``; marks every node reached dead if a live search found nothing.
        /// - Returns: the dead nodes' offset from now on.
        mutating func movePotentials(reached: Bool) -> Int {
            if reached {
                // π(v) += d(v) − d(target) for nodes settled closer than the target (the others keep theirs): reduced
                // costs stay non-negative and the path found gets reduced cost 0. Toward the dump every node touched
                // is dead, so the shared offset does not enter.
                for node in touched {
                    let v = Int(node)
                    if nodes[v].settled && nodes[v].distance < targetDistance {
                        nodes[v].potential += nodes[v].distance - targetDistance
                    }
                }
                // A live search's dead nodes, as if settled no closer than the nearest of them it met: arcs into them
                // from settled nodes keep a reduced cost ≥ 0.
                return live ? deadOffset + (min(deadReach, targetDistance) - targetDistance) : deadOffset
            }
            // Nothing free within reach: every node reached is dead. Potentials as if the target lay at the farthest
            // distance settled (every node reached was settled), dead nodes met as if no closer than the nearest.
            var farthest = 0
            for node in touched { farthest = max(farthest, nodes[Int(node)].distance) }
            let offset = deadOffset + (min(deadReach, farthest) - farthest)
            for node in touched {
                let v = Int(node)
                let moved = nodes[v].potential + nodes[v].distance - farthest
                nodes[v].dead = true
                nodes[v].potential = moved - offset
            }
            return offset
        }
    }
}
