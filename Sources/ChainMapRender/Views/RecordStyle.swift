import ChainMap

/// How a record of one kind looks: the one table both the nodes and the legend's samples are drawn from, so they
/// cannot disagree.
struct KindStyle {
    /// Graphviz's shape when not the default box.
    var shape: DOTValue?
    /// The style words when not the graph's default `rounded,filled`.
    var style: [String]?
    /// Fill colour.
    var fill: String
    /// Outline colour.
    var line: String

    /// The look of `kind`.
    static func of(_ kind: NodeKind) -> KindStyle {
        switch kind {
        case .chain: KindStyle(fill: "white", line: Palette.chainLine)
        case .segment: KindStyle(fill: Palette.segmentFill, line: Palette.segmentLine)
        case .technology: KindStyle(style: ["filled"], fill: Palette.technologyFill, line: Palette.technologyLine)
        case .enterprise: KindStyle(fill: Palette.enterpriseFill, line: Palette.enterpriseLine)
        case .university, .institute: KindStyle(fill: Palette.academicFill, line: Palette.academicLine)
        case .government, .finance, .association: generic
        case .platform: KindStyle(shape: "box3d", style: ["filled"], fill: Palette.platformFill, line: Palette.platformLine)
        case .expert: KindStyle(fill: Palette.expertFill, line: Palette.expertLine)
        case .demand: KindStyle(shape: "note", style: ["filled"], fill: Palette.demandFill, line: Palette.demandLine)
        case .indicator: KindStyle(style: ["filled"], fill: Palette.indicatorFill, line: Palette.indicatorLine)
        }
    }

    /// Records of no particular colour (government, finance, associations), and the base of marks that apply to
    /// any kind.
    static let generic = KindStyle(fill: Palette.otherFill, line: Palette.otherLine)
}

/// How a state word (a node's class after its kind) changes its look. Applied in the order the node is styled:
/// later marks override earlier colours.
struct MarkStyle {
    /// The class word (`assumed`, `gap-missing`, …).
    var word: String
    /// The kind whose look the legend's sample starts from; nil for any kind.
    var sampleKind: NodeKind?
    /// A style word added (`dashed`, `dotted`), if any.
    var styleWord: String?
    /// Fill colour, when the mark changes it.
    var fill: String?
    /// Outline colour.
    var line: String
    /// Outline width, when the mark changes it.
    var penwidth: DOTValue?
    /// Text colour, when the mark changes it.
    var fontcolor: String?
    /// A doubled outline (`peripheries=2`), when the mark draws one.
    var peripheries: DOTValue?

    static let chokepoint = MarkStyle(word: "chokepoint", sampleKind: .technology, line: Palette.chokepointLine, peripheries: 2)
    static let assumed = MarkStyle(
        word: "assumed", styleWord: "dashed", fill: Palette.assumedFill, line: Palette.assumed, fontcolor: Palette.assumed)
    static let missing = MarkStyle(
        word: "gap-missing", sampleKind: .segment, styleWord: "dashed", fill: Palette.gapFill, line: Palette.gap, penwidth: 2)
    static let weak = MarkStyle(word: "gap-weak", sampleKind: .segment, line: Palette.weak, penwidth: 2.5)
    static let unsurveyed = MarkStyle(
        word: "gap-unsurveyed", sampleKind: .segment, styleWord: "dotted", fill: Palette.unsurveyedFill,
        line: Palette.unsurveyed, penwidth: 2)
    static let uncovered = MarkStyle(
        word: "gap-uncovered", sampleKind: .technology, styleWord: "dashed", fill: Palette.gapFill, line: Palette.gap,
        penwidth: 1.5)

    /// The marks the legend explains, in its order.
    static let legendOrder: [MarkStyle] = [chokepoint, assumed, missing, weak, unsurveyed, uncovered]

    /// Applies the mark to a node being styled: its class word, style word, colours and widths.
    func apply(classes: inout [String], style: inout [String], fill: inout String, line: inout String,
               attributes: inout DOTAttributes) {
        classes.append(word)
        if let styleWord, !style.contains(styleWord) { style.append(styleWord) }
        if let newFill = self.fill { fill = newFill }
        line = self.line
        if let penwidth { attributes["penwidth"] = penwidth }
        if let fontcolor { attributes["fontcolor"] = .text(fontcolor) }
        if let peripheries { attributes["peripheries"] = peripheries }
    }
}
