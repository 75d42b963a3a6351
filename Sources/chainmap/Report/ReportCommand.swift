import ArgumentParser
import ChainMap
import ChainMapRender
import ChainMapReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML file: the interactive map and the annual report.",
        discussion: """
        The page works offline from file:// in current Chromium, Edge and Firefox and makes no network request \
        (its Content-Security-Policy forbids any). It holds the overview and each chain view (pan with the mouse \
        or arrow keys, zoom with the wheel or +/-, 0 fits), overlays for gaps, candidates and assumed records, a \
        search box, chain and kind filters, a detail panel for the clicked or searched record (report.html#ID \
        opens one), and the report: summary counts, indicators against targets, gaps, candidates for open \
        demands, the commissioner assignment, data gaps and provenance. Printing it gives an A4 report. \
        Chain views of more than 400 records are replaced by the aggregated full view. See docs/report.md.

        --since OLD_MAP adds what changed since that earlier version of the map (as chainmap diff OLD_MAP MAP): \
        records added, removed and changed, demands that moved status, gaps opened and closed, candidates that \
        became ties, indicators that moved.

        Graphviz runs in a separate process with a time limit (--timeout, default 60 s per view) and a memory \
        limit (--memory-limit, default 4096 MiB): if it crashes, hangs or runs out of memory on a view, report \
        stops it and exits 70 naming the view, writing no file.

        Exit codes: 0 success, 64 usage error, 65 bad data, 66 missing map (or OLD_MAP), 70 Graphviz error, \
        crash or time-out, 73 cannot write the file. On failure no file is written.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case zh, en }

    @Argument(help: "The map folder (holds map.yaml).", completion: .directory)
    var map: String

    @Option(name: .shortAndLong, help: "The HTML file to write.", completion: .file())
    var output: String

    @Option(name: .long, help: "Language of the page's words and labels (en: name_en where a record has one).")
    var lang: Language = .zh

    @Option(name: .long, help: "An earlier version of the map: the page adds what changed since then.", completion: .directory)
    var since: String?

    @OptionGroup var analysis: AnalysisOptions

    @OptionGroup var limits: GraphvizLimits

    @Flag(help: "No progress on standard error (shown only when it is a terminal).") var quiet = false

    func validate() throws {
        let lower = output.lowercased()
        if !(lower.hasSuffix(".html") || lower.hasSuffix(".htm")) {
            throw ValidationError("the report is an HTML file: give -o NAME.html (not \"\(output)\")")
        }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        defer { progress.done() }
        let loaded = try progress.load(map)
        let earlier = try since.map { folder in
            return try progress.load(folder).map
        }
        let options = ReportOptions(language: lang == .en ? .en : .zh, excludeAssumed: analysis.filter == .excludeAssumed)
        let renderer = try limits.renderer(output: output)
        let report: PreparedReport
        do {
            report = try Report.prepare(loaded.map, since: earlier, options: options, renderer: renderer) { progress.step($0) }
        } catch {
            progress.done()
            Terminal.error("\(output): error: \(error.description)" + (Self.hint(for: error).map { "; hint: " + $0 } ?? ""))
            throw ExitCode(ExitCodes.software)
        }
        progress.done()
        for warning in report.warnings { Terminal.error("\(output): warning: graphviz: \(warning)") }
        let bytes: Int
        do {
            bytes = try report.write(to: output) { progress.step($0) }
        } catch {
            progress.done()
            guard case .cannotWrite(let failure) = error else {
                Terminal.error("\(output): error: \(error.description)")
                throw ExitCode(ExitCodes.software)
            }
            Terminal.error(failure.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
        progress.done()
        Terminal.output("wrote \(output) (\(bytes) bytes)\n")
    }

    /// What to try after Graphviz failed on one of the report's views.
    static func hint(for error: ReportError) -> String? {
        guard case .isolated(_, _, let failure) = error else { return nil }
        switch failure {
        case .timedOut:
            return "a longer --timeout, or draw that view alone with chainmap render to see where it stalls"
        case .crashed, .outputTooLarge:
            return "this is a Graphviz failure on that layout; draw the view alone with chainmap render "
                + "(--engine sfdp or a smaller view) and report the map"
        case .graphviz, .workerFailed:
            return "chainmap render --format dot writes the view's DOT source to inspect"
        }
    }
}
