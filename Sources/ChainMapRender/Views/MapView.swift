// The diagram views of an innovation map, as pure functions from an
// `InnovationMap` to a `DOTGraph`. This layer knows the domain; the domain
// (ChainMap) knows nothing of Graphviz.
//
// Conventions shared by every view:
// - A node's DOT name and its `id` attribute are the record's map id, and its
//   `class` attribute starts with the record's kind (`segment`, `enterprise`,
//   …) followed by state words (`local`, `outside`, `assumed`, `chokepoint`,
//   `gap-missing`, `gap-weak`, `gap-uncovered`, `candidate`), so the SVG can
//   be scripted and styled.
// - Nodes the view makes up (legend samples, aggregates, column boxes) have
//   ids holding a `;`, which a map id may not contain: they never collide.
// - Chains and segments keep the map's order (it means upstream → downstream);
//   everything else is sorted by id. The same map and options always give
//   the same text.
// - Every picture carries a title (the map's name, the view and `as_of`) and
//   a legend.

import ChainMap

/// Which picture of a map to draw.
public enum MapView: Sendable, Hashable {
    /// All chains as clusters, their segments from upstream to downstream, each with its counts.
    case overview
    /// One chain: its segments as columns holding their technologies, actors and demands.
    case chain(id: String)
    /// One record and everything within `hops` ties of it.
    case ego(focus: String, hops: Int)
    /// Every record and tie; aggregated and laid out with `sfdp` when large.
    case full
}

/// Extra layers drawn over a view.
public enum Overlay: String, CaseIterable, Sendable, Comparable {
    /// Missing and weak segments, uncovered technologies (see ``GapOverlay``).
    case gaps
    /// Proposed partnerships for open demands (see ``CandidateOverlay``).
    case candidates

    /// Overlays order by name, so that a set of them prints the same way every time.
    public static func < (lhs: Overlay, rhs: Overlay) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The language of labels.
public enum ViewLanguage: String, CaseIterable, Sendable {
    /// Chinese names and words (the default).
    case zh
    /// `name_en` where the record has one, Chinese otherwise; English words.
    case en
}

/// How to draw a view.
public struct ViewOptions: Sendable, Hashable {
    /// The language of labels.
    public var language: ViewLanguage
    /// Which overlays to draw.
    public var overlays: Set<Overlay>

    /// Options for drawing a view: label language and overlays.
    public init(language: ViewLanguage = .zh, overlays: Set<Overlay> = []) {
        self.language = language
        self.overlays = overlays
    }
}

/// Why a view cannot be drawn.
public enum ViewError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--chain` names no chain of the map.
    case unknownChain(id: String, suggestion: String?)
    /// `--focus` names no record of the map.
    case unknownFocus(id: String, suggestion: String?)
    /// A negative number of hops.
    case negativeHops(Int)

    /// The error as one line for a message, with the suggestion when there is one.
    public var description: String {
        switch self {
        case .unknownChain(let id, let suggestion):
            "no chain has the id \"\(id)\"" + (suggestion.map { "; hint: \($0)" } ?? "")
        case .unknownFocus(let id, let suggestion):
            "no record has the id \"\(id)\"" + (suggestion.map { "; hint: \($0)" } ?? "")
        case .negativeHops(let hops):
            "hops must be 0 or more, not \(hops)"
        }
    }
}

/// The entry points of the views.
public enum MapViews {
    /// The picture `view` of `map`.
    ///
    /// - Throws: ``ViewError`` when the view names a chain or record the map lacks.
    /// - Complexity: see each view; at most O((n + e) log(n + e)) for n records and e ties.
    public static func graph(
        _ view: MapView, of map: InnovationMap, options: ViewOptions = ViewOptions()
    ) throws(ViewError) -> DOTGraph {
        switch view {
        case .overview: overview(map, options: options)
        case .chain(let id): try chain(map, id: id, options: options)
        case .ego(let focus, let hops): try ego(map, focus: focus, hops: hops, options: options)
        case .full: full(map, options: options)
        }
    }

    /// The Graphviz engine a view's graph asks for in its `layout` attribute
    /// (`dot`, or `sfdp` for a large full view).
    public static func engine(of graph: DOTGraph) -> LayoutEngine {
        if case .text(let name)? = graph.graphAttributes["layout"], let engine = LayoutEngine(rawValue: name) {
            return engine
        }
        return .dot
    }

    /// `graph` laid out with `engine` instead of the engine its view chose.
    public static func using(_ engine: LayoutEngine, _ graph: DOTGraph) -> DOTGraph {
        var graph = graph
        graph.graphAttributes["layout"] = .text(engine.rawValue)
        return graph
    }
}
