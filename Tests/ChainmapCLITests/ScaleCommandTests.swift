import Foundation
import Testing

/// links --pairs read from bytes and streamed, rank --tolerance: the paths issue 14 made fast.
@Suite("chainmap links and rank at scale")
struct ScaleCommandTests {
    let tiny = Chainmap.root("Tests/ChainMapTests/Fixtures/tiny")

    func pairsFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pairs-\(UUID().uuidString).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("links --pairs: CRLF, blank lines, tabs and commas; JSON in the encoder's layout, CSV with six decimals")
    func pairs() throws {
        let file = try pairsFile("teaco agri-uni\r\n\r\nliu\tteaco\n  teaco , d-extract\n")
        let json = try Chainmap.run("links", tiny, "--pairs", file, "--method", "common-neighbors", "--format", "json")
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.hasPrefix("{\n  \"rows\" : [\n    {\n      \"score\" : "))
        #expect(json.stdout.hasSuffix("\n    }\n  ],\n  \"schema\" : \"chainmap/links@1\"\n}\n"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "chainmap/links@1")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.map { $0["u"] as? String } == ["teaco", "liu", "teaco"])
        #expect(rows.map { $0["v"] as? String } == ["agri-uni", "teaco", "d-extract"])
        let csv = try Chainmap.run("links", tiny, "--pairs", file, "--method", "common-neighbors", "--format", "csv")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "u,v,score")
        #expect(lines.count == 4)
        // The same numbers both ways: whole counts print without a fraction in JSON, with six decimals in CSV.
        for (row, line) in zip(rows, lines.dropFirst()) {
            let score = try #require(row["score"] as? Double)
            #expect(line.hasSuffix("," + String(format: "%.6f", score)))
            #expect(json.stdout.contains("\"score\" : \(Int(score)),") == (score == score.rounded()))
        }
    }

    @Test("links --pairs: an empty file gives an empty array; a bad line says where; a missing file exits 66")
    func pairsErrors() throws {
        let empty = try Chainmap.run("links", tiny, "--pairs", try pairsFile(""), "--format", "json")
        #expect(empty.status == 0)
        let emptyDocument = try #require(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [String: Any])
        #expect((emptyDocument["rows"] as? [Any])?.isEmpty == true)
        #expect(emptyDocument["schema"] as? String == "chainmap/links@1")
        let file = try pairsFile("teaco agri-uni\nteaco nobody\n")
        let bad = try Chainmap.run("links", tiny, "--pairs", file)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(file):2:1: error: expected two known ids, got \"teaco nobody\""))
        let three = try Chainmap.run("links", tiny, "--pairs", try pairsFile("teaco agri-uni liu\n"))
        #expect(three.status == 65)
        let missing = try Chainmap.run("links", tiny, "--pairs", "/nonexistent/pairs.txt")
        #expect(missing.status == 66)
    }

    @Test("rank --tolerance stops where NetworkX does; only with --metric pagerank")
    func tolerance() throws {
        let converged = try Chainmap.run("rank", tiny, "--metric", "pagerank", "--top", "0", "--format", "json")
        let loose = try Chainmap.run("rank", tiny, "--metric", "pagerank", "--top", "0", "--format", "json", "--tolerance", "0.01")
        #expect(converged.status == 0 && loose.status == 0)
        // rank JSON: {"schema", "rows": [{"id", "kind", "name", "score", "rank"}]}, scores by id here.
        func scores(_ output: String) throws -> [String: Double] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let rows = try #require(document["rows"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: rows.compactMap { row in
                (row["id"] as? String).flatMap { id in (row["score"] as? Double).map { (id, $0) } }
            })
        }
        let a = try scores(converged.stdout), b = try scores(loose.stdout)
        #expect(!a.isEmpty)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(abs(a.values.reduce(0, +) - 1) < 1e-9)
        // A tolerance of 1e-2 per node stops after a step or two: visibly off the converged scores.
        #expect(a.keys.contains { abs((a[$0] ?? 0) - (b[$0] ?? 0)) > 1e-4 })
        let misuse = try Chainmap.run("rank", tiny, "--metric", "degree", "--tolerance", "1e-6")
        #expect(misuse.status == 64)
        let negative = try Chainmap.run("rank", tiny, "--metric", "pagerank", "--tolerance", "-1")
        #expect(negative.status == 64)
    }
}
