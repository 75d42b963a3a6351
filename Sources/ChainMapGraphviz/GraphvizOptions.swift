// The choices a render takes, in plain Swift (the C boundary is GraphvizRenderer.swift).

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Graphviz layout engines: `dot` layered (chains), `neato`/`fdp`/`sfdp` force-directed (sfdp for large maps), `circo` circular, `twopi` radial.
    case dot, neato, sfdp, fdp, circo, twopi
}

/// An output format that Graphviz produces.
///
/// `svg`, `png` and `pdf` are drawings. `dot` is Graphviz's laid-out DOT
/// (the input plus `pos`, `bb`, … attributes), `json` the laid-out graph as
/// JSON; both are useful for tools that place things themselves. For the
/// un-laid-out DOT source, use ChainMapRender's `DOTGraph.render()` and skip Graphviz.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Output formats Graphviz writes.
    case svg, png, pdf, dot, json

    /// Whether the output is text (UTF-8) rather than binary.
    public var isText: Bool {
        switch self {
        case .svg, .dot, .json: true
        case .png, .pdf: false
        }
    }
}
