import ArgumentParser
import ChainMap

/// How reading commands print: aligned text, JSON or CSV.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// The map folder every reading command takes, and how to print.
struct MapOptions: ParsableArguments {
    @Argument(help: "The map folder (holds map.yaml).", completion: .directory)
    var map: String

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

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
            throw ExitCode(ExitCodes.missingInput)
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
