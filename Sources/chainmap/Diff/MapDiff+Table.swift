import ChainMap

extension MapDiff {
    /// The aligned-text report for the terminal: the summary, then one table of every change, long cells cut
    /// (JSON, CSV and Markdown keep them whole).
    func table() -> String {
        let text = summary.joined(separator: "\n") + "\n"
        guard !isEmpty else { return text + "\nno changes\n" }
        let shortened = rows.map { $0.map { $0.count > 60 ? String($0.prefix(59)) + "…" : $0 } }
        return text + "\n" + TextTable(headers: Self.columns, rows: shortened).render()
    }
}
