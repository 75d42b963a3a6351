import ChainMap

/// Everything a view needs to know about a map, indexed once; its styling of records as DOT nodes
/// (`ViewContext+Nodes.swift`), ties as edges (`+Edges`) and the legend (`+Legend`). One per drawing.
struct ViewContext {
    let map: InnovationMap
    let options: ViewOptions
    let text: ViewText
    let nodes: [String: MapNode]
    let organizations: [String: Organization]
    let platforms: [String: Platform]
    let experts: [String: Expert]
    let demands: [String: Demand]
    let technologies: [String: Technology]
    let segments: [String: Segment]
    let chains: [String: Chain]
    let indicators: [String: Indicator]
    let local: Locality
    /// Present when the gaps overlay is on.
    let gaps: GapOverlay?
    let missing: Set<String>
    let weak: Set<String>
    let unsurveyed: Set<String>
    let uncovered: Set<String>
    /// Present when the candidates overlay is on.
    let candidates: CandidateOverlay?
    /// Per segment, its local enterprises, high-tech ones and platforms (``InnovationMap/segmentTallies(local:)``).
    let segmentCounts: [String: SegmentTally]

    /// - Complexity: O(n + r), plus the overlays' own costs when they are on.
    init(map: InnovationMap, options: ViewOptions) {
        self.map = map
        self.options = options
        text = ViewText(language: options.language)
        func index<T>(_ items: [T], _ id: KeyPath<T, String>) -> [String: T] {
            Dictionary(items.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
        }
        nodes = index(map.nodes, \.id)
        organizations = index(map.organizations, \.id)
        platforms = index(map.platforms, \.id)
        experts = index(map.experts, \.id)
        demands = index(map.demands, \.id)
        technologies = index(map.technologies, \.id)
        segments = index(map.segments, \.id)
        chains = index(map.chains, \.id)
        indicators = index(map.indicators, \.id)
        local = Locality(map)
        let gaps = options.overlays.contains(.gaps) ? GapOverlay.compute(map) : nil
        self.gaps = gaps
        missing = Set(gaps?.missingSegments ?? [])
        weak = Set(gaps?.weakSegments ?? [])
        unsurveyed = Set(gaps?.unsurveyedSegments ?? [])
        uncovered = Set(gaps?.uncoveredTechnologies ?? [])
        candidates = options.overlays.contains(.candidates) ? CandidateOverlay.compute(map) : nil
        segmentCounts = map.segmentTallies(local: local)
    }

    /// The graph with title, fonts and defaults every view shares.
    func frame(view: MapView, subject: String?, attributes extra: DOTAttributes = [:]) -> DOTGraph {
        let title = text.name(map.name, map.nameEN)
        let subtitle = text.viewTitle(view, subject: subject) + " · " + text.asOf(map.asOf)
        var graph: DOTAttributes = [
            "label": .html(
                "<FONT POINT-SIZE=\"20\"><B>" + DOTValue.htmlEscaped(title) + "</B></FONT><BR/>"
                    + "<FONT POINT-SIZE=\"12\">" + DOTValue.htmlEscaped(subtitle) + "</FONT>"),
            "labelloc": "t",
            "fontname": .text(viewFontName),
            "fontsize": 12,
            "layout": "dot",
            "bgcolor": "white",
            "pad": 0.3,
        ]
        for (key, value) in extra.sorted { graph[key] = value }
        return DOTGraph(body: DOTSubgraph(
            id: map.id,
            graphAttributes: graph,
            nodeDefaults: [
                "fontname": .text(viewFontName), "fontsize": 11, "shape": "box", "style": "rounded,filled",
                "fillcolor": "white", "color": .text(Palette.edge), "margin": "0.12,0.06",
            ],
            edgeDefaults: [
                "fontname": .text(viewFontName), "fontsize": 9, "color": .text(Palette.edge),
                "fontcolor": "#555555", "arrowsize": 0.6,
            ]))
    }

    /// One cluster per chain holding its segments, the last chain first: left to right, dot stacks the first
    /// subgraph at the bottom, so listed last to first the chains read top to bottom in the map's order.
    func chainClusters() -> [DOTSubgraph] {
        map.chains.reversed().map { chain in
            var cluster = DOTSubgraph.cluster(
                chain.id,
                attributes: clusterAttributes(id: chain.id, class: "chain", label: name(chain.id), lineColor: Palette.chainLine))
            cluster.nodes = chain.segments.compactMap { node($0.id) }
            return cluster
        }
    }

    /// A cluster's attributes: an explicit id and class (a cluster would otherwise inherit the root graph's
    /// title as its label and get Graphviz's `clustN` id) and a label.
    func clusterAttributes(id: String, class className: String, label: String, lineColor: String, bold: Bool = true)
        -> DOTAttributes
    {
        let labelText = DOTValue.htmlEscaped(label)
        return [
            "id": .text(id), "class": .text(className), "tooltip": .text(label),
            "label": .html(bold ? "<B>" + labelText + "</B>" : labelText),
            "labeljust": "l", "fontsize": 13, "style": "rounded", "color": .text(lineColor), "margin": 12,
        ]
    }
}
