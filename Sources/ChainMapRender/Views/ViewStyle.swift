import ChainMap

/// The font every picture names. Graphviz finds it through fontconfig (Debian: `fonts-noto-cjk`); SVG
/// output gets fallbacks for Windows and macOS (see ``MapRendering/withFontFallbacks(svg:)``).
public let viewFontName = "Noto Sans CJK SC"

/// Colours, kept in one place so the legend and the nodes agree.
enum Palette {
    static let segmentFill = "#dbe9f6", segmentLine = "#3b6ea5"
    static let technologyFill = "#fff4cc", technologyLine = "#b58900"
    static let chokepointLine = "#a61b1b"
    static let enterpriseFill = "#e3f1dc", enterpriseLine = "#4b8b3b"
    static let academicFill = "#ebe3f5", academicLine = "#6c4f9c"
    static let otherFill = "#eeeeee", otherLine = "#777777"
    static let platformFill = "#fde3cf", platformLine = "#c0652b"
    static let expertFill = "#d8f0ef", expertLine = "#2a8c88"
    static let demandFill = "#fbe1ea", demandLine = "#b03a66"
    static let indicatorFill = "#f4f4f4", indicatorLine = "#999999"
    static let assumed = "gray60", assumedFill = "#f7f7f7"
    static let gap = "#d62728", gapFill = "#fdecea"
    static let weak = "#ff8c00"
    /// Unsurveyed segments: a data gap, drawn grey-blue and dotted, never red.
    static let unsurveyed = "#5b7a99", unsurveyedFill = "#eef2f7"
    static let candidate = "#1f5fbf"
    static let chainLine = "#9bb7d4"
    static let outsideLine = "#b9a6d6"
    static let edge = "#777777"
}

/// Everything a view needs to know about a map, indexed once, and the styling of its records as DOT nodes
/// and edges. One per drawing.
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
    /// See ``tally(_:local:)``.
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
        segmentCounts = ViewContext.tally(map, local: local)
    }

    // MARK: - Graph frame

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
        return DOTGraph(
            name: map.id,
            graphAttributes: graph,
            nodeDefaults: [
                "fontname": .text(viewFontName), "fontsize": 11, "shape": "box", "style": "rounded,filled",
                "fillcolor": "white", "color": .text(Palette.edge), "margin": "0.12,0.06",
            ],
            edgeDefaults: [
                "fontname": .text(viewFontName), "fontsize": 9, "color": .text(Palette.edge),
                "fontcolor": "#555555", "arrowsize": 0.6,
            ])
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

    // MARK: - Nodes

    /// The display name of any record id.
    func name(_ id: String) -> String {
        guard let node = nodes[id] else { return id }
        return text.name(node.name, node.nameEN)
    }

    /// The DOT node of the record `id`, styled for its kind, provenance and the overlays; nil for an unknown id.
    /// A segment shows its counts of local enterprises, high-tech enterprises and platforms.
    func node(_ id: String) -> DOTNode? {
        guard let record = nodes[id] else { return nil }
        var attributes: DOTAttributes = ["id": .text(id)]
        var classes = [record.kind.rawValue]
        var details: [String] = []
        var style = ["rounded", "filled"]
        var line = Palette.otherLine
        var fill = Palette.otherFill
        var wrapWidth = 20

        switch record.kind {
        case .chain:
            fill = "white"
            line = Palette.chainLine
        case .segment:
            fill = Palette.segmentFill
            line = Palette.segmentLine
            attributes["fontsize"] = 12
            if let tally = segmentCounts[id] {
                details.append(
                    text.segmentCounts(enterprises: tally.enterprises, highTech: tally.highTech, platforms: tally.platforms))
            }
        case .technology:
            style = ["filled"]
            fill = Palette.technologyFill
            line = Palette.technologyLine
            if technologies[id]?.chokepoint == true {
                classes.append("chokepoint")
                attributes["peripheries"] = 2
                line = Palette.chokepointLine
                details.append(text.chokepoint)
            }
            if uncovered.contains(id) { details.append(text.uncoveredShort) }
        case .enterprise, .university, .institute, .government, .finance, .association:
            switch record.kind {
            case .enterprise: (fill, line) = (Palette.enterpriseFill, Palette.enterpriseLine)
            case .university, .institute: (fill, line) = (Palette.academicFill, Palette.academicLine)
            default: break
            }
            if let organization = organizations[id] {
                classes.append(organization.isLocal ? "local" : "outside")
                var words = organization.isLocal ? [] : [text.location(organization.location)]
                words += organization.tags.map(text.tag)
                if !words.isEmpty { details.append(words.joined(separator: " · ")) }
            }
        case .platform:
            style = ["filled"]
            attributes["shape"] = "box3d"
            fill = Palette.platformFill
            line = Palette.platformLine
            if let platform = platforms[id] {
                classes.append(local.isLocal(platform) ? "local" : "outside")
                var words: [String] = []
                if platform.count > 1 { words.append(text.pooled(platform.count)) }
                if let status = text.platformStatus(platform.status) { words.append(status) }
                if !words.isEmpty { details.append(words.joined(separator: " · ")) }
            }
        case .expert:
            fill = Palette.expertFill
            line = Palette.expertLine
            if let expert = experts[id] {
                classes.append(local.isLocal(expert) ? "local" : "outside")
                if expert.headcount > 1 { details.append(text.headcount(expert.headcount)) }
            }
        case .demand:
            style = ["filled"]
            attributes["shape"] = "note"
            fill = Palette.demandFill
            line = Palette.demandLine
            wrapWidth = 24
            if let demand = demands[id] { details.append(text.demandStatus(demand.status)) }
        case .indicator:
            style = ["filled"]
            fill = Palette.indicatorFill
            line = Palette.indicatorLine
            if let indicator = indicators[id], let latest = indicator.values.last {
                details.append("\(latest.year): \(NumberFormatting.plain(latest.value)) \(indicator.unit)")
            }
        }

        if record.provenance.isAssumedOnly {
            classes.append("assumed")
            style.append("dashed")
            line = Palette.assumed
            fill = Palette.assumedFill
            attributes["fontcolor"] = .text(Palette.assumed)
        }
        // Gap marks win over the provenance colour: they are what the overlay is for.
        if missing.contains(id) {
            classes.append("gap-missing")
            if !style.contains("dashed") { style.append("dashed") }
            line = Palette.gap
            fill = Palette.gapFill
            attributes["penwidth"] = 2
        } else if weak.contains(id) {
            classes.append("gap-weak")
            line = Palette.weak
            attributes["penwidth"] = 2.5
        } else if unsurveyed.contains(id) {
            classes.append("gap-unsurveyed")
            if !style.contains("dotted") { style.append("dotted") }
            line = Palette.unsurveyed
            fill = Palette.unsurveyedFill
            attributes["penwidth"] = 2
        }
        if uncovered.contains(id) {
            classes.append("gap-uncovered")
            if !style.contains("dashed") { style.append("dashed") }
            line = Palette.gap
            fill = Palette.gapFill
            attributes["penwidth"] = 1.5
        }

        attributes["class"] = .text(classes.joined(separator: " "))
        attributes["style"] = .text(style.joined(separator: ","))
        attributes["color"] = .text(line)
        attributes["fillcolor"] = .text(fill)
        attributes["label"] = label(name(id), details: details, width: wrapWidth)
        // Hovering shows the full name and kind (SVG `<a xlink:title>`), not Graphviz's `<title>` (the id).
        attributes["tooltip"] = .text(tooltip(id))
        return DOTNode(id: id, attributes: attributes)
    }

    /// The hover text of the record `id`: its full name and its kind ("湖南湘维有限公司 · 本地企业").
    func tooltip(_ id: String) -> String {
        guard let record = nodes[id] else { return id }
        return name(id) + " · " + text.kind(record.kind)
    }

    /// An HTML-like label: the name wrapped to lines, then a smaller detail line. A borderless table with a
    /// row per line, because Graphviz spaces `<BR/>` lines at 1.2 × the font size, which CJK glyphs (a
    /// full em tall) fill almost completely: the rows' cell spacing lets the lines breathe.
    func label(_ name: String, details: [String] = [], width: Int = 20) -> DOTValue {
        let lines = ViewText.wrap(name, width: options.language == .en ? width + 6 : width)
        var rows = lines.map { "<TR><TD>" + DOTValue.htmlEscaped($0) + "</TD></TR>" }
        if !details.isEmpty {
            let detail = DOTValue.htmlEscaped(details.joined(separator: " · "))
            rows.append("<TR><TD><FONT POINT-SIZE=\"9\">" + detail + "</FONT></TD></TR>")
        }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">"
        return .html(table + rows.joined() + "</TABLE>")
    }

    // MARK: - Edges

    /// A map tie as a DOT edge: coloured by kind, lighter when only assumed.
    func edge(_ edge: MapEdge, label: Bool = false) -> DOTEdge {
        tie(from: edge.from, to: edge.to, kind: edge.kind, assumed: edge.provenance.isAssumedOnly, label: label)
    }

    /// A tie as a DOT edge; `id` is `from;kind;to` and `class` the kind (plus `assumed`).
    func tie(from: String, to: String, kind: EdgeKind, assumed: Bool, label: Bool = false) -> DOTEdge {
        var attributes: DOTAttributes = [
            "id": .text(from + ";" + kind.rawValue + ";" + to),
            "class": .text(kind.rawValue),
        ]
        switch kind {
        case .next:
            attributes["color"] = .text(Palette.segmentLine)
            attributes["penwidth"] = 1.6
            attributes["arrowsize"] = 0.8
        case .needs, .requires:
            attributes["color"] = .text(Palette.technologyLine)
        case .masters:
            attributes["color"] = .text(Palette.technologyLine)
            attributes["style"] = "dotted"
        case .posts, .concerns:
            attributes["color"] = .text(Palette.demandLine)
        case .cooperates, .supplies, .member, .invests, .licenses, .funds, .incubates, .hires, .serves, .hosts,
            .affiliatedWith:
            attributes["color"] = .text(Palette.academicLine)
        case .contains, .operatesIn, .covers:
            break
        }
        // xlabel, not label: dot turns a label into a virtual node, and on a flat (same-rank) edge inside a
        // cluster Graphviz 2.43 then frees it twice when the layout is freed (a crash in-process).
        if label { attributes["xlabel"] = .text(text.edge(kind)) }
        if assumed {
            attributes["class"] = .text(kind.rawValue + " assumed")
            attributes["color"] = .text(Palette.assumed)
            attributes["fontcolor"] = .text(Palette.assumed)
            attributes["style"] = "dashed"
        }
        return DOTEdge(from: from, to: to, attributes: attributes)
    }

    /// A proposed partnership: dashed, labelled with its score, not pulling the layout.
    func candidateEdge(_ candidate: CandidateOverlay.Candidate) -> DOTEdge {
        DOTEdge(
            from: candidate.candidate, to: candidate.demand,
            attributes: [
                "id": .text(candidate.candidate + ";candidate;" + candidate.demand), "class": "candidate",
                "style": "dashed", "color": .text(Palette.candidate), "fontcolor": .text(Palette.candidate),
                "penwidth": 1.4, "xlabel": .text(text.candidate(candidate.score)), "constraint": false,
                "tooltip": .text(candidate.technologies.map(name).joined(separator: ", ")),
            ])
    }

    // MARK: - Counts

    struct SegmentTally: Hashable {
        var enterprises = 0
        var highTech = 0
        var platforms = 0
    }

    /// Per segment: local enterprises operating in it, those of them high-tech, and local platforms covering it
    /// (a pooled platform record counts as its `count`).
    ///
    /// - Complexity: O(n + r).
    static func tally(_ map: InnovationMap, local: Locality) -> [String: SegmentTally] {
        var tally: [String: SegmentTally] = [:]
        for segment in map.segments { tally[segment.id] = SegmentTally() }
        for organization in map.organizations where organization.kind == .enterprise && organization.isLocal {
            for segment in Set(organization.segments) where tally[segment] != nil {
                tally[segment]?.enterprises += 1
                if organization.tags.contains(.highTech) { tally[segment]?.highTech += 1 }
            }
        }
        for platform in map.platforms where local.isLocal(platform) {
            for segment in Set(platform.segments) where tally[segment] != nil {
                tally[segment]?.platforms += platform.count
            }
        }
        return tally
    }

    // MARK: - Legend

    /// The legend: a cluster with one sample node per kind shown, and samples of the marks in use.
    ///
    /// - Parameters:
    ///   - kinds: the kinds of the nodes in the picture.
    ///   - classes: the state words in use (`assumed`, `chokepoint`, `gap-…`, `outside`, `candidate`).
    func legend(kinds: Set<NodeKind>, marks: Set<String>) -> DOTSubgraph {
        var cluster = DOTSubgraph(
            id: "cluster_legend;",
            graphAttributes: clusterAttributes(id: "legend;", class: "legend", label: text.legend, lineColor: "#bbbbbb"))
        cluster.graphAttributes["fontsize"] = 11
        func sample(_ key: String, _ label: String, _ attributes: DOTAttributes) {
            var attributes = attributes
            attributes["id"] = .text("legend;" + key)
            attributes["class"] = .text("legend " + key)
            attributes["label"] = .htmlText(label)
            attributes["fontsize"] = 9
            cluster.nodes.append(DOTNode(id: "legend;" + key, attributes: attributes))
        }
        for kind in NodeKind.allCases where kinds.contains(kind) {
            var attributes: DOTAttributes = [:]
            switch kind {
            case .segment: attributes = ["fillcolor": .text(Palette.segmentFill), "color": .text(Palette.segmentLine)]
            case .technology:
                attributes = [
                    "style": "filled", "fillcolor": .text(Palette.technologyFill), "color": .text(Palette.technologyLine),
                ]
            case .enterprise:
                attributes = ["fillcolor": .text(Palette.enterpriseFill), "color": .text(Palette.enterpriseLine)]
            case .university, .institute:
                attributes = ["fillcolor": .text(Palette.academicFill), "color": .text(Palette.academicLine)]
            case .government, .finance, .association:
                attributes = ["fillcolor": .text(Palette.otherFill), "color": .text(Palette.otherLine)]
            case .chain: attributes = ["fillcolor": "white", "color": .text(Palette.chainLine)]
            case .platform:
                attributes = ["shape": "box3d", "style": "filled", "fillcolor": .text(Palette.platformFill),
                              "color": .text(Palette.platformLine)]
            case .expert: attributes = ["fillcolor": .text(Palette.expertFill), "color": .text(Palette.expertLine)]
            case .demand:
                attributes = ["shape": "note", "style": "filled", "fillcolor": .text(Palette.demandFill),
                              "color": .text(Palette.demandLine)]
            case .indicator:
                attributes = [
                    "style": "filled", "fillcolor": .text(Palette.indicatorFill), "color": .text(Palette.indicatorLine),
                ]
            }
            sample(kind.rawValue, text.kind(kind), attributes)
        }
        if marks.contains("chokepoint") {
            sample("chokepoint", text.chokepoint, [
                "style": "filled", "fillcolor": .text(Palette.technologyFill), "color": .text(Palette.chokepointLine),
                "peripheries": 2,
            ])
        }
        if marks.contains("assumed") {
            sample("assumed", text.assumed, [
                "style": "rounded,filled,dashed", "fillcolor": .text(Palette.assumedFill), "color": .text(Palette.assumed),
                "fontcolor": .text(Palette.assumed),
            ])
        }
        if marks.contains("gap-missing") {
            sample("gap-missing", text.missingSegment, [
                "style": "rounded,filled,dashed", "fillcolor": .text(Palette.gapFill), "color": .text(Palette.gap),
                "penwidth": 2,
            ])
        }
        if marks.contains("gap-weak") {
            sample("gap-weak", text.weakSegment, [
                "fillcolor": .text(Palette.segmentFill), "color": .text(Palette.weak), "penwidth": 2.5,
            ])
        }
        if marks.contains("gap-unsurveyed") {
            sample("gap-unsurveyed", text.unsurveyedSegment, [
                "style": "rounded,filled,dotted", "fillcolor": .text(Palette.unsurveyedFill), "color": .text(Palette.unsurveyed),
                "penwidth": 2,
            ])
        }
        if marks.contains("gap-uncovered") {
            sample("gap-uncovered", text.uncoveredTechnology, [
                "style": "filled,dashed", "fillcolor": .text(Palette.gapFill), "color": .text(Palette.gap), "penwidth": 1.5,
            ])
        }
        if marks.contains("candidate") {
            // An edge sample would need two nodes in two ranks; a drawn dashed arrow in text is enough.
            sample("candidate", "╌╌▶ " + text.candidateLegend, [
                "shape": "plaintext", "style": "solid", "fontcolor": .text(Palette.candidate),
            ])
        }
        // Rows of three, tied left to right by invisible edges: a single column of samples would be as tall
        // as the whole picture's rank (layouts here run left to right).
        cluster.edges = MapViews.gridEdges(cluster.nodes.map(\.id), perRow: 3)
        return cluster
    }

    /// The kinds and state words of the nodes of `graph`'s clusters and root, for the legend.
    static func marks(of nodes: [DOTNode]) -> (kinds: Set<NodeKind>, marks: Set<String>) {
        var kinds: Set<NodeKind> = []
        var marks: Set<String> = []
        for node in nodes {
            guard case .text(let classes)? = node.attributes["class"] else { continue }
            let words = classes.split(separator: " ").map(String.init)
            if let first = words.first, let kind = NodeKind(rawValue: first) { kinds.insert(kind) }
            marks.formUnion(words.dropFirst())
        }
        return (kinds, marks)
    }
}

extension DOTSubgraph {
    /// Every node of the subgraph and its subgraphs.
    var allNodes: [DOTNode] { nodes + subgraphs.flatMap(\.allNodes) }
}

extension DOTGraph {
    /// Every node of the graph and its subgraphs.
    var allNodes: [DOTNode] { nodes + subgraphs.flatMap(\.allNodes) }

    /// Adds the legend for the nodes already in the graph (and candidate edges, when any).
    mutating func addLegend(_ context: ViewContext) {
        var (kinds, marks) = ViewContext.marks(of: allNodes)
        if edges.contains(where: { $0.attributes["class"] == "candidate" }) { marks.insert("candidate") }
        // Left-to-right layouts stack the first subgraph at the bottom: the legend goes there.
        subgraphs.insert(context.legend(kinds: kinds, marks: marks), at: 0)
    }
}
