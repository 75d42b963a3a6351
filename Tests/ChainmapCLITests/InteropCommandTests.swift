import Foundation
import Testing

/// `chainmap export` in every format and `chainmap diff` on the bundled map, run as a user would.
@Suite("chainmap export and diff")
struct InteropCommandTests {
    let xupu = Chainmap.root("graphs/xupu")
    let tiny = Chainmap.root("Tests/ChainMapTests/Fixtures/tiny")

    private func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    @Test("diff works between a folder and the workbook converted from it: nothing changed")
    func diffFolderAgainstWorkbook() throws {
        let workbook = FileManager.default.temporaryDirectory.appendingPathComponent("xupu-\(UUID().uuidString).xlsx").path
        let converted = try Chainmap.run("convert", Chainmap.root("graphs/xupu"), "-o", workbook)
        #expect(converted.status == 0, "\(converted.stderr)")
        let diff = try Chainmap.run("diff", Chainmap.root("graphs/xupu"), workbook)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("records: 0 added, 0 removed, 0 renamed, 0 changed"))
        #expect(diff.stdout.contains("ties: 0 added, 0 removed"))
        #expect(diff.stdout.contains("gaps: 0 opened, 0 closed"))
    }

    @Test("every single-file format writes the same bytes to -o as to standard output, and leaves no temporary file")
    func singleFiles() throws {
        let folder = try scratch()
        for format in ["graphml", "gexf", "node-link", "json", "edgelist"] {
            let path = folder + "/map." + format
            let written = try Chainmap.run("export", tiny, "--format", format, "-o", path)
            #expect(written.status == 0, "\(format): \(written.stderr)")
            #expect(written.stdout.isEmpty && written.stderr.isEmpty)
            let printed = try Chainmap.run("export", tiny, "--format", format)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.stdout)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            == ["map.edgelist", "map.gexf", "map.graphml", "map.json", "map.node-link"])
    }

    @Test("node-link JSON holds every record and tie of the tiny map, with names and types")
    func nodeLink() throws {
        let result = try Chainmap.run("export", tiny, "--format", "node-link")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true && object["multigraph"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        // 14 records; 21 ties, each stated once (the edge list's 21 pairs: no tie merges in the projection).
        #expect(nodes.count == 14)
        #expect(edges.count == 21)
        #expect(nodes.contains { $0["id"] as? String == "teaco" && $0["name"] as? String == "示例茶业" && $0["kind"] as? String == "enterprise" })
        #expect(edges.contains { $0["source"] as? String == "teaco" && $0["target"] as? String == "agri-uni"
            && $0["type"] as? String == "cooperates" && $0["since"] as? String == "2023" && $0["origin"] as? String == "relation" })
    }

    @Test("csv and neo4j write folders, print the import command, and refuse a non-empty folder (73) or no -o (64)")
    func folders() throws {
        let folder = try scratch()
        let csv = try Chainmap.run("export", tiny, "--format", "csv", "-o", folder + "/csv")
        #expect(csv.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/csv").sorted() == ["edges.csv", "nodes.csv"])
        let neo4j = try Chainmap.run("export", tiny, "--format", "neo4j", "-o", folder + "/neo4j")
        #expect(neo4j.status == 0)
        #expect(neo4j.stdout.contains("neo4j-admin database import full --nodes=\(folder)/neo4j/nodes.csv --relationships=\(folder)/neo4j/relationships.csv"))
        let header = try String(contentsOfFile: folder + "/neo4j/relationships.csv", encoding: .utf8).split(separator: "\n").first
        #expect(header == ":START_ID,:END_ID,:TYPE,since,origin,sources:string[],note")
        let again = try Chainmap.run("export", tiny, "--format", "neo4j", "-o", folder + "/neo4j")
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists and is not empty"))
        let noOutput = try Chainmap.run("export", tiny, "--format", "csv")
        #expect(noOutput.status == 64)
        // Nothing half-written is left beside the folders.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["csv", "neo4j"])
    }

    @Test("export --help says the edge list is the undirected projection, not the map")
    func help() throws {
        let help = try Chainmap.run("export", "--help")
        #expect(help.stdout.contains("undirected simple projection"))
    }

    @Test("diff of Xupu 2024 and the bureau's 2025 copy: the pinned table")
    func diffTable() throws {
        let result = try Chainmap.run(["diff", "graphs/xupu", "Tests/ChainmapCLITests/Fixtures/xupu-2025"], in: Chainmap.root(""))
        #expect(result.status == 0)
        let expected = try String(contentsOfFile: Chainmap.root("Tests/ChainmapCLITests/Expected/xupu-diff-2025.txt"), encoding: .utf8)
        #expect(result.stdout == expected)
        #expect(result.stderr.isEmpty, "no progress when stderr is not a terminal")
    }

    @Test("diff JSON: schema, the rename, the solved demand, the surveyed segment's closed gap, the realised candidate, the indicators")
    func diffJSON() throws {
        let result = try Chainmap.run("diff", xupu, Chainmap.root("Tests/ChainmapCLITests/Fixtures/xupu-2025"), "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "chainmap/diff@1")
        let records = try #require(object["records"] as? [[String: Any]])
        #expect(records.contains { $0["change"] as? String == "renamed" && $0["old_id"] as? String == "yineng" && $0["id"] as? String == "yineng-env" })
        #expect(records.contains { $0["change"] as? String == "added" && $0["id"] as? String == "xupu-quartz" })
        #expect(!records.contains { $0["change"] as? String == "removed" })
        let demands = try #require(object["demands"] as? [[String: Any]])
        #expect(demands.count == 1 && demands[0]["id"] as? String == "d-xiangwei-pvb" && demands[0]["new"] as? String == "solved")
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        #expect(gaps.contains { $0["change"] as? String == "closed" && $0["kind"] as? String == "unsurveyed-segment" && $0["subject"] as? String == "silica-benef" })
        let candidates = try #require(object["candidates"] as? [[String: Any]])
        #expect(candidates.count == 1 && candidates[0]["partner"] as? String == "hnucm" && candidates[0]["rank"] as? Int == 1)
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as? String ?? "" } == ["hightech-enterprises", "rd-spending"])
        let csv = try Chainmap.run("diff", xupu, Chainmap.root("Tests/ChainmapCLITests/Fixtures/xupu-2025"), "--format", "csv")
        #expect(csv.stdout.hasPrefix("section,change,kind,id,name,field,old,new\nrecords,added,enterprise,xupu-quartz,溆浦县石英砂选矿厂,,,\n"))
        let markdown = try Chainmap.run("diff", xupu, Chainmap.root("Tests/ChainmapCLITests/Fixtures/xupu-2025"), "--format", "markdown")
        #expect(markdown.stdout.contains("\n## gaps\n"))
    }
}
