import ChainMap

extension MapViews {
    /// One chain. Each segment is a column (a cluster labelled with its stage), upstream on the left along
    /// `next`, holding the segment, the core technologies it needs, the local organizations working in it,
    /// the local platforms and experts serving it and the demands concerning it. Institutions outside the
    /// county (location ≠ county, and the platforms and experts they host or employ) stand apart, outside
    /// the column boxes, level with the column they relate to first, tied to what they work on.
    ///
    /// A record tied to several segments stands in the column of the first (in chain order) and has edges
    /// to the others. Within a column, membership is shown by the box, not by edges, so only ties that say
    /// more are drawn: `next`, ties across columns or from outside, mastering, relations (labelled).
    ///
    /// - Throws: ``ViewError/unknownChain(id:suggestion:)`` with a did-you-mean.
    /// - Complexity: O(n + e) for n records and e ties of the map, plus sorting the picture.
    public static func chain(
        _ map: InnovationMap, id chainID: String, options: ViewOptions = ViewOptions()
    ) throws(ViewError) -> DOTGraph {
        guard let chain = map.chains.first(where: { $0.id == chainID }) else {
            throw .unknownChain(id: chainID, suggestion: map.suggestion(forUnknownID: chainID))
        }
        let context = ViewContext(map: map, options: options)
        var graph = context.frame(
            view: .chain(id: chainID), subject: context.name(chainID),
            // newrank: the outside records' rank=same groups reach into the column clusters.
            attributes: ["rankdir": "LR", "newrank": true, "nodesep": 0.18, "ranksep": 0.6])

        // Which column each record stands in: the first segment (in chain order) it relates to.
        let segmentIDs = chain.segments.map(\.id)
        let segmentOrder = Dictionary(segmentIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func earliest(_ segments: [String]) -> String? {
            segments.filter { segmentOrder[$0] != nil }.min { segmentOrder[$0, default: 0] < segmentOrder[$1, default: 0] }
        }
        // A technology stands in the first segment needing it, at its place in that segment's list.
        var technologyColumn: [String: String] = [:]
        var technologyPlace: [String: Int] = [:]
        for segment in chain.segments {
            for (place, technology) in segment.technologies.enumerated()
            where technologyColumn[technology] == nil && context.technologies[technology] != nil {
                technologyColumn[technology] = segment.id
                technologyPlace[technology] = place
            }
        }
        var column = technologyColumn
        func firstSegment(segments: [String], technologies: [String]) -> String? {
            earliest(segments) ?? earliest(technologies.compactMap { technologyColumn[$0] })
        }
        for organization in map.organizations {
            if let segment = firstSegment(segments: organization.segments, technologies: organization.technologies) {
                column[organization.id] = segment
            }
        }
        for platform in map.platforms {
            if let segment = firstSegment(segments: platform.segments, technologies: platform.technologies) {
                column[platform.id] = segment
            }
        }
        for expert in map.experts {
            let served = expert.serves.compactMap { column[$0] }
            if let segment = firstSegment(segments: served, technologies: expert.technologies) {
                column[expert.id] = segment
            }
        }
        for demand in map.demands {
            if let segment = demand.segment, segmentOrder[segment] != nil {
                column[demand.id] = segment
            } else if let segment = column[demand.enterprise], context.organizations[demand.enterprise] != nil {
                column[demand.id] = segment
            }
        }

        // Local records go in their column, outside ones apart.
        func isOutside(_ id: String) -> Bool {
            if let organization = context.organizations[id] { return !organization.isLocal }
            if let platform = context.platforms[id] { return !context.local.isLocal(platform) }
            if let expert = context.experts[id] { return !context.local.isLocal(expert) }
            return false
        }
        func rank(_ id: String) -> (Int, Int, String) {
            let kind = context.nodes[id]?.kind ?? .indicator
            let kindOrder = NodeKind.allCases.firstIndex(of: kind) ?? 0
            return (kindOrder, technologyPlace[id] ?? 0, id)
        }
        var members: [String: [String]] = [:]
        var outside: [String] = []
        for (id, segment) in column where !segmentIDs.contains(id) {
            if isOutside(id) { outside.append(id) } else { members[segment, default: []].append(id) }
        }
        // Outside records in column order, then as in a column.
        func outsideKey(_ id: String) -> (Int, Int, Int, String) {
            let (kind, within, id) = rank(id)
            return (segmentOrder[column[id] ?? "", default: 0], kind, within, id)
        }
        outside.sort { outsideKey($0) < outsideKey($1) }

        // Columns: a cluster per segment holding one rank (in a left-to-right layout, a column) of the
        // segment and its local records; mincross orders each column. `next` ranks the columns.
        for segment in chain.segments {
            let ids = (members[segment.id] ?? []).sorted { rank($0) < rank($1) }
            var cluster = DOTSubgraph(
                id: "cluster_column;" + segment.id,
                graphAttributes: context.clusterAttributes(
                    id: "column;" + segment.id, class: "segment-column", label: context.text.stage(segment.stage),
                    lineColor: "#c8d6e5", bold: false))
            cluster.graphAttributes["fontsize"] = 10
            cluster.graphAttributes["fontcolor"] = "#666666"
            var columnRank = DOTSubgraph(id: "rank;" + segment.id, graphAttributes: ["rank": "same"])
            columnRank.nodes = ([segment.id] + ids).compactMap { context.node($0) }
            cluster.subgraphs = [columnRank]
            graph.subgraphs.append(cluster)
        }
        // Outside records: outside the column boxes, in the rank of the column they relate to first (newrank
        // lets a rank=same group reach into a cluster). Deliberately no cluster of their own: with one, dot
        // 2.43 fails on some chains ("trouble in init_rank").
        graph.nodes += outside.compactMap { context.node($0) }
        var byColumn: [String: [String]] = [:]
        for id in outside { if let segment = column[id] { byColumn[segment, default: []].append(id) } }
        for segment in chain.segments {
            guard let ids = byColumn[segment.id] else { continue }
            var outsideRank = DOTSubgraph(id: "outside-rank;" + segment.id, graphAttributes: ["rank": "same"])
            outsideRank.nodes = ([segment.id] + ids).map { DOTNode(id: $0) }
            graph.subgraphs.append(outsideRank)
        }

        // Visible ties.
        let present = Set(column.keys).union(segmentIDs)
        var seen: Set<String> = []
        var visible: [DOTEdge] = []
        for edge in map.edges where present.contains(edge.from) && present.contains(edge.to) {
            let inSameColumn = column[edge.from] ?? edge.from == column[edge.to] ?? edge.to
            let drawn: Bool
            switch edge.kind {
            case .contains: drawn = false
            case .next: drawn = true
            // Membership ties: only when they cross columns or come from outside.
            case .needs, .operatesIn, .covers, .concerns, .posts: drawn = !inSameColumn || isOutside(edge.from)
            default: drawn = true
            }
            guard drawn, seen.insert(edge.from + ";" + edge.kind.rawValue + ";" + edge.to).inserted else { continue }
            var dotEdge = context.edge(edge, label: edge.kind != .next && !isMembership(edge.kind))
            // Only the flow ranks the columns; every other tie follows the layout.
            if edge.kind != .next { dotEdge.attributes["constraint"] = false }
            visible.append(dotEdge)
        }
        graph.edges += visible.sorted { ($0.attributes["id"]?.sortKey ?? "") < ($1.attributes["id"]?.sortKey ?? "") }
        graph.edges += columnOrderEdges(chain)

        if let candidates = context.candidates {
            graph.addCandidates(candidates.candidates.filter { present.contains($0.demand) }, context: context)
        }
        graph.addLegend(context)
        return graph
    }

    /// Invisible edges that give each column with no `next` inside the chain (its flow leaves the chain, or it
    /// has none) a rank of its own, after the column before it in chain order. Columns sharing a rank, tied by
    /// constraint-free edges, make dot 2.43 abort (`merge_chain: Assertion 'ED_to_virt(e) == NULL'`) or loop
    /// for ever (Tests/Crashes/libgvc-abort-merge_chain, hang-dot-chain-view).
    ///
    /// - Complexity: O(s + n) for s segments and n `next` links of the chain.
    static func columnOrderEdges(_ chain: Chain) -> [DOTEdge] {
        let inChain = Set(chain.segments.map(\.id))
        var linked: Set<String> = []
        for segment in chain.segments {
            for successor in segment.next where inChain.contains(successor) && successor != segment.id {
                linked.insert(segment.id)
                linked.insert(successor)
            }
        }
        var edges: [DOTEdge] = []
        let ids = chain.segments.map(\.id)
        for (index, id) in ids.enumerated() where !linked.contains(id) && ids.count > 1 {
            let (from, to) = index == 0 ? (id, ids[1]) : (ids[index - 1], id)
            guard from != to else { continue }
            edges.append(DOTEdge(from: from, to: to, attributes: ["style": "invis", "class": "column-order"]))
        }
        return edges
    }

    /// Ties whose meaning the picture's layout already tells (no label needed).
    static func isMembership(_ kind: EdgeKind) -> Bool {
        switch kind {
        case .contains, .needs, .operatesIn, .covers, .concerns, .posts, .masters, .requires: true
        default: false
        }
    }
}

extension ViewText {
    func stage(_ stage: Stage) -> String {
        language == .zh ? stage.chineseName : stage.rawValue
    }
}

