import ArgumentParser
import ChainMap

/// How reading commands print: aligned text, JSON or CSV (an `--format xlsx` workbook is written where CSV would
/// be printed: see ``FormatChoice``).
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// What `--format` accepts: the printed formats, and `xlsx`, a one-sheet workbook written to `-o FILE`.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, xlsx
}

extension CSVStyle.Encoding: ExpressibleByArgument {}

/// The map every reading command takes — a folder or an .xlsx workbook — and how to print.
struct MapOptions: ParsableArguments {
    @Argument(help: "The map: a folder (holds map.yaml) or an .xlsx workbook.", completion: .file())
    var map: String

    @Option(name: .customLong("format"), help: "Output format: table, json, csv (UTF-8 with BOM and CRLF, for Excel) or xlsx (needs -o FILE).")
    var formatChoice: FormatChoice = .table

    @Option(name: .shortAndLong, help: "With --format xlsx: the workbook to write (never an existing file).", completion: .file(extensions: ["xlsx"]))
    var output: String?

    @Option(name: .long, help: "CSV bytes: utf-8 (default, with a BOM) or gb18030 (old WPS and Excel on Chinese Windows).")
    var encoding: CSVStyle.Encoding = .utf8

    @Flag(name: .customLong("raw-csv"), help: "CSV for scripts: no BOM, \\n line ends, cells starting with = + - @ left as they are.")
    var rawCSV = false

    /// The printed format; `xlsx` prints nothing and writes the rows CSV would hold.
    var format: TableFormat {
        switch formatChoice {
        case .table: .table
        case .json: .json
        case .csv, .xlsx: .csv
        }
    }

    mutating func validate() throws {
        if formatChoice == .xlsx {
            guard let output else { throw ValidationError("--format xlsx needs -o FILE.xlsx: a workbook is not printed") }
            guard output.lowercased().hasSuffix(".xlsx") else { throw ValidationError("-o \(output): a workbook's name ends in .xlsx") }
        } else if output != nil {
            throw ValidationError("-o FILE is for --format xlsx; other formats print to standard output")
        }
        OutputSettings.current = OutputSettings(
            csv: CSVStyle(excel: !rawCSV, encoding: encoding), workbook: formatChoice == .xlsx ? output : nil)
    }

    @Option(name: .long, help: "Language of the text analyses write: zh (default) or en. Ids and JSON keys stay English.")
    var lang: Language = .zh

    /// The message catalogue of the chosen language.
    var text: Messages { Messages(lang) }

    /// Loads the map; on errors prints them to standard error and exits 65, on a missing map exits 66.
    func load() throws -> LoadedMap { try Self.load(folder: map) }

    /// ``load()`` for commands that take the map folder without the shared `--format` option.
    static func load(folder map: String) throws -> LoadedMap {
        let loaded: LoadedMap
        do {
            loaded = try MapLoader.load(folder: map)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(error.isBadData ? ExitCodes.badData : ExitCodes.missingInput)
        }
        if loaded.hasErrors {
            for diagnostic in loaded.errors { Terminal.error(diagnostic.description) }
            Terminal.error("\(map): \(loaded.errors.count) error\(loaded.errors.count == 1 ? "" : "s"); run `chainmap validate \(map)` for details")
            throw ExitCode(ExitCodes.badData)
        }
        return loaded
    }
}

extension Language: ExpressibleByArgument {}
/// How tables are written, set once from the command line before a command runs (commands print through
/// ``Terminal/print(_:headers:as:)``, which reads it).
struct OutputSettings: Sendable {
    var csv = CSVStyle.excel
    /// With `--format xlsx`: the workbook to write instead of printing.
    var workbook: String?

    nonisolated(unsafe) static var current = OutputSettings()
}
