import ArgumentParser
import ChainMap

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new county's empty map: map.yaml and every table with its header.",
        discussion: "The folder must not exist or must be empty; init never overwrites. The new map validates as it is."
    )

    @Argument(help: "The folder to create.", completion: .directory)
    var folder: String

    @Option(help: "The map's id (default: the folder's name).")
    var id: String?

    @Option(help: "The map's name.")
    var name: String = "产业链核心技术创新图谱"

    @Option(help: "The region the map covers.")
    var region: String = "某某县"

    @Option(name: .customLong("as-of"), help: "The date the map describes: YYYY, YYYY-MM or YYYY-MM-DD.")
    var asOf: String = "2025"

    func run() throws {
        guard let date = PartialDate(asOf) else { throw ValidationError("--as-of \"\(asOf)\" is not YYYY, YYYY-MM or YYYY-MM-DD") }
        let mapID = id ?? folder.split(separator: "/").last.map(String.init) ?? "map"
        do {
            try MapTemplate.write(to: folder, id: mapID, name: name, region: region, asOf: date)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
        Terminal.output("created \(folder): map.yaml, \(MapLoader.tableNames.map { "\($0).csv" }.joined(separator: ", "))\n")
        Terminal.output("next: fill the tables, then run `chainmap validate \(folder)`\n")
    }
}
