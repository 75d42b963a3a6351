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
