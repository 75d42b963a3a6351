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
}

extension Array where Element == [String] {
    /// Prints rows as an aligned table or CSV.
    func printed(headers: [String], as format: OutputFormat) -> String {
        switch format {
        case .csv: CSVWriter.render(headers: headers, rows: self)
        default: TextTable(headers: headers, rows: self).render()
        }
    }
}
