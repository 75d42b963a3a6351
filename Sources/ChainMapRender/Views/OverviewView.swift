import ChainMap

extension MapViews {
    /// Every chain as a cluster, its segments from upstream (left) to downstream (right) along `next`, each
    /// segment showing its local enterprises, high-tech enterprises and platforms ("企业 2 · 高企 1 · 平台 1").
    ///
    /// With the gaps overlay, missing segments are dashed red, weak ones have an orange border and each
    /// uncovered technology is a dashed red placeholder tied to the segments that need it. With the
    /// candidates overlay, open demands with candidates are added beside their segments, with the candidates.
    ///
    /// - Complexity: O(n + r) for n records and r references, plus the overlays.
    public static func overview(_ map: InnovationMap, options: ViewOptions = ViewOptions()) -> DOTGraph {
        let context = ViewContext(map: map, options: options)
        var graph = context.frame(
            view: .overview, subject: nil,
            attributes: ["rankdir": "LR", "nodesep": 0.3, "ranksep": 0.45])
        let chainOfSegment = MapViews.chainOfSegment(map)
        var clusterIndex: [String: Int] = [:]
        for (offset, chain) in map.chains.reversed().enumerated() { clusterIndex[chain.id] = graph.subgraphs.count + offset }
        graph.subgraphs += context.chainClusters()
        for chain in map.chains {
            for segment in chain.segments {
                for next in segment.next where chainOfSegment[next] != nil {
                    var edge = context.tie(from: segment.id, to: next, kind: .next, assumed: segment.provenance.isAssumedOnly)
                    // A flow into another chain does not rank: each chain keeps its own columns.
                    if isCrossChainNext(.next, from: segment.id, to: next, chainOf: chainOfSegment) {
                        edge.attributes["constraint"] = false
                    }
                    graph.edges.append(edge)
                }
            }
        }

        if let gaps = context.gaps {
            // A placeholder sits in its chain's cluster when only that chain needs it.
            var needers: [String: [String]] = [:]
            for entry in gaps.uncovered {
                for technology in entry.technologies { needers[technology, default: []].append(entry.segment) }
            }
            for technology in gaps.uncoveredTechnologies {
                guard var node = context.node(technology) else { continue }
                // Drawn only for the overlay: a page can hide it with the overlay.
                node.attributes["class"] = .text((node.attributes["class"]?.sortKey ?? "") + " overlay-gaps")
                let segments = needers[technology] ?? []
                let chains = Set(segments.compactMap { chainOfSegment[$0] })
                if chains.count == 1, let chain = chains.first, let index = clusterIndex[chain] {
                    graph.subgraphs[index].nodes.append(node)
                } else {
                    graph.nodes.append(node)
                }
                for segment in segments {
                    var edge = DOTEdge(
                        from: segment, to: technology,
                        attributes: [
                            "id": .text(segment + ";needs;" + technology), "class": "needs gap-uncovered",
                            "color": .text(Palette.gap), "style": "dashed", "arrowhead": "none",
                            "tooltip": .text(context.tooltip(
                                from: context.name(segment), to: context.name(technology), kind: .needs)),
                        ])
                    // Beside its segment, not a column further right: keeps the flow readable.
                    edge.attributes["minlen"] = 0
                    graph.edges.append(edge)
                }
            }
        }

        if let candidates = context.candidates {
            graph.addCandidates(candidates.candidates, context: context)
        }
        graph.addLegend(context)
        return graph
    }
}

extension DOTGraph {
    /// Draws `candidates` as dashed edges, adding endpoints the picture lacks at its root (a new demand is
    /// tied to its segment when that is shown).
    ///
    /// - Complexity: O(n + c) for n nodes in the picture and c candidates.
    mutating func addCandidates(_ candidates: [CandidateOverlay.Candidate], context: ViewContext) {
        var present = Set(allNodes.map(\.id))
        var added: [DOTNode] = []
        var addedEdges: [DOTEdge] = []
        for candidate in candidates {
            for id in [candidate.demand, candidate.candidate] where !present.contains(id) {
                guard var node = context.node(id) else { continue }
                // Drawn only for the overlay: a page can hide it with the overlay.
                node.attributes["class"] = .text((node.attributes["class"]?.sortKey ?? "") + " overlay-candidates")
                present.insert(id)
                added.append(node)
                if let demand = context.demands[id], let segment = demand.segment, present.contains(segment) {
                    addedEdges.append(
                        context.tie(from: id, to: segment, kind: .concerns, assumed: demand.provenance.isAssumedOnly))
                }
            }
            addedEdges.append(context.candidateEdge(candidate))
        }
        body.nodes += added.sorted { $0.id < $1.id }
        body.edges += addedEdges
    }
}
