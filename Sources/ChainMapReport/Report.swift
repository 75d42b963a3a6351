import ChainMap
import ChainMapRender

/// How to make a report.
public struct ReportOptions: Sendable, Hashable {
    /// The language of the page's words and labels.
    public var language: ReportLanguage
    /// Leave out records resting only on `assumed` (`--exclude-provenance assumed`).
    public var excludeAssumed: Bool
    /// A chain view with more nodes than this is not drawn (dot's layout of thousands of nodes takes minutes and
    /// shows nothing readable); the page then draws the aggregated full view instead.
    public var maxViewNodes: Int
    /// How many candidates each open demand lists.
    public var candidatesPerDemand: Int
    /// Candidates are ranked for this many open demands, the most recently posted first: a reader goes through
    /// a hundred, not thousands, and ranking is most of a large map's report time. `chainmap candidates
    /// --demand ID` ranks any other.
    public var demandsWithCandidates: Int
    /// The aggregated full view is drawn only up to this many nodes: sfdp needs about 12 s of CPU for the 8,700
    /// nodes of a 20,000-enterprise map's full view, longer than the whole report may take.
    public var maxFullViewNodes: Int

    /// Options for a report; each parameter sets the property of its name (the defaults are `chainmap report`'s).
    public init(language: ReportLanguage = .zh, excludeAssumed: Bool = false, maxViewNodes: Int = MapViews.fullViewThreshold,
                candidatesPerDemand: Int = 5, maxFullViewNodes: Int = 2_500, demandsWithCandidates: Int = 100) {
        self.language = language
        self.excludeAssumed = excludeAssumed
        self.maxViewNodes = maxViewNodes
        self.candidatesPerDemand = candidatesPerDemand
        self.maxFullViewNodes = maxFullViewNodes
        self.demandsWithCandidates = demandsWithCandidates
    }
}

/// Why a report could not be made.
public enum ReportError: Error, Sendable, CustomStringConvertible {
    /// Graphviz failed on a view.
    case graphviz(view: String, GraphvizError)
    /// Graphviz's worker process crashed, hung or ran out of memory on a view (`IsolatedRenderer`).
    case isolated(view: String, engine: LayoutEngine, IsolatedRenderError)
    /// A drawing held something the page must not contain.
    case unsafeDrawing(view: String, PageSVG.Refusal)
    /// The data could not be encoded (a non-finite number).
    case encoding(String)
    /// The page's own markup was malformed: a bug.
    case markup(HTMLWriterError)
    /// The page could not be written to its file (exit 73); no file was left behind.
    case cannotWrite(AtomicFile.Failure)

    /// The message as the command line prints it, naming the view where there is one.
    public var description: String {
        switch self {
        case .graphviz(let view, let error): "view \(view): \(error.description)"
        case .isolated(let view, let engine, let error): "view \(view) with \(engine.rawValue): \(error.description)"
        case .unsafeDrawing(let view, let refusal): "view \(view): \(refusal.description)"
        case .encoding(let message): "cannot encode the report's data: \(message)"
        case .markup(let error): "report markup: \(error.description)"
        case .cannotWrite(let failure): failure.description
        }
    }
}

/// A finished report page.
public struct ReportOutput: Sendable {
    /// The whole HTML document.
    public var html: String
    /// Graphviz's warnings, prefixed with the view.
    public var warnings: [String]
    /// Chains whose views were too large to draw.
    public var omittedChains: [String]
    /// True when the full view was needed but too large to lay out in time.
    public var omittedFullView: Bool
}

/// `chainmap report`: one self-contained, offline HTML page with the interactive map and the annual report.
public enum Report {
    /// Builds the page for `map` in memory: ``prepare(_:since:options:renderer:progress:)``, then the page
    /// written into a string. A large map's page is tens of megabytes; ``PreparedReport/write(to:progress:)``
    /// streams it into its file instead.
    ///
    /// - Throws: ``ReportError``.
    /// - Complexity: the analyses' and Graphviz's costs, plus O(n + e) for the records and ties.
    public static func build(
        _ loadedMap: InnovationMap, since earlier: InnovationMap? = nil, options: ReportOptions = ReportOptions(),
        renderer: IsolatedRenderer? = nil, progress: (String) -> Void = { _ in }
    ) throws(ReportError) -> ReportOutput {
        let report = try prepare(loadedMap, since: earlier, options: options, renderer: renderer, progress: progress)
        progress("writing the page")
        let html: [UInt8]
        do {
            html = try ByteWriter.collect { try report.write(into: $0) }
        } catch let error as ReportError {
            throw error
        } catch {
            // The collecting writer never throws; write(into:) throws only ReportErrors of its own.
            throw .encoding(String(describing: error))
        }
        return ReportOutput(html: String(decoding: html, as: UTF8.self), warnings: report.warnings,
                            omittedChains: report.omittedChains, omittedFullView: report.omittedFullView)
    }

    /// Draws the views and runs the analyses for `map`'s page, which ``PreparedReport`` then writes.
    ///
    /// - Parameters:
    ///   - loadedMap: the map as loaded.
    ///   - earlier: an earlier version of the map (`--since OLD_MAP`): the page gains a section of what changed
    ///     since then (`MapDiff`), filtered by provenance as `loadedMap` is.
    ///   - options: language, provenance filter and size limits.
    ///   - renderer: when given, Graphviz runs in its worker process (`IsolatedRenderer`), so a crash or hang
    ///     on a view becomes ``ReportError/isolated(view:engine:_:)``; in-process otherwise.
    ///   - progress: called with a short phase name before each phase (a view's layout, the comparison, the
    ///     analyses).
    ///
    /// The overview and each chain view are drawn through Graphviz with the gaps and candidates overlays (the page
    /// switches them with CSS); a chain view with more than ``ReportOptions/maxViewNodes`` nodes is left out and
    /// the aggregated full view drawn instead. Gaps, candidates for open demands, the expert assignment and the
    /// indicators come from the analyses and are embedded as JSON; the page builds its tables from it.
    ///
    /// - Throws: ``ReportError``.
    /// - Complexity: the analyses' and Graphviz's costs.
    public static func prepare(
        _ loadedMap: InnovationMap, since earlier: InnovationMap? = nil, options: ReportOptions = ReportOptions(),
        renderer: IsolatedRenderer? = nil, progress: (String) -> Void = { _ in }
    ) throws(ReportError) -> PreparedReport {
        let map = options.excludeAssumed ? loadedMap.applying(.excludeAssumed) : loadedMap
        let text = ReportText(language: options.language)
        let drawn = try drawViews(map, options: options, text: text, renderer: renderer, progress: progress)
        let since = earlier.map { loadedEarlier in
            progress("comparing with the earlier map")
            let old = options.excludeAssumed ? loadedEarlier.applying(.excludeAssumed) : loadedEarlier
            return ReportPayload.Since(
                name: text.name(old.name, old.nameEN), asOf: old.asOf.description,
                diff: MapDiff(old: old, new: map, language: options.language == .en ? .en : .zh))
        }
        progress("analyses (gaps, candidates, assignment, indicators)")
        let analyses = ReportPayload.analyses(map, options: options)
        let payload = ReportPayload.make(map, options: options, text: text, views: drawn.views.map(\.view), since: since,
                                         analyses: analyses)
        return PreparedReport(map: map, payload: payload, views: drawn.views, options: options, text: text,
                              warnings: drawn.warnings, omittedChains: drawn.omitted, omittedFullView: drawn.omittedFull)
    }

    /// A view drawn for the page.
    struct DrawnView {
        var view: ReportPayload.View
        /// Cleaned SVG markup (``PageSVG/clean(_:)``).
        var svg: String
    }

    private static func drawViews(
        _ map: InnovationMap, options: ReportOptions, text: ReportText, renderer: IsolatedRenderer?, progress: (String) -> Void
    ) throws(ReportError)
        -> (views: [DrawnView], omitted: [String], omittedFull: Bool, warnings: [String])
    {
        let viewLanguage: ViewLanguage = options.language == .en ? .en : .zh
        let overlays = ViewOptions(language: viewLanguage, overlays: [.gaps, .candidates])
        progress("preparing the views")
        var plan: [(ReportPayload.View, DOTGraph)] = []
        var omitted: [String] = []
        // The overview of a large map draws its gaps only: the candidates of thousands of open demands would
        // bury the chains.
        let large = map.nodes.count > options.maxViewNodes
        let overviewOptions = large ? ViewOptions(language: viewLanguage, overlays: [.gaps]) : overlays
        plan.append((ReportPayload.View(id: "overview", title: text("view.overview")), MapViews.overview(map, options: overviewOptions)))
        let lowerBounds = chainViewLowerBounds(map)
        for chain in map.chains {
            // A chain with more organizations than the limit is left out unbuilt: building a view indexes the
            // whole map, and a large map has many chains.
            if lowerBounds[chain.id, default: 0] > options.maxViewNodes {
                omitted.append(chain.id)
                continue
            }
            // Sized without overlays first: the candidates overlay ranks every open demand, wasted on a view
            // too large to draw.
            guard let plain = try? MapViews.chain(map, id: chain.id, options: ViewOptions(language: viewLanguage)) else {
                continue
            }
            if nodeCount(plain) > options.maxViewNodes {
                omitted.append(chain.id)
                continue
            }
            guard let graph = try? MapViews.chain(map, id: chain.id, options: overlays) else { continue }
            plan.append((ReportPayload.View(id: "chain:" + chain.id, title: text.name(chain.name, chain.nameEN)), graph))
        }
        var omittedFull = false
        // The aggregated full view draws every record but the enterprises: past the limit, it is not built.
        let enterprises = map.organizations.count { $0.kind == .enterprise }
        if !omitted.isEmpty && map.nodes.count - enterprises > options.maxFullViewNodes {
            omittedFull = true
        } else if !omitted.isEmpty {
            let full = MapViews.full(map, options: ViewOptions(language: viewLanguage, overlays: [.gaps]))
            if nodeCount(full) > options.maxFullViewNodes {
                omittedFull = true
            } else {
                plan.append((ReportPayload.View(id: "full", title: text("view.full")), full))
            }
        }
        var views: [DrawnView] = []
        var warnings: [String] = []
        for (view, graph) in plan {
            progress("drawing \(view.id) (Graphviz \(MapViews.engine(of: graph).rawValue))")
            let output = try render(graph, view: view.id, renderer: renderer)
            warnings += output.warnings.map { view.id + ": " + $0 }
            do {
                let svg = try PageSVG.clean(String(decoding: output.bytes, as: UTF8.self))
                views.append(DrawnView(view: view, svg: svg))
            } catch {
                throw .unsafeDrawing(view: view.id, error)
            }
        }
        return (views, omitted, omittedFull, warnings)
    }

    /// One view as SVG, in the worker process when there is a renderer.
    private static func render(_ graph: DOTGraph, view: String, renderer: IsolatedRenderer?) throws(ReportError) -> GraphvizOutput {
        guard let renderer else {
            do {
                return try MapRendering.render(graph, as: .svg)
            } catch {
                throw .graphviz(view: view, error)
            }
        }
        do {
            return try MapRendering.render(graph, as: .svg, with: renderer)
        } catch {
            throw .isolated(view: view, engine: MapViews.engine(of: graph), error)
        }
    }

    /// Per chain, how many organizations work in its segments: each is a node of the chain view (in its column or,
    /// from outside the county, apart), so the view has at least that many.
    ///
    /// - Complexity: O(n + r).
    static func chainViewLowerBounds(_ map: InnovationMap) -> [String: Int] {
        var chainOfSegment: [String: String] = [:]
        for segment in map.segments { chainOfSegment[segment.id] = segment.chain }
        var counts: [String: Int] = [:]
        for organization in map.organizations {
            for chain in Set(organization.segments.compactMap { chainOfSegment[$0] }) { counts[chain, default: 0] += 1 }
        }
        return counts
    }

    /// The nodes of a graph and its subgraphs (walked with a stack: no recursion).
    static func nodeCount(_ graph: DOTGraph) -> Int {
        var count = graph.nodes.count
        var stack = graph.subgraphs
        while let subgraph = stack.popLast() {
            count += subgraph.nodes.count
            stack += subgraph.subgraphs
        }
        return count
    }
}
