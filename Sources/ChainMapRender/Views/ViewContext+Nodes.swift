import ChainMap

/// Records as DOT nodes: styled for their kind, provenance and the overlays, with hover text.
extension ViewContext {
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
        let look = KindStyle.of(record.kind)
        var style = look.style ?? ["rounded", "filled"]
        var line = look.line
        var fill = look.fill
        if let shape = look.shape { attributes["shape"] = shape }
        var wrapWidth = 20
        func mark(_ mark: MarkStyle) {
            mark.apply(classes: &classes, style: &style, fill: &fill, line: &line, attributes: &attributes)
        }

        switch record.kind {
        case .chain:
            break
        case .segment:
            attributes["fontsize"] = 12
            if let tally = segmentCounts[id] {
                details.append(
                    text.segmentCounts(enterprises: tally.enterprises, highTech: tally.highTech, platforms: tally.platforms))
            }
        case .technology:
            if technologies[id]?.chokepoint == true {
                mark(.chokepoint)
                details.append(text.chokepoint)
            }
            if uncovered.contains(id) { details.append(text.uncoveredShort) }
        case .enterprise, .university, .institute, .government, .finance, .association:
            if let organization = organizations[id] {
                classes.append(organization.isLocal ? "local" : "outside")
                var words = organization.isLocal ? [] : [text.location(organization.location)]
                words += organization.tags.map(text.tag)
                if !words.isEmpty { details.append(words.joined(separator: " · ")) }
            }
        case .platform:
            if let platform = platforms[id] {
                classes.append(local.isLocal(platform) ? "local" : "outside")
                var words: [String] = []
                if platform.count > 1 { words.append(text.pooled(platform.count)) }
                if let status = text.platformStatus(platform.status) { words.append(status) }
                if !words.isEmpty { details.append(words.joined(separator: " · ")) }
            }
        case .expert:
            if let expert = experts[id] {
                classes.append(local.isLocal(expert) ? "local" : "outside")
                if expert.headcount > 1 { details.append(text.headcount(expert.headcount)) }
            }
        case .demand:
            wrapWidth = 24
            if let demand = demands[id] { details.append(text.demandStatus(demand.status)) }
        case .indicator:
            if let indicator = indicators[id], let latest = indicator.values.last {
                details.append("\(latest.year): \(NumberFormatting.plain(latest.value)) \(indicator.unit)")
            }
        }

        if record.provenance.isAssumedOnly { mark(.assumed) }
        // Gap marks win over the provenance colour: they are what the overlay is for.
        if missing.contains(id) {
            mark(.missing)
        } else if weak.contains(id) {
            mark(.weak)
        } else if unsurveyed.contains(id) {
            mark(.unsurveyed)
        }
        if uncovered.contains(id) { mark(.uncovered) }

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
}
