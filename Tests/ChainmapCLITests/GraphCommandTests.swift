import Foundation
import Testing

/// The graph commands on the tiny fixture, where the answers can be worked out by hand.
@Suite("chainmap graph commands")
struct GraphCommandTests {
    let tiny = Chainmap.root("Tests/ChainMapTests/Fixtures/tiny")

    @Test("export writes the undirected simple projection, one `u v` per edge")
    func export() throws {
        let result = try Chainmap.run("export", tiny)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // 3 contains + 2 next + 3 needs + 2 operates-in + 1 covers + 4 masters + 1 affiliated + 1 posts + 1 concerns
        // + cooperates + hosts + serves = 21 ties; liu–agri-uni is stated once, teaco–agri-uni once: no merges.
        #expect(lines.count == 21)
        #expect(lines.contains("teaco agri-uni") || lines.contains("agri-uni teaco"))
        #expect(Set(lines).count == lines.count)
    }

    @Test("path finds the shortest chain of ties; unknown ids exit 64")
    func path() throws {
        let result = try Chainmap.run("path", tiny, "d-extract", "agri-uni", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.stdout == "\u{FEFF}id,kind,name\r\nd-extract,demand,\"茶黄素提取工艺开发, 提高得率\"\r\nteaco,enterprise,示例茶业\r\nagri-uni,university,湖南农业大学\r\n")
        let unknown = try Chainmap.run("path", tiny, "d-extract", "teacoo")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean \"teaco\""))
    }

    @Test("rank by degree: teaco has the most ties")
    func rank() throws {
        let result = try Chainmap.run("rank", tiny, "--metric", "degree", "--format", "json", "--top", "1")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "chainmap/rank@1")
        let rows = try #require(document["rows"] as? [[String: Any]])
        let scores = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0["score"] as? Double ?? -1) })
        #expect(rows.first?["rank"] as? Int == 1 && rows.first?["kind"] as? String == "enterprise" && rows.first?["name"] as? String == "示例茶业")
        // teaco: 2 segments, 1 technology, hosts, posts, cooperates, served by liu = 7 ties;
        // the map has 14 records (1 chain, 3 segments, 3 technologies, 2 organizations, 1 platform, 2 experts,
        // 1 demand, 1 indicator), so degree centrality is 7 / 13.
        #expect(Array(scores.keys) == ["teaco"])
        #expect(abs((scores["teaco"] ?? 0) - 7.0 / 13.0) < 1e-12)
    }

    @Test("pagerank scores sum to one over the whole map")
    func pagerank() throws {
        let result = try Chainmap.run("rank", tiny, "--metric", "pagerank", "--format", "json", "--top", "0")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        // An array in rank order: scores never rise, ranks count up from 1, ties broken by id.
        let ordered = rows.map { (id: $0["id"] as? String ?? "", score: $0["score"] as? Double ?? -1) }
        #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0.score > $1.score || ($0.score == $1.score && $0.id < $1.id) })
        #expect(rows.map { $0["rank"] as? Int ?? 0 } == Array(1...rows.count))
        let scores = Dictionary(uniqueKeysWithValues: ordered.map { ($0.id, $0.score) })
        #expect(scores.count == 14)
        #expect(abs(scores.values.reduce(0, +) - 1) < 1e-9)
        #expect(scores.max { $0.value < $1.value }?.key == "teaco")
    }

    @Test("neighbors within two hops, and links for given pairs")
    func neighborsAndLinks() throws {
        let near = try Chainmap.run("neighbors", tiny, "liu", "--format", "csv")
        #expect(near.stdout == "\u{FEFF}id,kind,name,hops\r\nagri-uni,university,湖南农业大学,1\r\nteaco,enterprise,示例茶业,1\r\ntheaflavin,technology,茶黄素酶法制备,1\r\n")
        let pairs = FileManager.default.temporaryDirectory.appendingPathComponent("pairs-\(UUID().uuidString).txt").path
        try "liu tea-garden\n".write(toFile: pairs, atomically: true, encoding: .utf8)
        let links = try Chainmap.run("links", tiny, "--method", "common-neighbors", "--pairs", pairs, "--format", "json")
        // liu and tea-garden share exactly teaco.
        #expect(links.stdout.contains("\"score\" : 1"))
    }
}
