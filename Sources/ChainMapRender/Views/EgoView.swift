import ChainMap

extension MapViews {
    /// One record and its neighbourhood: every record within `hops` ties of it, the ties being the map's
    /// edges taken both ways, and every tie among them, labelled. The focus has a thick border; the records
    /// are laid out left to right by distance (arrows point the way the map states the tie).
    ///
    /// - Parameters:
    ///   - map: the map to draw from.
    ///   - focus: any record id of the map.
    ///   - hops: how far to go (0: the record alone). Default 1.
    ///   - options: language, overlays and provenance filter of the picture.
    /// - Throws: ``ViewError/unknownFocus(id:suggestion:)`` with a did-you-mean, or
    ///   ``ViewError/negativeHops(_:)``.
    /// - Complexity: O(n + e) for the breadth-first search over n records and e ties, plus sorting the picture.
    public static func ego(
        _ map: InnovationMap, focus: String, hops: Int = 1, options: ViewOptions = ViewOptions()
    ) throws(ViewError) -> DOTGraph {
        guard hops >= 0 else { throw .negativeHops(hops) }
        let context = ViewContext(map: map, options: options)
        guard context.nodes[focus] != nil else {
            throw .unknownFocus(id: focus, suggestion: map.suggestion(forUnknownID: focus))
        }
        let edges = map.edges.filter { context.nodes[$0.from] != nil && context.nodes[$0.to] != nil && $0.from != $0.to }
        var adjacency: [String: [String]] = [:]
        for edge in edges {
            adjacency[edge.from, default: []].append(edge.to)
            adjacency[edge.to, default: []].append(edge.from)
        }
        // Breadth-first, undirected, up to `hops`.
        var distance: [String: Int] = [focus: 0]
        var frontier = [focus]
        var step = 0
        while step < hops && !frontier.isEmpty {  // stops early: hops may be huge
            step += 1
            var next: [String] = []
            for id in frontier {
                for neighbour in adjacency[id] ?? [] where distance[neighbour] == nil {
                    distance[neighbour] = step
                    next.append(neighbour)
                }
            }
            frontier = next
        }

        var graph = context.frame(
            view: .ego(focus: focus, hops: hops), subject: context.name(focus),
            attributes: ["rankdir": "LR", "nodesep": 0.25, "ranksep": 0.7])
        let kindOrder = Dictionary(NodeKind.allCases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = distance.keys.sorted {
            (distance[$0, default: 0], kindOrder[context.nodes[$0]?.kind ?? .indicator, default: 0], $0)
                < (distance[$1, default: 0], kindOrder[context.nodes[$1]?.kind ?? .indicator, default: 0], $1)
        }
        for id in ids {
            guard var node = context.node(id) else { continue }
            if id == focus {
                node.attributes["penwidth"] = 3
                node.attributes["class"] = node.attributes["class"].map { value in
                    if case .text(let classes) = value { return .text(classes + " focus") }
                    return value
                }
            }
            graph.nodes.append(node)
        }
        var seen: Set<String> = []
        for edge in edges where distance[edge.from] != nil && distance[edge.to] != nil {
            guard seen.insert(edge.from + ";" + edge.kind.rawValue + ";" + edge.to).inserted else { continue }
            var dotEdge = context.edge(edge, label: true)
            let (fromDistance, toDistance) = (distance[edge.from, default: 0], distance[edge.to, default: 0])
            if fromDistance > toDistance {
                // Drawn from the nearer end so ranks follow distance; the arrow still points the map's way.
                swap(&dotEdge.from, &dotEdge.to)
                dotEdge.attributes["dir"] = "back"
            } else if fromDistance == toDistance {
                dotEdge.attributes["constraint"] = false
            }
            graph.edges.append(dotEdge)
        }
        graph.edges.sort {
            ($0.from, $0.to, $0.attributes["class"]?.sortKey ?? "") < ($1.from, $1.to, $1.attributes["class"]?.sortKey ?? "")
        }

        if let candidates = context.candidates {
            let shown = candidates.candidates.filter { distance[$0.demand] != nil || distance[$0.candidate] != nil }
            graph.addCandidates(shown, context: context)
        }
        graph.addLegend(context)
        return graph
    }
}

extension DOTValue {
    /// The value's text, for sorting.
    var sortKey: String {
        switch self {
        case .text(let text), .html(let text): text
        }
    }
}
