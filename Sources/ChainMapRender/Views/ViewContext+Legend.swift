import ChainMap

/// The legend: one sample per kind and mark shown in the picture.
extension ViewContext {
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
