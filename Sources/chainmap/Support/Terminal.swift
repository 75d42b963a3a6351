import ChainMap
import Foundation

/// Printing to standard output and standard error.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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
