import ArgumentParser
import ChainMap

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a map folder and report every problem as file:line:column.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 65 when there are, 66 when the map is missing."
    )

    @OptionGroup var options: MapOptions

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    func run() throws {
        let loaded: LoadedMap
        do {
            loaded = try MapLoader.load(folder: options.map)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(error.isBadData ? ExitCodes.badData : ExitCodes.missingInput)
        }
        let shown = quiet ? loaded.errors : loaded.diagnostics
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(object: ValidationReport(loaded: loaded, diagnostics: shown), schema: JSONOutput.schema("validate")))
        case .csv:
            let rows = shown.map { diagnostic in
                [diagnostic.position?.path ?? options.map, diagnostic.position.map { String($0.line) } ?? "",
                 diagnostic.position.map { String($0.column) } ?? "", diagnostic.severity.rawValue, diagnostic.message, diagnostic.hint ?? ""]
            }
            try Terminal.print(rows, headers: ["path", "line", "column", "severity", "message", "hint"], as: .csv)
        case .table:
            for diagnostic in shown { Terminal.output(TerminalText.escapingControls(diagnostic.description) + "\n") }
            let errors = loaded.errors.count, warnings = loaded.warnings.count
            let verdict = errors == 0 ? "valid" : "invalid"
            Terminal.output("\(options.map): \(verdict): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
        if loaded.hasErrors { throw ExitCode(ExitCodes.badData) }
    }
}

/// `validate --format json`: `{"schema": "chainmap/validate@1", "map", "valid", "errors", "warnings", "diagnostics": [{severity, path, line, column, message, hint}]}`.
struct ValidationReport: Encodable {
    struct Item: Encodable {
        var severity: String
        var path: String?
        var line: Int?
        var column: Int?
        var message: String
        var hint: String?
    }

    var map: String
    var valid: Bool
    var errors: Int
    var warnings: Int
    var diagnostics: [Item]

    init(loaded: LoadedMap, diagnostics: [Diagnostic]) {
        map = loaded.folder
        valid = !loaded.hasErrors
        errors = loaded.errors.count
        warnings = loaded.warnings.count
        self.diagnostics = diagnostics.map {
            Item(severity: $0.severity.rawValue, path: $0.position?.path, line: $0.position?.line, column: $0.position?.column,
                 message: $0.message, hint: $0.hint)
        }
    }
}
