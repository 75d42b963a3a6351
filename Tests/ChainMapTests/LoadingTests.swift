import Foundation
import Testing
@testable import ChainMap

@Suite("Loading")
struct LoadingTests {
    @Test("GB18030 tables and UTF-8 tables with a BOM and CRLF load to the same map as UTF-8")
    func encodings() throws {
        let utf8 = try MapLoader.load(folder: ScratchMap.fixturePath("tiny"))
        let gb18030 = try MapLoader.load(folder: ScratchMap.fixturePath("tiny-gb18030"))
        let bom = try MapLoader.load(folder: ScratchMap.fixturePath("tiny-bom"))
        #expect(!utf8.hasErrors)
        #expect(!gb18030.hasErrors)
        #expect(!bom.hasErrors)
        #expect(gb18030.map.facts == utf8.map.facts)
        #expect(bom.map.facts == utf8.map.facts)
        #expect(gb18030.map.organizations.first?.name == "示例茶业")
    }

    @Test("forcing utf-8 on a GB18030 table is an error naming the first bad byte")
    func forcedEncoding() throws {
        let map = try ScratchMap("tiny-gb18030", edits: [("map.yaml", "as_of: 2024-12\n", "as_of: 2024-12\nencoding: utf-8\n")])
        let errors = try map.messages(.error)
        #expect(errors.contains("MAP/demands.csv:2:18: error: the file is not valid UTF-8 (byte offset 79); hint: save it as UTF-8, or set `encoding:` in map.yaml to the encoding it uses"))
    }

    @Test("list cells accept ; ； and 、, and the model holds what the files say")
    func model() throws {
        let loaded = try MapLoader.load(folder: ScratchMap.fixturePath("tiny"))
        let map = loaded.map
        #expect(map.organizations.map(\.segments) == [["tea-garden", "tea-processing"], []])
        #expect(map.organizations[1].technologies == ["tea-breeding", "theaflavin"])
        #expect(map.organizations[0].tags == [.highTech, .aboveScale])
        #expect(map.demands[0].title == "茶黄素提取工艺开发, 提高得率")
        #expect(map.demands[0].technologies.isEmpty)
        #expect(map.indicators[0].values == [YearValue(year: 2022, value: 2.72), YearValue(year: 2023, value: 4.54)])
        #expect(map.experts[0].totalCapacity == 20)
        #expect(map.technologies[2].provenance.isAssumedOnly)
        #expect(map.segments.map(\.stage) == [.upstream, .midstream, .downstream])
        let expertsPath = try ScratchMap.fixturePath("tiny") + "/experts.csv"
        #expect(map.positions["liu"] == SourcePosition(path: expertsPath, line: 3, column: 1, header: "id", cell: 1))
    }

    @Test("the bundled Xupu map validates with no errors")
    func xupuValidates() throws {
        let folder = ScratchMap.repositoryRoot.appendingPathComponent("graphs/xupu").path
        let loaded = try MapLoader.load(folder: folder)
        #expect(loaded.errors.map(\.description) == [])
        let map = loaded.map
        #expect(Set(map.chains.map(\.id)).isSuperset(of: ["silica", "pva", "herbal", "tea", "ceramics"]))
        let names = Set(map.organizations.map(\.name))
        for required in ["湖南中医药大学", "湖南农业大学", "湖南省农业科学院", "湖南科技大学", "怀化学院"] {
            #expect(names.contains(required), "missing \(required)")
        }
        for firm in ["湘维", "鸿新实业", "珠华制造", "益能环保", "纳纳家居", "翱康生物", "食尚康", "文理生物", "舒小福新材料", "顶端陶瓷"] {
            #expect(names.contains { $0.contains(firm) }, "missing \(firm)")
        }
        let people: Int = map.experts.reduce(0) { $0 + $1.headcount }
        let reported = 6 + 4 + 134 + 16 + 6 + 2  // commissioners, 三区人才, hired specialists, foreign experts
        #expect(people >= reported)
        let rd = try #require(map.indicators.first { $0.unit == "亿元" && $0.values.contains { $0.year == 2022 && $0.value == 2.72 } })
        #expect(rd.targets == [YearValue(year: 2025, value: 5.1)])
    }
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("quoted cells hold commas, quotes and line breaks; positions count characters")
    func quoting() {
        var log = DiagnosticLog()
        var records: [(line: Int, texts: [String], columns: [Int])] = []
        CSVReader.forEachRecord(in: "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n中文,z,\n\n", path: "t.csv", log: &log) { record in
            records.append((record.line, (0 ..< record.count).map(record.text), record.columns))
        }
        #expect(log.diagnostics.isEmpty)
        #expect(records.map(\.texts) == [["a", "b", "c"], ["x,1", "say \"hi\"", "two\nlines"], ["中文", "z", ""]])
        #expect(records[2].line == 4)
        #expect(records[2].columns == [1, 4, 6])
    }
}

@Suite("Queries")
struct QueryTests {
    let map: InnovationMap

    init() throws {
        map = try MapLoader.load(folder: ScratchMap.fixturePath("tiny")).map
    }

    @Test("statistics count nodes by kind, ties by type and segments per chain")
    func statistics() throws {
        let stats = try MapLoader.load(folder: ScratchMap.fixturePath("tiny")).statistics
        let nodes: [String: Int] = stats.nodes.filter { $0.value > 0 }
        #expect(nodes == ["chain": 1, "segment": 3, "technology": 3, "enterprise": 1, "university": 1, "platform": 1, "expert": 2, "demand": 1, "indicator": 1])
        let edges: [String: Int] = stats.edges.filter { $0.value > 0 }
        #expect(edges == ["contains": 3, "next": 2, "needs": 3, "operates-in": 2, "covers": 1, "masters": 4, "affiliated-with": 1, "posts": 1, "concerns": 1, "cooperates": 1, "hosts": 1, "serves": 1])
        #expect(stats.chains.map(\.segments) == [3])
        #expect(stats.chains.first?.localEnterprises == 1)
        #expect(stats.people == 11)
        #expect(stats.provenance.assumed == 1)
    }

    @Test("list filters by kind and by chain")
    func listing() {
        #expect(map.list(.segments).map(\.id) == ["tea-garden", "tea-processing", "tea-extract"])
        #expect(map.list(.enterprises).map(\.id) == ["teaco"])
        #expect(map.list(.all, chain: "tea").map(\.id).contains("liu"))
        #expect(!map.list(.all, chain: "tea").map(\.id).contains("comm-county"))
    }

    @Test("show gives attributes, sources and neighbours by relation")
    func detail() throws {
        let detail = try #require(map.detail(of: "teaco"))
        #expect(detail.kind == "enterprise")
        let neighbours = detail.neighbours.map { "\($0.relation) \($0.direction) \($0.id)" }
        let expected: [String] = [
            "cooperates out agri-uni", "hosts out tea-center", "masters out tea-processing-tech", "operates-in out tea-garden",
            "operates-in out tea-processing", "posts out d-extract", "serves in liu",
        ]
        #expect(neighbours == expected)
        #expect(detail.sources.first?.title == "示例县科技局工作总结")
        #expect(map.detail(of: "nope") == nil)
        #expect(map.suggestion(forUnknownID: "示例茶业") == "\"示例茶业\" is the name of \"teaco\"; use the id")
        #expect(map.suggestion(forUnknownID: "teacoo") == "did you mean \"teaco\" (示例茶业)?")
    }
}

@Suite("init")
struct TemplateTests {
    @Test("a new map validates with no problems, and init never overwrites")
    func initValidates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-init-\(UUID().uuidString)/newcounty").path
        try MapTemplate.write(to: folder, id: "newcounty", name: "新县图谱", region: "某省新县", asOf: PartialDate(year: 2025))
        let loaded = try MapLoader.load(folder: folder)
        #expect(loaded.diagnostics.isEmpty)
        #expect(throws: MapTemplate.Failure.exists(folder)) {
            try MapTemplate.write(to: folder, id: "x", name: "x", region: "x", asOf: PartialDate(year: 2025))
        }
    }
}
