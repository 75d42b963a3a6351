import ArgumentParser
import ChainMap
import Foundation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn a map folder into a workbook (.xlsx) or a workbook into a folder, losslessly.",
        discussion: """
        The form is OUT's extension (.xlsx: a workbook; anything else: a folder) or --to. A workbook has Chinese \
        sheets, headers and values; a folder has map.yaml and a CSV table per part. OUT must not exist (a folder may \
        be empty): convert never overwrites. The map must load without errors.
        """
    )

    enum Target: String, ExpressibleByArgument, CaseIterable {
        case xlsx, folder
    }

    @Argument(help: "The map: a folder or an .xlsx workbook.", completion: .file())
    var map: String

    @Option(name: .shortAndLong, help: "Where to write the converted map.", completion: .file())
    var output: String

    @Option(name: .long, help: "xlsx or folder (default: from OUT's extension).")
    var to: Target?

    func run() throws {
        let target = to ?? (output.lowercased().hasSuffix(".xlsx") ? .xlsx : .folder)
        let loaded = try MapOptions.load(folder: map)
        do {
            switch target {
            case .xlsx: try MapWorkbook.write(loaded.map, to: output)
            case .folder: try MapFolderWriter.write(loaded.map, to: output)
            }
        } catch {
            // Both failures (XLSXWriter.Failure, AtomicFolder.Failure) print as their description.
            Terminal.error("\(error)")
            throw ExitCode(ExitCodes.cannotCreate)
        }
        Terminal.output("wrote \(output) (\(target == .xlsx ? "workbook" : "folder")) from \(map)\n")
    }
}
