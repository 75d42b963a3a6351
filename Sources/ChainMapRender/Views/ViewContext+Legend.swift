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
            let look = KindStyle.of(kind)
            var attributes: DOTAttributes = ["fillcolor": .text(look.fill), "color": .text(look.line)]
            if let shape = look.shape { attributes["shape"] = shape }
            if let style = look.style { attributes["style"] = .text(style.joined(separator: ",")) }
            sample(kind.rawValue, text.kind(kind), attributes)
        }
        for mark in MarkStyle.legendOrder where marks.contains(mark.word) {
            // The sample is a node of the kind the mark applies to, marked as the nodes are.
            let look = mark.sampleKind.map(KindStyle.of) ?? .generic
            var classes: [String] = [], fill = look.fill, line = look.line
            var style = look.style ?? ["rounded", "filled"]
            var attributes: DOTAttributes = [:]
            mark.apply(classes: &classes, style: &style, fill: &fill, line: &line, attributes: &attributes)
            attributes["fillcolor"] = .text(fill)
            attributes["color"] = .text(line)
            if look.style != nil || mark.styleWord != nil { attributes["style"] = .text(style.joined(separator: ",")) }
            sample(mark.word, legendLabel(mark), attributes)
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

    /// What the legend calls a mark.
    func legendLabel(_ mark: MarkStyle) -> String {
        switch mark.word {
        case MarkStyle.chokepoint.word: text.chokepoint
        case MarkStyle.assumed.word: text.assumed
        case MarkStyle.missing.word: text.missingSegment
        case MarkStyle.weak.word: text.weakSegment
        case MarkStyle.unsurveyed.word: text.unsurveyedSegment
        default: text.uncoveredTechnology
        }
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
    var allNodes: [DOTNode] { body.allNodes }

    /// Adds the legend for the nodes already in the graph (and candidate edges, when any).
    mutating func addLegend(_ context: ViewContext) {
        var (kinds, marks) = ViewContext.marks(of: allNodes)
        if body.edges.contains(where: { $0.attributes["class"] == "candidate" }) { marks.insert("candidate") }
        // Left-to-right layouts stack the first subgraph at the bottom: the legend goes there.
        body.subgraphs.insert(context.legend(kinds: kinds, marks: marks), at: 0)
    }
}
