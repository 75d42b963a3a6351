import ChainMap
import Foundation
import Testing
@testable import chainmap

/// `candidates` prints subject by subject as they are ranked; the bytes must be those of printing all subjects at
/// once (JSONEncoder over every row, CSVWriter over every line, one TextTable).
@Suite("candidates streaming")
struct CandidatesStreamingTests {
    /// The open demands' subjects of xupu and of a generated map with hubs, ranked the way the command ranks them.
    static func subjects() throws -> [(String, [CandidateRanking.Subject])] {
        let xupu = try MapLoader.load(folder: Chainmap.root("graphs/xupu")).map
        let generated = MapGenerator(seed: 11, enterprises: 1200, chains: 3, relationsPerEnterprise: 8).generate()
        return [xupu, generated].map { map in
            let ranking = CandidateRanking(map: map, language: .en)
            var streamed: [CandidateRanking.Subject] = []
            ranking.rank(demands: map.demands.filter { $0.status == .open }, top: 5, window: 7) { streamed.append($0) }
            return (map.name, streamed)
        }
    }

    /// A subject whose text holds everything JSON and tables escape (made by decoding: its initializer is the library's).
    static func awkward() throws -> CandidateRanking.Subject {
        let json = #"""
        {"id": "d\"1\\", "kind": "demand", "name": "a/b\n\t\r\u0001\u007f\u2028 茶 \u001b[31m", "technologies": ["t,1", "=x"],
         "inferred": true, "partners": [], "candidates": [], "sources": ["s\u0085"]}
        """#
        return try JSONDecoder().decode(CandidateRanking.Subject.self, from: Data(json.utf8))
    }

    @Test("windowed ranking gives the subjects of the batch, in order")
    func windowsEqualBatch() throws {
        let generated = MapGenerator(seed: 11, enterprises: 1200, chains: 3, relationsPerEnterprise: 8).generate()
        let ranking = CandidateRanking(map: generated)
        let open = generated.demands.filter { $0.status == .open }
        var streamed: [CandidateRanking.Subject] = []
        ranking.rank(demands: open, top: 5, window: 13) { streamed.append($0) }
        #expect(streamed == ranking.rank(demands: open, top: 5))
        #expect(streamed.contains { $0.partners.count > 10 }, "the map must have hubs with many listed partners")
    }

    @Test("the JSON row stream writes JSONEncoder's bytes, rows whole or their partners one by one",
          arguments: [false, true])
    func jsonStream(splittingPartners: Bool) throws {
        let cases = try Self.subjects() + [("awkward", [try Self.awkward()]), ("none", [])]
        #expect(cases.contains { $0.1.contains { $0.partners.count > 1 } }, "some subject must list several partners")
        for (name, subjects) in cases {
            var bytes: [UInt8] = []
            let schema = JSONOutput.schema("candidates")
            var stream = splittingPartners
                ? try JSONOutput.RowStream<CandidateRanking.Subject>(schema: schema, encode: CandidatesPrinter.json) { bytes += $0 }
                : try JSONOutput.RowStream<CandidateRanking.Subject>(schema: schema) { bytes += $0 }
            for subject in subjects { try stream.append(subject) }
            stream.finish()
            let whole = try JSONOutput.render(rows: subjects, schema: schema)
            #expect(String(decoding: bytes, as: UTF8.self) == whole, "\(name)")
        }
    }

    @Test("CSV lines one by one give CSVWriter's bytes in every style")
    func csvLines() throws {
        let (_, subjects) = try #require(try Self.subjects().last)
        let printer = try CandidatesPrinter(format: .json, text: Messages(.zh))
        let rows = (subjects + [try Self.awkward()]).flatMap(printer.rows(of:))
        for style in [CSVStyle.excel, .raw, CSVStyle(excel: true, encoding: .gb18030), CSVStyle(excel: false, encoding: .gb18030)] {
            var bytes = CSVWriter.preamble(style: style)
            for row in [CandidatesPrinter.keys] + rows { bytes += try #require(CSVWriter.line(row, style: style)) }
            #expect(bytes == CSVWriter.bytes(headers: CandidatesPrinter.keys, rows: rows, style: style))
        }
    }

    @Test("a spooled table prints what TextTable renders")
    func spooledTable() throws {
        let (_, subjects) = try #require(try Self.subjects().last)
        let printer = try CandidatesPrinter(format: .json, text: Messages(.zh))
        let headers = Messages(.zh).headings(CandidatesPrinter.keys)
        for rows in [(subjects + [try Self.awkward()]).flatMap(printer.rows(of:)), [], [["short"]], [["", ""], ["a", "b", "c"]]] {
            let spool = TextTable.Spool(headers: headers)
            for row in rows { spool.append(row) }
            var text = ""
            try spool.finish { text += $0 }
            #expect(text == TextTable(headers: headers, rows: rows).render())
        }
    }

    @Test("the command prints what the library's subjects give, in every format")
    func commandOutput() throws {
        let folder = Chainmap.root("graphs/xupu")
        let map = try MapLoader.load(folder: folder).map
        let subjects = CandidateRanking(map: map).rank(demands: map.demands.filter { $0.status == .open }, top: 5)
        let json = try Chainmap.run("candidates", folder, "--format", "json")
        #expect(json.status == 0)
        #expect(json.stdout == (try JSONOutput.render(rows: subjects, schema: JSONOutput.schema("candidates"))))
        let printer = try CandidatesPrinter(format: .json, text: Messages(.zh))
        let rows = subjects.flatMap(printer.rows(of:))
        let table = try Chainmap.run("candidates", folder)
        #expect(table.stdout == TextTable(headers: Messages(.zh).headings(CandidatesPrinter.keys), rows: rows).render())
        let csv = try Chainmap.run("candidates", folder, "--format", "csv", "--raw-csv")
        #expect(csv.stdout == CSVWriter.render(headers: CandidatesPrinter.keys, rows: rows))
    }

    @Test("on a map with hubs, megabytes of JSON through the stream are the encoder's bytes")
    func hubsOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)/hubs").path
        #expect(try Chainmap.run("generate", "--seed", "11", "--enterprises", "1200", "--chains", "3",
                                 "--relations-per-enterprise", "8", "-o", folder).status == 0)
        let map = try MapLoader.load(folder: folder).map
        let subjects = CandidateRanking(map: map).rank(demands: map.demands.filter { $0.status == .open }, top: 5)
        let json = try Chainmap.run("candidates", folder, "--format", "json")
        #expect(json.status == 0)
        // Larger than the output buffer, with rows larger than the row stream's pieces.
        #expect(json.stdout.utf8.count > 1 << 20)
        #expect(json.stdout == (try JSONOutput.render(rows: subjects, schema: JSONOutput.schema("candidates"))))
    }
}
