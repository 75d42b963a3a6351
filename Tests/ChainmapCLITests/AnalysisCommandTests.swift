import Foundation
import Testing

/// gaps, candidates, match and indicators on the bundled Xupu map, as a bureau officer runs them.
@Suite("chainmap analyses on Xupu")
struct AnalysisCommandTests {
    let xupu = Chainmap.root("graphs/xupu")

    private func json(_ arguments: String...) throws -> Any {
        let result = try Chainmap.run(Array(arguments) + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "chainmap/\(arguments[0])@1")
        return document["rows"] ?? document
    }

    @Test("gaps: real 断链 downstream, chokepoints, the report's findings; unsurveyed segments and unknown skills as data gaps")
    func gaps() throws {
        let gaps = try #require(try json("gaps", xupu) as? [[String: Any]])
        func has(_ kind: String, _ subject: String) -> Bool {
            gaps.contains { $0["kind"] as? String == kind && $0["subject"] as? String == subject }
        }
        #expect(has("missing-segment", "pva-optical-film"))
        #expect(has("unsurveyed-segment", "pva-pvb-film"))
        #expect(has("uncovered-technology", "pvb-film-extrusion"))
        #expect(has("reported-problem", "f-commissioner-fit"))
        #expect(has("unsurveyed-segment", "silica-pvglass"))
        #expect(!has("missing-segment", "silica-pvglass"))
        #expect(!has("uncovered-technology", "hpq-4n8"))
        #expect(has("unknown-technologies", "pva-resin"))
        #expect(has("unknown-skills", "comm-county"))
        #expect(gaps.allSatisfy { ($0["sources"] as? [String])?.isEmpty == false })
        // Industry gaps first, then data gaps.
        let groups = gaps.compactMap { $0["group"] as? String }
        #expect(groups.count == gaps.count)
        #expect(groups == groups.filter { $0 == "industry" } + groups.filter { $0 == "data" })
        // The ceramics segments rest on `assumed` alone (the report names only 顶端陶瓷 and the liner project):
        // without assumed records their gaps disappear.
        let sourced = try #require(try json("gaps", xupu, "--exclude-provenance", "assumed") as? [[String: Any]])
        #expect(has("unsurveyed-segment", "ceramics-raw"))
        #expect(!sourced.contains { $0["subject"] as? String == "ceramics-raw" })
    }

    @Test("湘维's agreements with 怀化学院 and 湖南科技大学 are never proposed as new; top candidates carry readable evidence")
    func candidates() throws {
        let subjects = try #require(try json("candidates", xupu, "--top", "10") as? [[String: Any]])
        #expect(!subjects.isEmpty)
        for subject in subjects {
            let candidates = subject["candidates"] as? [[String: Any]] ?? []
            if subject["enterprise"] as? String == "xiangwei" {
                #expect(!candidates.contains { ["hhu", "hnust"].contains($0["id"] as? String ?? "") })
            }
            if let top = candidates.first {
                let explanation = top["explanation"] as? String ?? ""
                #expect(explanation.contains(" → "))
                #expect(explanation.unicodeScalars.contains { $0.value >= 0x4E00 })
                #expect((top["parts"] as? [String: Double])?.keys.sorted() == ["field", "keyword", "locality", "prior", "proximity", "technology"])
            }
        }
        let enterprise = try #require(try json("candidates", xupu, "--enterprise", "xiangwei") as? [[String: Any]])
        #expect(!(enterprise.first?["candidates"] as? [[String: Any]] ?? []).contains { ["hhu", "hnust"].contains($0["id"] as? String ?? "") })
        let diosgenin = try #require(try json("candidates", xupu, "--demand", "d-diosgenin") as? [[String: Any]])
        #expect(diosgenin.first?["inferred"] as? Bool == true)
        // 湘维's PVA demand: the partners it already has master what it needs.
        let pva = try #require(try json("candidates", xupu, "--demand", "d-xiangwei-pva") as? [[String: Any]])
        #expect((pva.first?["partners"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["hhu", "hnust"])
        let table = try Chainmap.run("candidates", xupu, "--demand", "d-xiangwei-pva")
        #expect(table.stdout.contains("现有伙伴怀化学院(合作协议 (report-2024 §二(三)))掌握聚醋酸乙烯醇解制聚乙烯醇:启用已有协议"))
        #expect(!table.stdout.contains("暂无合适的合作方"))
        let english = try Chainmap.run("candidates", xupu, "--demand", "d-xiangwei-pva", "--lang", "en")
        #expect(english.stdout.contains("existing partner Huaihua University (cooperation agreement (report-2024 §二(三))) masters"))
    }

    @Test("match reports the pools that cannot be matched and the fit it gains")
    func match() throws {
        let result = try #require(try json("match", xupu) as? [String: Any])
        #expect((result["unknown_skills"] as? [String])?.contains("comm-county") == true)
        #expect(result.keys.sorted() == ["assigned_fit", "assignments", "current_fit", "gain", "idle", "schema", "unassigned", "unknown_skills"])
        let refused = try Chainmap.run("match", xupu, "--experts-per-task", "0")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--experts-per-task must be 1 or more"))
    }

    @Test("indicators track the 2025 targets")
    func indicators() throws {
        let rows = try #require(try json("indicators", xupu) as? [[String: Any]])
        let loans = try #require(rows.first { $0["id"] as? String == "kv-loans" })
        #expect(loans["on_track"] as? Bool == false)
        #expect(abs((loans["progress"] as? Double ?? 0) - 3752.12 / 4000) < 1e-9)
        let platforms = try #require(rows.first { $0["id"] as? String == "provincial-platforms-new" })
        #expect(platforms["kind"] as? String == "flow")
        #expect(platforms["progress"] == nil)
        #expect(platforms["status"] as? String == "on-track")
        #expect(platforms["status_text"] as? String == "按最近一年水平可完成")
    }
}
