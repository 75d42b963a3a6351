import ChainMap

extension MapViews {
    /// Above this many records the full view aggregates enterprises and switches to `sfdp`.
    ///
    /// Why 400: `dot`'s layout (crossing minimisation, network-simplex placement, spline routing) grows
    /// super-linearly, roughly quadratically in bad cases, so a few hundred densely tied nodes already take
    /// many seconds; and past that size a layered drawing of everything is a hairball no one can read.
    /// `sfdp` (multilevel force-directed) scales near-linearly, and folding the enterprises of each segment
    /// into one node, the most numerous kind, keeps the picture legible.
    public static let fullViewThreshold = 400

    /// Every record and tie. Chains are clusters of their segments, the other records sit around them and
    /// only relations are labelled. When the map has more than `threshold` records, enterprises are folded
    /// into one node per segment ("N 家企业"; those with no segment into one more), their ties are redirected
    /// to those nodes, and the layout engine becomes `sfdp` (no clusters: sfdp ignores them).
    ///
    /// - Complexity: O(n + e) for n records and e ties, plus sorting the picture.
    public static func full(
        _ map: InnovationMap, options: ViewOptions = ViewOptions(), threshold: Int = fullViewThreshold
    ) -> DOTGraph {
        let context = ViewContext(map: map, options: options)
        let aggregate = map.nodes.count > threshold
        var graph = context.frame(
            view: .full, subject: nil,
            attributes: aggregate
                ? ["layout": "sfdp", "overlap": "prism", "splines": "false", "outputorder": "edgesfirst", "K": 1.2]
                : ["rankdir": "LR", "nodesep": 0.2, "ranksep": 0.8])

        // The node each record is drawn as: itself, or its enterprises' aggregate.
        var drawnAs: [String: String] = [:]
        var aggregates: [String: (segment: String?, count: Int, allAssumed: Bool)] = [:]
        if aggregate {
            for organization in map.organizations where organization.kind == .enterprise {
                let segments = organization.segments.filter { context.segments[$0] != nil }
                let keys = segments.isEmpty ? [""] : Array(Set(segments))
                for key in keys {
                    let id = "enterprises;" + key
                    var entry = aggregates[id] ?? (key.isEmpty ? nil : key, 0, true)
                    entry.count += 1
                    entry.allAssumed = entry.allAssumed && organization.provenance.isAssumedOnly
                    aggregates[id] = entry
                }
                drawnAs[organization.id] = "enterprises;" + (segments.first ?? "")
            }
        }

        /// An aggregate's hover text: how many enterprises, in which segment.
        func aggregateName(_ id: String) -> String? {
            guard let entry = aggregates[id] else { return nil }
            return context.text.enterprises(entry.count) + " · " + (entry.segment.map(context.name) ?? context.text.unassigned)
        }

        // Ties, redirected to aggregates and merged: a merged tie is light only when all its parts are.
        struct Tie {
            var from: String
            var to: String
            var kind: EdgeKind
            var allAssumed: Bool
        }
        var merged: [String: Tie] = [:]
        for edge in map.edges where context.nodes[edge.from] != nil && context.nodes[edge.to] != nil {
            if edge.kind == .contains && !aggregate { continue }  // the clusters say it
            // An enterprise's tie to each of its segments comes from that segment's aggregate.
            let from = edge.kind == .operatesIn && drawnAs[edge.from] != nil
                ? "enterprises;" + edge.to : drawnAs[edge.from] ?? edge.from
            let to = drawnAs[edge.to] ?? edge.to
            guard from != to else { continue }
            let key = from + ";" + edge.kind.rawValue + ";" + to
            let assumed = edge.provenance.isAssumedOnly
            merged[key] = Tie(from: from, to: to, kind: edge.kind, allAssumed: (merged[key]?.allAssumed ?? true) && assumed)
        }
        var linked: Set<String> = []
        for tie in merged.values {
            linked.insert(tie.from)
            linked.insert(tie.to)
        }

        let chainSegments = Set(map.segments.map(\.id))
        var rootIDs: [String] = []
        var indicatorIDs: [String] = []
        for node in map.nodes where drawnAs[node.id] == nil && node.kind != .chain {
            if node.kind == .indicator { indicatorIDs.append(node.id) }
            else if aggregate || !chainSegments.contains(node.id) { rootIDs.append(node.id) }
        }
        let kindOrder = Dictionary(NodeKind.allCases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func order(_ id: String) -> (Int, String) { (kindOrder[context.nodes[id]?.kind ?? .indicator, default: 0], id) }
        rootIDs.sort { order($0) < order($1) }

        if aggregate {
            // No clusters: chains become nodes tied to their segments.
            graph.nodes += map.chains.compactMap { context.node($0.id) }
        } else {
            graph.subgraphs += context.chainClusters()
        }
        // Records with no tie would all stack in the first column of a layered drawing: a grid of their own.
        let unlinked = aggregate ? [] : rootIDs.filter { !linked.contains($0) }
        graph.nodes += rootIDs.filter { aggregate || linked.contains($0) }.compactMap { context.node($0) }
        for id in aggregates.keys.sorted() {
            guard let entry = aggregates[id] else { continue }
            let details = [entry.segment.map(context.name) ?? context.text.unassigned]
            var attributes: DOTAttributes = [
                "id": .text(id), "class": entry.allAssumed ? "enterprise aggregate assumed" : "enterprise aggregate",
                "label": context.label(context.text.enterprises(entry.count), details: details),
                "tooltip": .text(aggregateName(id) ?? id),
                "fillcolor": .text(Palette.enterpriseFill), "color": .text(Palette.enterpriseLine),
            ]
            if entry.allAssumed {
                attributes["style"] = "rounded,filled,dashed"
                attributes["color"] = .text(Palette.assumed)
                attributes["fontcolor"] = .text(Palette.assumed)
                attributes["fillcolor"] = .text(Palette.assumedFill)
            }
            graph.nodes.append(DOTNode(id: id, attributes: attributes))
        }
        if aggregate {
            graph.nodes += indicatorIDs.sorted().compactMap { context.node($0) }
        } else if !(unlinked + indicatorIDs).isEmpty {
            var cluster = DOTSubgraph(
                id: "cluster_unlinked;",
                graphAttributes: context.clusterAttributes(
                    id: "group;unlinked", class: "unlinked-group", label: context.text.unlinked, lineColor: "#cccccc"))
            cluster.nodes = (unlinked + indicatorIDs.sorted()).compactMap { context.node($0) }
            cluster.edges = gridEdges(cluster.nodes.map(\.id), perRow: 4)
            graph.subgraphs.append(cluster)
        }

        let chainOf = chainOfSegment(map)
        for key in merged.keys.sorted() {
            guard let tie = merged[key] else { continue }
            var dotEdge = context.tie(
                from: tie.from, to: tie.to, kind: tie.kind, assumed: tie.allAssumed,
                label: !isMembership(tie.kind) && tie.kind != .next, names: aggregateName)
            // Only the flow within a chain and membership ties rank the layered picture; relations and flows
            // into another chain follow it.
            let crossChain = isCrossChainNext(tie.kind, from: tie.from, to: tie.to, chainOf: chainOf)
            if !aggregate && ((tie.kind != .next && !isMembership(tie.kind)) || crossChain) {
                dotEdge.attributes["constraint"] = false
            }
            graph.edges.append(dotEdge)
        }

        if let candidates = context.candidates {
            let redirected = candidates.candidates.map { candidate in
                var candidate = candidate
                candidate.candidate = drawnAs[candidate.candidate] ?? candidate.candidate
                return candidate
            }
            graph.addCandidates(redirected, context: context)
        }
        graph.addLegend(context)
        return graph
    }
}

extension MapViews {
    /// Invisible ties that lay `ids` out in rows of `perRow` (left to right, in a left-to-right layout).
    static func gridEdges(_ ids: [String], perRow: Int) -> [DOTEdge] {
        var edges: [DOTEdge] = []
        for start in stride(from: 0, to: ids.count, by: perRow) {
            let row = ids[start..<min(start + perRow, ids.count)]
            for (left, right) in zip(row, row.dropFirst()) {
                edges.append(DOTEdge(from: left, to: right, attributes: ["style": "invis"]))
            }
        }
        return edges
    }
}
