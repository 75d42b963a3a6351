import ChainGraph

extension CandidateRanking {
    /// The candidates of some kinds only (the experts, for `match`), indexed once so that ranking many subjects
    /// for them reads only them.
    ///
    /// Ranking with `kinds` scores the same actors either way; without a pool the master lists of every kind are
    /// read and the others skipped one by one, and the link-score walk visits every neighbour of the enterprise's
    /// neighbours. A pool holds the master lists of those kinds alone (the same order, hence the same class
    /// blocks) and, when those kinds are a small part of the graph, the neighbour lists restricted to them, so the
    /// walk adds only the scores that will be read: the same scores, bit for bit, in a fraction of the time.
    struct KindPool: Sendable {
        let kinds: Set<NodeKind>
        /// `masters` keeping the actors of `kinds`.
        let masters: [[Int32]]
        /// The runs of one class in each of `masters`.
        let masterBlocks: [[MasterBlock]]
        /// The graph's neighbour lists keeping the nodes of those actors; nil when that would save little.
        let adjacency: SubsetAdjacency?
    }

    /// Indexes the actors of `kinds`.
    ///
    /// - Complexity: O(Σ *m* + *n* + *e*) over the master lists, the nodes and edges of the graph.
    func pool(of kinds: Set<NodeKind>) -> KindPool {
        let rows = rows
        let masters = masters.map { list in list.filter { kinds.contains(rows[Int($0)].kind) } }
        let blocks = masters.map { list in
            Self.blocks(of: list, classOf: { rows[Int($0)].technologyClass }, locality: { rows[Int($0)].locality })
        }
        let actorOfNode = actorOfNode
        let adjacency = SubsetAdjacency(graph.undirected) { node in
            let actor = actorOfNode[node.int]
            return actor >= 0 && kinds.contains(rows[Int(actor)].kind)
        }
        // Restricted lists pay off when they skip most entries; otherwise the full walk, without the extra memory.
        let total = graph.undirected.edgeCount * 2
        return KindPool(kinds: kinds, masters: masters, masterBlocks: blocks,
                        adjacency: adjacency.entryCount <= total / 4 ? adjacency : nil)
    }
}

extension CandidateRanking {
    /// A set of node kinds as bits: membership is a shift and a mask rather than a hash, for the scoring loops that
    /// ask it once per actor.
    struct KindMask: Sendable {
        private let bits: UInt16

        /// The kinds of `kinds`.
        ///
        /// - Complexity: O(*k*) for *k* kinds.
        init(_ kinds: Set<NodeKind>) {
            bits = kinds.reduce(0) { $0 | Self.bit($1) }
        }

        /// Whether `kind` is one of them.
        @inline(__always)
        func contains(_ kind: NodeKind) -> Bool { bits & Self.bit(kind) != 0 }

        @inline(__always)
        private static func bit(_ kind: NodeKind) -> UInt16 {
            switch kind {
            case .chain: 1 << 0
            case .segment: 1 << 1
            case .technology: 1 << 2
            case .enterprise: 1 << 3
            case .university: 1 << 4
            case .institute: 1 << 5
            case .government: 1 << 6
            case .finance: 1 << 7
            case .association: 1 << 8
            case .platform: 1 << 9
            case .expert: 1 << 10
            case .demand: 1 << 11
            case .indicator: 1 << 12
            }
        }
    }
}
