import ArgumentParser
import ChainMap
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Printing to standard output and standard error. Messages (standard error) always have control characters from
/// the data escaped (``TerminalText``): an ANSI sequence in a name is shown, not obeyed. Standard output is escaped
/// the same way when it is a terminal; piped to a file it carries the data unchanged (CSV and JSON are data).
enum Terminal {
    static let outputIsTerminal = isatty(1) == 1

    static func output(_ text: String) {
        let shown = outputIsTerminal ? TerminalText.escapingControls(text) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.escapingControls(line) + "\n").utf8))
    }

    /// Prints rows as a table, or as CSV in the command line's style (BOM, CRLF, neutralised formulas, encoding), or
    /// writes them as a one-sheet workbook when `--format xlsx -o FILE` was given.
    /// - Throws: `ExitCode` 73 when the workbook cannot be written or exists.
    static func print(_ rows: [[String]], headers: [String], as format: TableFormat) throws {
        guard format == .csv else {
            output(rows.printed(headers: headers, as: format))
            return
        }
        let settings = OutputSettings.current
        if let workbook = settings.workbook {
            let sheet = XLSXSheet(name: "chainmap", headers: headers, rows: rows.map { $0.map(XLSXCell.init(guessing:)) })
            if FileManager.default.fileExists(atPath: workbook) {
                Terminal.error("\(workbook): error: already exists; hint: choose a new name — chainmap never overwrites a file")
                throw ExitCode(ExitCodes.cannotCreate)
            }
            do {
                try XLSXWriter.write([sheet], to: workbook)
            } catch {
                Terminal.error(error.description)
                throw ExitCode(ExitCodes.cannotCreate)
            }
            Terminal.error("wrote \(workbook): \(rows.count) row\(rows.count == 1 ? "" : "s")")
            return
        }
        guard let bytes = CSVWriter.bytes(headers: headers, rows: rows, style: settings.csv) else {
            Terminal.error("error: the output cannot be encoded as \(settings.csv.encoding.rawValue)")
            throw ExitCode(ExitCodes.software)
        }
        FileHandle.standardOutput.write(Data(bytes))
    }
}

extension Array where Element == [String] {
    /// Prints rows as an aligned table or CSV.
    func printed(headers: [String], as format: TableFormat) -> String {
        switch format {
        case .csv: CSVWriter.render(headers: headers, rows: self)
        default: TextTable(headers: headers, rows: self).render()
        }
    }
}
