import ChainMap

/// Ties and proposed partnerships as DOT edges.
extension ViewContext {
    /// A map tie as a DOT edge: coloured by kind, lighter when only assumed.
    func edge(_ edge: MapEdge, label: Bool = false) -> DOTEdge {
        tie(from: edge.from, to: edge.to, kind: edge.kind, assumed: edge.provenance.isAssumedOnly, label: label)
    }

    /// A tie as a DOT edge; `id` is `from;kind;to` and `class` the kind (plus `assumed`).
    ///
    /// Hovering shows both full names and the relation (`湖南湘维有限公司 → 湖南科技大学 · 合作`, SVG
    /// `<a xlink:title>`), not Graphviz's `<title>` of ids; `names` gives the names of ends that are not records
    /// (an aggregate of enterprises).
    func tie(
        from: String, to: String, kind: EdgeKind, assumed: Bool, label: Bool = false,
        names: (String) -> String? = { _ in nil }
    ) -> DOTEdge {
        var attributes: DOTAttributes = [
            "id": .text(from + ";" + kind.rawValue + ";" + to),
            "class": .text(kind.rawValue),
            "tooltip": .text(tooltip(from: names(from) ?? name(from), to: names(to) ?? name(to), kind: kind)),
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

    /// The hover text of a tie: `FROM → TO · relation`.
    func tooltip(from: String, to: String, kind: EdgeKind) -> String {
        from + " → " + to + " · " + text.edge(kind)
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
}
