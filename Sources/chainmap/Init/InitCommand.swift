import ArgumentParser
import ChainMap

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new county's empty map: a workbook (NAME.xlsx) or a folder of tables, each with its header.",
        discussion: """
        NAME.xlsx writes a workbook with a sheet per part in Chinese (概况 来源 产业链 环节 核心技术 指标 企业与机构 平台 \
        专家 需求 关系): frozen header rows, a comment on each header, drop-down lists for enumerated columns. Any other \
        name writes a folder: map.yaml and a CSV table per part. The target must not exist (a folder may be empty); \
        init never overwrites. The new map validates as it is.
        """
    )

    @Argument(help: "The workbook (NAME.xlsx) or folder to create.", completion: .file())
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
        var mapID = id ?? folder.split(separator: "/").last.map(String.init) ?? "map"
        if folder.lowercased().hasSuffix(".xlsx") {
            if id == nil { mapID = String(mapID.dropLast(5)) }
            do {
                try MapTemplate.writeWorkbook(to: folder, id: mapID, name: name, region: region, asOf: date)
            } catch {
                Terminal.error(error.description)
                throw ExitCode(ExitCodes.cannotCreate)
            }
            Terminal.output("created \(folder): sheets \(VocabularyAliases.sheets.map { $0.aliases[0] }.joined(separator: " "))\n")
            Terminal.output("next: fill the sheets, then run `chainmap validate \(folder)`\n")
            return
        }
        do {
            try MapTemplate.write(to: folder, id: mapID, name: name, region: region, asOf: date)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
        Terminal.output("created \(folder): map.yaml, \(MapLoader.allTableNames.map { "\($0).csv" }.joined(separator: ", "))\n")
        Terminal.output("next: fill the tables, then run `chainmap validate \(folder)`\n")
    }
}
