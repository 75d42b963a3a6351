import ChainGraph

/// New partners by link prediction alone: `chainmap links --top K`.
///
/// Scores run on the map's undirected projection (so ties through segments and technologies count), but only
/// actors — organizations, platforms and experts — are proposed: a chain, segment, technology, demand or
/// indicator is never anyone's "partner". Existing neighbours and the enterprise itself are left out.
public enum PartnerLinks {
    /// One proposal: an enterprise, a new partner and the link score.
    public struct Proposal: Hashable, Sendable {
        /// The enterprise's id.
        public var enterprise: String
        /// The proposed partner's id (an actor not yet tied to the enterprise).
        public var partner: String
        /// The link score of the pair under the method asked for; higher is better.
        public var score: Double
    }

    /// The node kinds that can be partners.
    public static let actorKinds: Set<NodeKind> = [.enterprise, .university, .institute, .government, .finance, .association,
                                                   .platform, .expert]

    /// For every enterprise (by id), its `k` best non-neighbouring actors.
    ///
    /// - Parameters:
    ///   - graph: the map's graph.
    ///   - k: proposals per enterprise (at least 1).
    ///   - method: the link score (NetworkX's definitions).
    /// - Returns: proposals grouped by enterprise (ids ascending), each group best first, ties by node order;
    ///   only actors with a positive score (preferential attachment: any actor with a tie).
    /// - Complexity: O(Σ over enterprises of Σ deg w over their neighbours w, plus c log c) for c two-hop actors;
    ///   preferential attachment O(*n* log *n*) once plus O(*n*) per enterprise.
    public static func top(in graph: MapGraph, k: Int, method: LinkPredictionMethod) -> [Proposal] {
        let undirected = graph.undirected
        let count = undirected.nodeCount
        var isActor = [Bool](repeating: false, count: count)
        var enterprises: [NodeIndex] = []
        for raw in 0 ..< count {
            let node = NodeIndex(raw)
            let kind = MapGraph.nodeKind(undirected.kind(of: node))
            isActor[raw] = actorKinds.contains(kind)
            if kind == .enterprise { enterprises.append(node) }
        }
        enterprises.sort { undirected.id(of: $0) < undirected.id(of: $1) }
        guard k > 0 else { return [] }
        var scores = NeighborhoodScores(undirected)
        var mark = [Int](repeating: -1, count: count)
        var proposals: [Proposal] = []
        let byDegree = method == .preferentialAttachment
            ? (0 ..< count).filter { isActor[$0] && undirected.degree(of: NodeIndex($0)) > 0 }
                .sorted { (undirected.degree(of: NodeIndex($0)), -$0) > (undirected.degree(of: NodeIndex($1)), -$1) }
            : []
        for (position, enterprise) in enterprises.enumerated() {
            scores.compute(from: enterprise, method: method, in: undirected)
            var contenders: [(node: Int, score: Double)] = []
            func consider(_ raw: Int) {
                guard raw != enterprise.int, isActor[raw], mark[raw] != position else { return }
                mark[raw] = position
                let node = NodeIndex(raw)
                guard !scores.isNeighbor(node) else { return }
                let score = scores.score(of: node)
                if score > 0 { contenders.append((raw, score)) }
            }
            if method == .preferentialAttachment {
                for raw in byDegree {
                    consider(raw)
                    if contenders.count == k { break }
                }
            } else {
                for neighbor in undirected.neighbors(of: enterprise) {
                    for second in undirected.neighbors(of: neighbor) { consider(second.int) }
                }
            }
            contenders.sort { $0.score != $1.score ? $0.score > $1.score : $0.node < $1.node }
            for contender in contenders.prefix(k) {
                proposals.append(Proposal(enterprise: undirected.id(of: enterprise), partner: undirected.id(of: NodeIndex(contender.node)),
                                          score: contender.score))
            }
        }
        return proposals
    }
}
