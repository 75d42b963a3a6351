import ArgumentParser
import ChainMap
import ChainMapRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a map as SVG, PNG, PDF or DOT through Graphviz.",
        discussion: """
        Views: overview (every chain, segments upstream → downstream with their counts of local enterprises, \
        high-tech enterprises and platforms); chain --chain ID (one chain, a column per segment, outside \
        institutions apart); ego --focus ID [--hops N] (a record and its neighbourhood); full (everything; past \
        400 records enterprises are aggregated per segment and sfdp lays it out).

        Overlays: gaps (missing segments dashed red, weak ones orange, uncovered technologies as dashed red \
        placeholders); candidates (proposed partnerships for open demands, dashed, labelled with their score). \
        Records that rest only on `assumed` are drawn lighter.

        The format comes from the file's extension unless --format is given; `dot` writes the DOT source. \
        Nodes carry the map id as SVG id and the kind as SVG class; hovering one shows its full name and kind. \
        --dpi N sets a PNG's resolution: 200 keeps Chinese labels readable in a picture pasted into an A4 page.

        Graphviz runs in a separate process with a time limit (--timeout, default 60 s) and a memory limit \
        (--memory-limit, default 4096 MiB of address space): if it crashes, hangs or runs out of memory (a few \
        layouts trip bugs in Graphviz's dot), render stops it and exits 70 naming the view and the engine.

        Exit codes: 0 success, 64 usage error or unknown id, 65 bad data, 66 missing map, 70 Graphviz error, \
        crash or time-out, 73 cannot write the file. On failure no file is written.
        """
    )

    enum View: String, ExpressibleByArgument, CaseIterable { case overview, chain, ego, full }
    enum Engine: String, ExpressibleByArgument, CaseIterable { case dot, neato, sfdp }
    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot }
    enum Language: String, ExpressibleByArgument, CaseIterable { case zh, en }
    enum OverlayName: String, ExpressibleByArgument, CaseIterable { case gaps, candidates }

    @Argument(help: "The map folder (holds map.yaml).", completion: .directory)
    var map: String

    @Option(name: .long, help: "Which picture to draw.")
    var view: View = .overview

    @Option(name: .long, help: "The chain to draw (view chain).")
    var chain: String?

    @Option(name: .long, help: "The record at the centre (view ego).")
    var focus: String?

    @Option(name: .long, help: "How many ties away from the focus to draw (view ego).")
    var hops: Int = 1

    @Option(name: .long, parsing: .upToNextOption, help: "Layers to draw over the view.")
    var overlay: [OverlayName] = []

    @Option(name: .long, help: "Layout engine (default: the view's own choice).")
    var engine: Engine?

    @Option(name: .long, help: "Label language (en: name_en where a record has one).")
    var lang: Language = .zh

    @Option(name: .long, help: "Output format (default: from the output file's extension).")
    var format: Format?

    @Option(name: .shortAndLong, help: "The file to write.", completion: .file())
    var output: String

    @Option(name: .long, help: "Resolution of PNG output in dots per inch (Graphviz's dpi; default 96). For a picture pasted into an A4 report page: 200.")
    var dpi: Int?
    @OptionGroup var limits: GraphvizLimits

    @Flag(help: "No progress on standard error (shown only when it is a terminal).") var quiet = false

    func validate() throws {
        switch view {
        case .chain where chain == nil:
            throw ValidationError("--view chain needs --chain ID")
        case .ego where focus == nil:
            throw ValidationError("--view ego needs --focus ID")
        default:
            break
        }
        if hops < 0 { throw ValidationError("--hops must be 0 or more") }
        if let dpi, !(36...600).contains(dpi) {
            throw ValidationError("--dpi must be between 36 and 600, not \(dpi)")
        }
        if format == nil && MapRendering.Format(fileName: output) == nil {
            throw ValidationError("cannot tell the format from \"\(output)\": give --format svg|png|pdf|dot or a file ending in one")
        }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        defer { progress.done() }
        let loaded = try progress.load(map, then: "drawing the \(view.rawValue) view (Graphviz layout)")
        let options = ViewOptions(
            language: lang == .en ? .en : .zh,
            overlays: Set(overlay.map { $0 == .gaps ? Overlay.gaps : Overlay.candidates }))
        let mapView: MapView =
            switch view {
            case .overview: .overview
            case .chain: .chain(id: chain ?? "")
            case .ego: .ego(focus: focus ?? "", hops: hops)
            case .full: .full
            }

        var graph: DOTGraph
        do {
            graph = try MapViews.graph(mapView, of: loaded.map, options: options)
        } catch {
            Terminal.error("\(map): error: \(error.description)")
            throw ExitCode(ExitCodes.usage)
        }
        if let engine, let chosen = LayoutEngine(rawValue: engine.rawValue) {
            graph = MapViews.using(chosen, graph)
        }

        let fileFormat = format.flatMap { MapRendering.Format(rawValue: $0.rawValue) }
            ?? MapRendering.Format(fileName: output) ?? .svg
        if let dpi {
            guard fileFormat == .png else {
                Terminal.error("error: --dpi applies to PNG output only")
                throw ExitCode(ExitCodes.usage)
            }
            graph.graphAttributes["dpi"] = .text(String(dpi))
        }
        let rendered: GraphvizOutput
        do {
            if fileFormat == .dot {
                rendered = try MapRendering.render(graph, as: .dot)
            } else {
                let renderer = try limits.renderer(output: output)
                rendered = try MapRendering.render(graph, as: fileFormat, with: renderer)
            }
        } catch let error as IsolatedRenderError {
            Terminal.error("\(output): error: view \(viewName) with \(MapViews.engine(of: graph).rawValue): \(error.description); "
                + hint(for: error, engine: MapViews.engine(of: graph)))
            throw ExitCode(ExitCodes.software)
        } catch {
            Terminal.error("\(output): error: \(error)")
            throw ExitCode(ExitCodes.software)
        }
        progress.done()
        for warning in rendered.warnings { Terminal.error("\(output): warning: graphviz: \(warning)") }
        do {
            try AtomicFile.write(rendered.bytes, to: output)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
        Terminal.output("wrote \(output) (\(rendered.bytes.count) bytes)\n")
    }

    /// The view as the user asked for it, for messages.
    var viewName: String {
        switch view {
        case .overview, .full: view.rawValue
        case .chain: "chain \(chain ?? "")"
        case .ego: "ego \(focus ?? "") (--hops \(hops))"
        }
    }

    /// What to try after Graphviz failed.
    func hint(for error: IsolatedRenderError, engine: LayoutEngine) -> String {
        let other = engine == .sfdp ? "--engine dot" : "--engine sfdp"
        switch error {
        case .timedOut:
            return "hint: try \(other), a smaller view (--view chain --chain ID, --view ego --focus ID), or a longer --timeout"
        case .crashed, .outputTooLarge:
            return "hint: this is a Graphviz failure on this layout; try \(other) or a smaller view (--view chain --chain ID, --view ego --focus ID)"
        case .graphviz, .workerFailed:
            return "hint: try \(other), or --format dot to inspect the DOT source"
        }
    }
}
