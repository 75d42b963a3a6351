import ChainMap

extension MapViews {
    /// Whether a tie of `kind` from `from` to `to` is a `next` between segments of two different chains (silica
    /// feeding PV glass). The overview and full views draw chains as clusters; such a tie is drawn there without
    /// ranking power (`constraint=false`): each chain is laid out on its own, left to right along its own flow,
    /// and the tie is routed between them. Ranking across clusters is what Graphviz 2.43's dot gets wrong on some
    /// small maps (the `merge_chain` assertion and endless mincross loops of Tests/Crashes).
    ///
    /// - Parameter chainOf: each segment's chain.
    /// - Complexity: O(1).
    static func isCrossChainNext(_ kind: EdgeKind, from: String, to: String, chainOf: [String: String]) -> Bool {
        guard kind == .next, let fromChain = chainOf[from], let toChain = chainOf[to] else { return false }
        return fromChain != toChain
    }

    /// Each segment's chain, the first chain listing it when ids repeat.
    ///
    /// - Complexity: O(s) for s segments.
    static func chainOfSegment(_ map: InnovationMap) -> [String: String] {
        Dictionary(map.segments.map { ($0.id, $0.chain) }, uniquingKeysWith: { first, _ in first })
    }
}
