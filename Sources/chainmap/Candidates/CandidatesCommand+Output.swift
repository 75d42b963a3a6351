import ArgumentParser
import ChainMap
import class Foundation.JSONEncoder

/// Prints `candidates` subject by subject as they are ranked, in the command's format, so that the answer on a
/// large map is never held whole: JSON and CSV are written as they come, a table's rows wait in a spool until the
/// column widths are known, a workbook's rows are gathered. The bytes are what printing all subjects at once gave.
final class CandidatesPrinter {
    private enum Sink {
        case json(JSONOutput.RowStream<CandidateRanking.Subject>)
        case csv(CSVStyle)
        case table(TextTable.Spool)
        case workbook([[String]])
    }

    private let text: Messages
    private let out: Terminal.Stream
    private var sink: Sink
    /// The columns of the table and CSV, as CSV names them (a table shows them in the run's language).
    static let keys = ["subject", "needs", "rank", "candidate", "score", "technology", "field", "keyword", "proximity",
                               "prior", "locality", "evidence"]

    /// - Parameters:
    ///   - format: the printed format (`csv` also for a workbook when `--format xlsx -o FILE` was given).
    ///   - text: the run's message catalogue (headings, "existing partner", "no candidate" …).
    /// - Throws: `EncodingError` only if the JSON encoder's shape changed (``JSONOutput/RowStream``).
    init(format: TableFormat, text: Messages) throws {
        self.text = text
        let settings = OutputSettings.current
        out = Terminal.Stream(escapingControls: format != .csv)
        switch format {
        case .json:
            let out = out
            // A hub's subject lists thousands of existing partners: they are encoded one by one.
            sink = .json(try JSONOutput.RowStream(schema: JSONOutput.schema("candidates"), encode: Self.json) { out.write(bytes: $0) })
        case .table:
            sink = .table(TextTable.Spool(headers: text.headings(Self.keys)))
        case .csv where settings.workbook != nil:
            sink = .workbook([])
        case .csv:
            sink = .csv(settings.csv)
            out.write(bytes: CSVWriter.preamble(style: settings.csv))
            try Self.csvLine(Self.keys, style: settings.csv, to: out)
        }
    }

    /// Prints one subject.
    /// - Throws: `EncodingError` (JSON), or `ExitCode` 70 when GB18030 cannot encode a cell.
    func print(_ subject: CandidateRanking.Subject) throws {
        switch sink {
        case .json(var stream):
            try stream.append(subject)
            sink = .json(stream)
        case .csv(let style):
            for row in rows(of: subject) { try Self.csvLine(row, style: style, to: out) }
        case .table(let spool):
            for row in rows(of: subject) { spool.append(row) }
        case .workbook(var rows):
            sink = .workbook([])
            rows += self.rows(of: subject)
            sink = .workbook(rows)
        }
    }

    /// Ends the answer: closes the JSON document, prints the table, writes the workbook.
    /// - Throws: `ExitCode` 73 when the workbook cannot be written or the table's spool failed.
    func finish() throws {
        switch sink {
        case .json(let stream):
            stream.finish()
        case .csv:
            break
        case .table(let spool):
            do {
                try spool.finish { [out] in out.write($0) }
            } catch {
                Terminal.error("error: the table's rows could not be kept in a temporary file (error \(error.code)); "
                               + "hint: free space in $TMPDIR, or print --format csv or json")
                throw ExitCode(ExitCodes.cannotCreate)
            }
        case .workbook(let rows):
            try Terminal.print(rows, headers: Self.keys, as: .csv)
        }
        out.flush()
    }

    /// Passes on a subject's JSON, its existing partners encoded one at a time
    /// (``JSONOutput/encode(_:splitting:key:with:into:)``).
    static func json(_ encoder: JSONEncoder, _ subject: CandidateRanking.Subject, _ emit: ([UInt8]) -> Void) throws {
        try JSONOutput.encode(subject, splitting: \.partners, key: "partners", with: encoder, into: emit)
    }

    private static func csvLine(_ cells: [String], style: CSVStyle, to out: Terminal.Stream) throws {
        guard let bytes = CSVWriter.line(cells, style: style) else {
            Terminal.error("error: the output cannot be encoded as \(style.encoding.rawValue)")
            throw ExitCode(ExitCodes.software)
        }
        out.write(bytes: bytes)
    }

    /// The subject's table rows: its existing partners, its candidates ranked, or one "no candidate" row; the
    /// subject and its needs on the first only.
    func rows(of subject: CandidateRanking.Subject) -> [[String]] {
        var rows: [[String]] = []
        let needs = subject.technologies.joined(separator: ";") + (subject.inferred ? text.inferredFromTitle : "")
        var first = true
        func lead() -> [String] {
            defer { first = false }
            return first ? [subject.id, needs] : ["", ""]
        }
        for partner in subject.partners {
            rows.append(lead() + [text.existingPartnerRow, partner.id, "", "", "", "", "", "", "", partner.explanation])
        }
        if subject.candidates.isEmpty && subject.partners.isEmpty {
            rows.append(lead() + ["", "—", "", "", "", "", "", "", "", text.noCandidate])
        }
        for (rank, candidate) in subject.candidates.enumerated() {
            let p = candidate.parts
            let ties = candidate.ties.isEmpty ? "" : " [" + text.list(candidate.ties.map(\.description)) + "]"
            rows.append(lead() + [String(rank + 1), candidate.id, String(format6: candidate.score), String(format6: p.technology),
                                  String(format6: p.field), String(format6: p.keyword), String(format6: p.proximity),
                                  String(format6: p.prior), String(format6: p.locality), candidate.explanation + ties])
        }
        return rows
    }
}
