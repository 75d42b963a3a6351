import ArgumentParser
import ChainMap
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

        Exit codes: 0 success, 64 usage error, 65 bad data, 66 missing map, 70 Graphviz error, 73 cannot write \
        the file. On failure no file is written.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case zh, en }

    @Argument(help: "The map folder (holds map.yaml).", completion: .directory)
    var map: String

    @Option(name: .shortAndLong, help: "The HTML file to write.", completion: .file())
    var output: String

    @Option(name: .long, help: "Language of the page's words and labels (en: name_en where a record has one).")
    var lang: Language = .zh

    @OptionGroup var analysis: AnalysisOptions

    func validate() throws {
        let lower = output.lowercased()
        if !(lower.hasSuffix(".html") || lower.hasSuffix(".htm")) {
            throw ValidationError("the report is an HTML file: give -o NAME.html (not \"\(output)\")")
        }
    }

    func run() throws {
        let loaded = try MapOptions.load(folder: map)
        let options = ReportOptions(language: lang == .en ? .en : .zh, excludeAssumed: analysis.filter == .excludeAssumed)
        let report: ReportOutput
        do {
            report = try Report.build(loaded.map, options: options)
        } catch {
            Terminal.error("\(output): error: \(error.description)")
            throw ExitCode(ExitCodes.software)
        }
        for warning in report.warnings { Terminal.error("\(output): warning: graphviz: \(warning)") }
        let bytes = Array(report.html.utf8)
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
        Terminal.output("wrote \(output) (\(bytes.count) bytes)\n")
    }
}
