import ChainMap

extension ListCommand {
    /// Prints relations as a table or CSV, one column per end, straight from the map: a million relations print
    /// without a million rows (or the whole text) in memory. Same bytes as printing the collected rows.
    static func printRelations(of map: InnovationMap, chain: String?, as format: TableFormat) {
        let headers = ["from", "to", "type", "since", "note", "source"]
        func rows(_ body: ([String]) -> Void) {
            map.forEachListRow(.relations, chain: chain) { row in
                body([row.from ?? "", row.to ?? "", row.kind, row.detail ?? "", row.name, row.source])
            }
        }
        guard format == .csv else {
            TextTable.stream(headers: headers, rows: rows, write: Terminal.output)
            return
        }
        // As CSVWriter.render: plain RFC 4180, `\n` line ends.
        var text = headers.map(CSVWriter.escape).joined(separator: ",") + "\n"
        rows { cells in
            text += cells.map(CSVWriter.escape).joined(separator: ",")
            text += "\n"
            if text.utf8.count >= 1 << 20 {
                Terminal.output(text)
                text = ""
            }
        }
        if !text.isEmpty { Terminal.output(text) }
    }
}
