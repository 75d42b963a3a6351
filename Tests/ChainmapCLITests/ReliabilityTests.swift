import Foundation
import Testing

/// The crash, hang and silent-loss inputs of issue 10 (Tests/Crashes), run through the built binary: each one
/// once crashed (exit 132/134/139) or hung; now each ends with a sysexits code and a message saying where.
@Suite("reliability: crash inputs and strict reading")
struct ReliabilityTests {
    static let crashes = "Tests/Crashes"

    @Test("each crash input exits with a clear error instead of crashing", arguments: [
        ("yaml-deep-nesting", "validate", Int32(65), "map.yaml:39:71: error: map.yaml nests deeper than 64 levels"),
        ("yaml-deep-mapping-nesting", "validate", Int32(65), "nests deeper than 64 levels"),
        ("int-overflow-platform-count", "stats", Int32(65), "platforms.csv:2: column count (I): error: \"9223372036854775807\" is not a whole number from 1 to 100000"),
        ("int-overflow-expert-headcount", "match", Int32(65), "experts.csv:2: column headcount (J): error: \"9223372036854775807\" is not a whole number from 1 to 100000"),
        ("int-overflow-capacity-x-headcount", "match", Int32(65), "experts.csv:2: column capacity (H): error: \"4294967296\" is not a whole number from 0 to 100000"),
    ])
    func crashInput(folder: String, command: String, status: Int32, message: String) throws {
        let result = try Chainmap.run(command, Chainmap.root("\(Self.crashes)/\(folder)"))
        #expect(result.status == status)
        #expect((result.stdout + result.stderr).contains(message))
    }

    /// A 30,000-segment chain (the crash input's map.yaml, 2.6 MB, is generated rather than committed).
    static func longChain(segments: Int, cycle: Bool) throws -> String {
        let folder = try Chainmap.copy("\(crashes)/int-overflow-platform-count")
        var yaml = """
        id: mini
        name: 迷你图谱
        region: 某县
        as_of: 2024-12
        sources:
          rep: {title: Report, date: 2024}
        chains:
          - id: ch
            name: 链
            source: rep
            segments:

        """
        for index in 1...segments {
            let next = index < segments ? "s\(index + 1)" : (cycle ? "s1" : "")
            yaml += "      - {id: s\(index), name: n\(index), stage: midstream, technologies: [t1], next: [\(next)]}\n"
        }
        yaml += """
        technologies:
          - {id: t1, name: 技术一, field: 材料, keywords: [材料], chokepoint: true, source: rep}

        """
        try yaml.write(toFile: folder + "/map.yaml", atomically: true, encoding: .utf8)
        try "id,name,type,level,host,segments,technologies,status,count,source,as_of\n"
            .write(toFile: folder + "/platforms.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a 30,000-segment chain validates, and a cycle through all of it is reported (iterative check)")
    func longChainCycle() throws {
        let straight = try Self.longChain(segments: 30_000, cycle: false)
        let valid = try Chainmap.run("validate", straight)
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("valid: 0 errors"))
        let looped = try Self.longChain(segments: 30_000, cycle: true)
        let invalid = try Chainmap.run("validate", looped)
        #expect(invalid.status == 65)
        #expect(invalid.stdout.contains("error: cycle in next: s1 → s2 → s3 → s4 → s5 → s6 → s7 → s8 → s9 → s10 → … → s1 (30000 segments)"))
        #expect(invalid.stdout.count < 2000)
    }

    @Test("the two maps that made Graphviz abort and hang now render", arguments: [
        ("libgvc-abort-merge_chain", "ch0"), ("hang-dot-chain-view", "ch1"),
    ])
    func graphvizCrashMaps(folder: String, chain: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try Chainmap.run(
            "render", Chainmap.root("\(Self.crashes)/\(folder)"), "--view", "chain", "--chain", chain, "-o", output, "--timeout", "30")
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("</svg>"))
    }

    /// Every view of the two Graphviz crash maps, with and without overlays, in the render worker: each must
    /// draw, or fail with exit 70, the view, the engine and a hint within the time limit, and leave no file.
    /// The overview and the full view of the hang map carry its next across chains (c1s1 → c0s0).
    @Test("every view of the Graphviz crash maps renders or fails cleanly (exit 70 with a hint), never aborts or hangs", arguments: [
        ("libgvc-abort-merge_chain", ["--view", "overview"]), ("libgvc-abort-merge_chain", ["--view", "full"]),
        ("libgvc-abort-merge_chain", ["--view", "chain", "--chain", "ch0"]),
        ("hang-dot-chain-view", ["--view", "overview"]), ("hang-dot-chain-view", ["--view", "full"]),
        ("hang-dot-chain-view", ["--view", "chain", "--chain", "ch0"]), ("hang-dot-chain-view", ["--view", "chain", "--chain", "ch1"]),
    ])
    func everyViewOfCrashMaps(folder: String, view: [String]) throws {
        for overlays in [[], ["--overlay", "gaps", "candidates"]] {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-\(UUID().uuidString).svg").path
            defer { try? FileManager.default.removeItem(atPath: output) }
            let result = try Chainmap.run(
                ["render", Chainmap.root("\(Self.crashes)/\(folder)")] + view + overlays + ["-o", output, "--timeout", "20"])
            let what = "\(folder) \(view.joined(separator: " ")) \(overlays.joined(separator: " ")): \(result.stderr)"
            if result.status == 0 {
                let svg = try String(contentsOfFile: output, encoding: .utf8)
                #expect(svg.hasSuffix("</svg>\n"), "\(what)")
                if folder == "hang-dot-chain-view" && view[1] != "chain" { #expect(svg.contains("c1s1;next;c0s0"), "\(what)") }
            } else {
                #expect(result.status == 70, "\(what)")
                #expect(result.stderr.contains("error: view ") && result.stderr.contains("hint: "), "\(what)")
                #expect(!FileManager.default.fileExists(atPath: output), "\(what)")
            }
        }
    }

    @Test("Xupu with a real flow across chains (PV glass into PV module encapsulation): overview and full view render")
    func xupuCrossChainFlow() throws {
        let folder = try Chainmap.copy("graphs/xupu")
        try Chainmap.edit(
            folder + "/map.yaml", "technologies: [pv-glass-making]\n        next: []",
            "technologies: [pv-glass-making]\n        next: [pva-pv-encap]")
        for view in ["overview", "full"] {
            let output = folder + "/\(view).svg"
            let result = try Chainmap.run("render", folder, "--view", view, "-o", output, "--timeout", "30")
            #expect(result.status == 0, "\(view): \(result.stderr)")
            let svg = try String(contentsOfFile: output, encoding: .utf8)
            // Graphviz writes "-" in an SVG id as &#45;.
            #expect(svg.contains("id=\"silica&#45;pvglass;next;pva&#45;pv&#45;encap\""), "\(view)")
        }
    }

    /// The fuzz target `folder` reads map.yaml and the five tables joined by the byte 0x1E (Fuzz/run.sh); each
    /// crash it found is committed under Tests/Crashes/fuzz/folder and must now load as a folder, valid or not,
    /// through the binary.
    @Test("every committed crash input of the folder fuzz target validates without crashing (exit 0 or 65)")
    func folderFuzzInputs() throws {
        let inputs = Chainmap.root("\(Self.crashes)/fuzz/folder")
        let files = try FileManager.default.contentsOfDirectory(atPath: inputs).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: "\(inputs)/\(file)"))
            let pieces = bytes.split(separator: 0x1E, omittingEmptySubsequences: false)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-fuzz-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let names = ["map.yaml", "organizations.csv", "platforms.csv", "experts.csv", "demands.csv", "relations.csv"]
            for (index, name) in names.enumerated() {
                try (index < pieces.count ? Data(pieces[pieces.startIndex + index]) : Data())
                    .write(to: folder.appendingPathComponent(name))
            }
            let result = try Chainmap.run("validate", folder.path)
            #expect(result.status == 0 || result.status == 65, "\(file): status \(result.status): \(result.stderr)")
        }
    }

    @Test("a render past --timeout is stopped: exit 70 naming view and engine, a hint, no file")
    func renderTimeout() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-\(UUID().uuidString).svg").path
        let result = try Chainmap.run("render", Chainmap.root("graphs/xupu"), "--view", "overview", "-o", output, "--timeout", "0.001")
        #expect(result.status == 70)
        #expect(result.stderr.contains("error: view overview with dot: Graphviz (dot) did not finish within 0.001 s"))
        #expect(result.stderr.contains("hint: try --engine sfdp"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let usage = try Chainmap.run("render", Chainmap.root("graphs/xupu"), "-o", output, "--timeout", "nan")
        #expect(usage.status == 64)
    }

    @Test("the render worker is hidden from --help")
    func hiddenWorker() throws {
        let help = try Chainmap.run("--help")
        #expect(!help.stdout.contains("_render-worker"))
        #expect(!help.stdout.contains("render-worker"))
    }

    @Test("silent losses are errors: duplicate keys, empty ids, impossible dates, keyless sources, control characters")
    func strictReading() throws {
        let folder = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        let yaml = try String(contentsOfFile: folder + "/map.yaml", encoding: .utf8)
        try (yaml + "indicators: []\n").write(toFile: folder + "/map.yaml", atomically: true, encoding: .utf8)
        try Chainmap.edit(folder + "/map.yaml", "  - id: tea-breeding\n", "  - id: ''\n    name_en: x\n  - id: tea-breeding\n")
        try Chainmap.edit(folder + "/map.yaml", "date: 2024-12", "date: 2024-02-30")
        try Chainmap.edit(folder + "/organizations.csv", "report §三,2024\nagri-uni", ";;;,2024\nagri-uni")
        try Chainmap.edit(folder + "/organizations.csv", "\nagri-uni,university,湖南农业大学", "\nagri\u{0}uni,university,湖南\u{1B}[31m农业大学")
        let result = try Chainmap.run("validate", folder)
        #expect(result.status == 65)
        let out = result.stdout
        #expect(out.contains("error: duplicate key \"indicators\" in the map; it is already given at line"))
        #expect(out.contains("error: missing required key \"id\" in a technology"))
        #expect(out.contains("error: \"2024-02-30\" is not a date"))
        #expect(out.contains("error: source \";;;\" names no source key"))
        #expect(out.contains("contains the control character U+0000"))
        // The escape sequence is reported, not sent to the terminal.
        #expect(!out.contains("\u{1B}"))
    }

    @Test("Graphviz escapes in a name (\\N, \\G, \\L, \\E, \\T, \\H) are drawn as written")
    func graphvizEscapes() throws {
        let folder = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        try Chainmap.edit(folder + "/map.yaml", "name: 茶园种植", #"name: 茶园\N\G\L\E\T\H种植"#)
        let output = folder + "/chain.svg"
        let result = try Chainmap.run("render", folder, "--view", "chain", "--chain", "tea", "-o", output)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains(#"茶园\N\G\L\E\T\H种植"#))
    }

    @Test("init --name with a line break writes a map.yaml that reads back")
    func initEscapes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)/county").path
        let created = try Chainmap.run("init", folder, "--name", "两行\nid: evil \"名\" \\", "--region", "某县\t")
        #expect(created.status == 0, "\(created.stderr)")
        let validated = try Chainmap.run("validate", folder)
        #expect(validated.status == 0, "\(validated.stdout)")
        let json = try Chainmap.run("stats", folder, "--format", "json")
        #expect(json.stdout.contains(#"两行\nid: evil \"名\" \\"#))
    }
}
