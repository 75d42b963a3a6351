import Foundation
import Testing
@testable import ChainMap

/// Every validation rule, each on a small broken copy of the `tiny` fixture, with the exact message and place.
@Suite("Validation rules")
struct ValidationTests {
    @Test("the tiny fixture is valid, with one expected warning")
    func tinyIsValid() throws {
        let map = try ScratchMap()
        let found1 = try map.messages()
        #expect(found1 == [
            "MAP/experts.csv:2: column id (A): warning: expert \"comm-county\" has neither fields nor technologies, so it cannot be matched; hint: fill `fields` or `technologies`; analyses report it as a data gap meanwhile",
        ])
    }

    @Test("a duplicate id is reported across files, pointing at the first definition")
    func duplicateID() throws {
        let map = try ScratchMap(edits: [("organizations.csv", "report §三,2024\nagri-uni", "report §三,2024\ntea-garden,institute,重复研究所,,province,,,,report §三,2024\nagri-uni")])
        let found2 = try map.messages(.error)
        #expect(found2 == [
            "MAP/organizations.csv:3: column id (A): error: duplicate id \"tea-garden\"; it is already the segment defined at MAP/map.yaml:17:9; hint: ids are unique across the whole map; rename one of them",
        ])
    }

    @Test("an unknown id gets a did-you-mean by id")
    func danglingReference() throws {
        let map = try ScratchMap(edits: [("organizations.csv", "tea-garden；tea-processing", "tea-gardn；tea-processing")])
        let found3 = try map.messages(.error)
        #expect(found3 == [
            "MAP/organizations.csv:2: column segments (F): error: unknown segment \"tea-gardn\"; hint: did you mean \"tea-garden\" (茶园种植)?",
        ])
    }

    @Test("a name typed where an id belongs gets the id as hint")
    func nameInsteadOfID() throws {
        let map = try ScratchMap(edits: [("platforms.csv", "municipal,teaco,", "municipal,示例茶业,")])
        let found4 = try map.messages(.error)
        #expect(found4 == [
            "MAP/platforms.csv:2: column host (E): error: unknown host organization \"示例茶业\"; hint: \"示例茶业\" is the name of \"teaco\"; use the id",
        ])
    }

    @Test("a reference to a record of the wrong kind")
    func wrongKind() throws {
        let map = try ScratchMap(edits: [("demands.csv", "d-extract,teaco,", "d-extract,agri-uni,")])
        let found5 = try map.messages(.error)
        #expect(found5 == [
            "MAP/demands.csv:2: column enterprise (B): error: \"agri-uni\" is a university, not an enterprise; hint: a demand is posted by an enterprise",
        ])
    }

    @Test("unknown words in closed vocabularies, in tables and in map.yaml")
    func unknownVocabulary() throws {
        let map = try ScratchMap(edits: [
            ("organizations.csv", "teaco,enterprise,", "teaco,entreprise,"),
            ("platforms.csv", "engineering-center,", "engineering-centre,"),
            ("relations.csv", ",cooperates,", ",cooperate,"),
            ("map.yaml", "stage: midstream", "stage: middle"),
        ])
        let found6 = try map.messages(.error)
        #expect(found6 == [
            "MAP/map.yaml:24:16: error: unknown stage \"middle\"; hint: expected one of: upstream (上游), midstream (中游), downstream (下游)",
            "MAP/organizations.csv:2: column kind (B): error: unknown organization kind \"entreprise\"; hint: did you mean \"enterprise\"? expected one of: enterprise (企业), university (高校), institute (科研院所), government (政府部门), finance (金融机构), association (协会)",
            "MAP/platforms.csv:2: column type (C): error: unknown platform type \"engineering-centre\"; hint: did you mean \"engineering-center\"? expected one of: incubator (孵化器), maker-space (众创空间), engineering-center (工程技术研究中心), workstation (工作站), service-platform (服务平台), alliance (产业联盟), market (技术市场), lab (实验室)",
            "MAP/relations.csv:2: column type (C): error: unknown relation type \"cooperate\"; hint: did you mean \"cooperates\"? expected one of: cooperates (产学研合作), supplies (供货), hosts (依托), serves (服务), member (成员), invests (投资), licenses (许可), funds (资助), incubates (孵化), hires (聘用)",
        ])
    }

    @Test("a cycle in next is named with its path")
    func cycle() throws {
        let map = try ScratchMap(edits: [("map.yaml", "technologies: [theaflavin]\n        next: []", "technologies: [theaflavin]\n        next: [tea-garden]")])
        let found7 = try map.messages(.error)
        #expect(found7 == [
            "MAP/map.yaml:31:15: error: cycle in next: tea-extract → tea-garden → tea-processing → tea-extract; hint: segments flow from upstream to downstream; remove one of these links",
        ])
    }

    @Test("numbers that do not parse")
    func badNumbers() throws {
        let map = try ScratchMap(edits: [
            ("map.yaml", "2023: 4.54", "2023: 4.5.4"),
            ("experts.csv", "茶学,3,teaco", "茶学,three,teaco"),
        ])
        let found8 = try map.messages(.error)
        #expect(found8 == [
            "MAP/experts.csv:3: column capacity (H): error: \"three\" is not a whole number from 0 to 100000; hint: counts, headcounts and capacities are at most 100000",
            "MAP/map.yaml:55:32: error: \"4.5.4\" is not a number (within ±10^15); hint: write digits with a decimal point, such as 4.54",
        ])
    }

    @Test("empty required cells and keys")
    func emptyRequired() throws {
        let map = try ScratchMap(edits: [
            ("organizations.csv", "agri-uni,university,湖南农业大学", "agri-uni,university,"),
            ("map.yaml", "    unit: 亿元\n", ""),
        ])
        let found9 = try map.messages(.error)
        #expect(found9 == [
            "MAP/map.yaml:52:5: error: missing required key \"unit\" in an indicator",
            "MAP/organizations.csv:3: column name (C): error: empty required cell \"name\"",
        ])
    }

    @Test("a row with the wrong number of cells")
    func wrongCellCount() throws {
        let map = try ScratchMap(edits: [("relations.csv", "产学研合作协议,report §三", "产学研,合作协议,report §三")])
        let found10 = try map.messages(.error)
        #expect(found10 == [
            "MAP/relations.csv:2:41: error: row has 7 cells, the header has 6; hint: quote a cell that holds a comma (\"a,b\") and separate list items with ;",
        ])
    }

    @Test("unknown sources get a did-you-mean")
    func unknownSource() throws {
        let map = try ScratchMap(edits: [("relations.csv", ",report §三", ",reprot §三")])
        let found11 = try map.messages(.error)
        #expect(found11 == [
            "MAP/relations.csv:2: column source (F): error: unknown source \"reprot\"; hint: did you mean \"report\"?",
        ])
    }

    @Test("a table path that leaves the map folder")
    func tablePathEscapes() throws {
        let map = try ScratchMap(edits: [("map.yaml", "sources:\n", "tables:\n  relations: ../../etc/relations.csv\nsources:\n")])
        let found12 = try map.messages(.error)
        #expect(found12 == [
            "MAP/map.yaml:7:14: error: table path \"../../etc/relations.csv\" leaves the map folder; hint: name a file inside the map folder, such as relations.csv",
        ])
    }

    @Test("a missing required column")
    func missingColumn() throws {
        let map = try ScratchMap(edits: [("relations.csv", "from,to,type,since,note,source\n", "from,to,kind,since,note,source\n")])
        let errors = try map.messages(.error)
        #expect(errors == [
            "MAP/relations.csv:1:1: error: missing required column \"type\" (类型); hint: the header should be: from,to,type,since,note,source",
        ])
        #expect(try map.messages(.warning).contains("MAP/relations.csv:1: column kind (C): warning: unknown column \"kind\"; it is ignored"))
    }

    @Test("an unterminated quote")
    func unterminatedQuote() throws {
        let map = try ScratchMap(edits: [("demands.csv", "\"茶黄素提取工艺开发, 提高得率\"", "\"茶黄素提取工艺开发, 提高得率")])
        let errors = try map.messages(.error)
        #expect(errors.contains("MAP/demands.csv:2:17: error: unterminated quoted cell; hint: close the cell with a \" or double each quote inside it as \"\""))
    }

    @Test("warnings: a segment with no technologies, a stale as_of, an unknown tag, an unknown key")
    func warnings() throws {
        let map = try ScratchMap(edits: [
            ("map.yaml", "technologies: [tea-processing-tech]", "technologies: []"),
            ("organizations.csv", "report §三,2024\nagri-uni", "report §三,2019\nagri-uni"),
            ("organizations.csv", "high-tech;above-scale", "high-tech;big"),
            ("map.yaml", "    chokepoint: true", "    chokepiont: true"),
        ])
        let found13 = try map.messages(.error)
        #expect(found13 == [
            "MAP/organizations.csv:2: column tags (H): error: unknown tag \"big\"; hint: expected one of: high-tech (高新技术企业), tech-sme (科技型中小企业), above-scale (规上企业), chain-leader (链主), specialized (专精特新), listed (上市企业)",
        ])
        let found14 = try map.messages(.warning)
        #expect(found14 == [
            "MAP/experts.csv:2: column id (A): warning: expert \"comm-county\" has neither fields nor technologies, so it cannot be matched; hint: fill `fields` or `technologies`; analyses report it as a data gap meanwhile",
            "MAP/map.yaml:22:9: warning: segment \"tea-processing\" (初制加工) lists no technologies; hint: name the core technologies it needs, or gaps cannot be found for it",
            "MAP/map.yaml:49:5: warning: unknown key \"chokepiont\" in a technology; it is ignored; hint: did you mean \"chokepoint\"?",
            "MAP/organizations.csv:2: column as_of (J): warning: \"teaco\" is as of 2019, more than 1095 days before the map's as_of 2024-12; hint: check the record is still true and update its as_of, or raise stale_after_days in map.yaml",
        ])
    }

    @Test("all problems of one run are reported together")
    func collectsAll() throws {
        let map = try ScratchMap(edits: [
            ("organizations.csv", "report §三,2024\nagri-uni", "report §三,2024\ntea-garden,institute,重复研究所,,province,,,,report §三,2024\nagri-uni"),
            ("map.yaml", "2023: 4.54", "2023: x"),
            ("demands.csv", ",tea-extract,", ",tea-extrakt,"),
        ])
        let loaded = try map.load()
        #expect(loaded.errors.count == 3)
        #expect(loaded.hasErrors)
    }

    @Test("a missing folder and a folder without map.yaml are load errors")
    func missingInput() throws {
        #expect(throws: MapLoadError.missingFolder("/nonexistent/chainmap-map")) {
            try MapLoader.load(folder: "/nonexistent/chainmap-map")
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(throws: MapLoadError.missingManifest(empty)) { try MapLoader.load(folder: empty) }
    }
}
