import ArgumentParser
import ChainMap
import Foundation
import Testing
@testable import chainmap

/// Facts the documentation repeats — exit codes, commands, `rank` metrics, output formats, the 1M-tie recipe — are
/// compared with their one definition in the code: the parser's command tree, ``ExitCodes``, the option enums and
/// ``MapGenerator/millionTies``. Editing one list alone fails here.
@Suite("docs agree with the code")
struct ConsistencyTests {
    let readme: String
    let architecture: String

    init() throws {
        readme = try String(contentsOfFile: Chainmap.root("README.md"), encoding: .utf8)
        architecture = try String(contentsOfFile: Chainmap.root("docs/architecture.md"), encoding: .utf8)
    }

    /// The commands a user sees: the root's subcommands less the hidden ones (internal workers).
    static var commands: [String] {
        chainmap.Chainmap.configuration.subcommands
            .filter { $0.configuration.shouldDisplay }
            .map { $0.configuration.commandName ?? $0._commandName }
    }

    /// The lines of the README's section `heading` (up to the next `## `).
    func section(_ heading: String, of text: String) throws -> String {
        let start = try #require(text.range(of: "\n## \(heading)\n"), "no section \(heading)")
        let rest = text[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    /// Every match of `pattern` in `text`: its groups joined by a space.
    func captures(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
                .joined(separator: " ")
        }
    }

    @Test("README's exit codes, the root --help and docs/architecture.md list ExitCodes.all, word for word")
    func exitCodes() throws {
        let defined = chainmap.ExitCodes.all.map { "\($0.code) \($0.name)" }
        #expect(defined.count == Set(chainmap.ExitCodes.all.map(\.code)).count, "a code defined twice")
        #expect(chainmap.ExitCodes.all.map(\.code) == chainmap.ExitCodes.all.map(\.code).sorted())
        // README: one paragraph, "Exit codes: `0` success · `1` no result (…) · …".
        let paragraph = try #require(readme.components(separatedBy: "\nExit codes: ").dropFirst().first?
            .components(separatedBy: "\n\n").first)
        let inReadme = try captures("`(\\d+)` ([a-z ]*[a-z])", in: paragraph)
        #expect(inReadme == defined, "README.md's exit codes differ from ExitCodes.all")
        // docs/architecture.md: a table row per code, "| `64` | usage error | … |".
        let inArchitecture = try captures("^\\| `(\\d+)` \\| ([a-z ]*[a-z]) +\\|", in: try section("Exit codes", of: architecture))
        #expect(inArchitecture == defined, "docs/architecture.md's exit codes differ from ExitCodes.all")
        // The root command's help prints them from the definition.
        let help = try Chainmap.run("--help")
        #expect(try captures("^ *(\\d+)  ([a-z ]*[a-z]):", in: help.stdout) == defined)
        // Every code any command's help or the data format mentions is a defined one.
        let known = Set(chainmap.ExitCodes.all.map { Int($0.code) })
        var mentioned = try captures("exit(?:s| code)? (\\d+)", in: try String(contentsOfFile: Chainmap.root("docs/data-format.md"), encoding: .utf8))
        for command in chainmap.Chainmap.configuration.subcommands {
            let discussion = command.configuration.discussion
            mentioned += try captures("(?:[Ee]xit(?: codes?)?:?|exits?) (\\d+)", in: discussion)
            if let listed = discussion.components(separatedBy: "Exit codes:").dropFirst().first {
                mentioned += try captures("(?:^|[ ,])(\\d+) [a-zG]", in: listed)
            }
        }
        #expect(!mentioned.isEmpty)
        for code in mentioned { #expect(known.contains(Int(code) ?? -1), "exit code \(code) is mentioned but not defined") }
        // No command exits with a bare number: every `ExitCode(…)` names a definition.
        let sources = try FileManager.default.subpathsOfDirectory(atPath: Chainmap.root("Sources/chainmap")).filter { $0.hasSuffix(".swift") }
        for file in sources {
            let text = try String(contentsOfFile: Chainmap.root("Sources/chainmap/\(file)"), encoding: .utf8)
            #expect(try captures("(ExitCode\\(-?\\d+\\))", in: text).isEmpty, "\(file) exits with a bare number")
        }
    }

    @Test("README's command list and the root --help hold exactly the parser's commands")
    func commands() throws {
        let block = try section("Commands", of: readme)
        let inReadme = try captures("^chainmap ([a-z-]+)", in: block)
        #expect(Set(inReadme) == Set(Self.commands), "README.md's ## Commands differs from Chainmap.configuration.subcommands")
        #expect(inReadme.count == Set(inReadme).count, "a command listed twice in README.md")
        let help = try Chainmap.run("--help")
        let listed = try #require(help.stdout.components(separatedBy: "SUBCOMMANDS:").dropFirst().first)
        let inHelp = try captures("^  ([a-z-]+)", in: listed)
        // swift-argument-parser adds its own `help` subcommand to the list.
        #expect(Set(inHelp).subtracting(["help"]) == Set(Self.commands))
    }

    @Test("rank's metrics and every format option agree between README, --help and the enums")
    func metricsAndFormats() throws {
        let block = try section("Commands", of: readme)
        func alternatives(_ pattern: String) throws -> [String] {
            try #require(try captures(pattern, in: block).first, "README lacks \(pattern)").split(separator: "|").map(String.init)
        }
        #expect(try alternatives("^chainmap rank .*--metric ([a-z|]+)") == chainmap.RankCommand.Metric.allCases.map(\.rawValue))
        #expect(try alternatives("take `--format ([a-z|]+)`") == chainmap.FormatChoice.allCases.map(\.rawValue))
        #expect(try alternatives("^chainmap export .*--format ([a-z0-9|-]+)") == chainmap.ExportCommand.Format.allCases.map(\.rawValue))
        #expect(try alternatives("-o map\\.([a-z|]+)") == chainmap.RenderCommand.Format.allCases.map(\.rawValue))
        let rank = try Chainmap.run("rank", "--help")
        for metric in chainmap.RankCommand.Metric.allCases { #expect(rank.stdout.contains(metric.rawValue), "rank --help lacks \(metric)") }
        let stats = try Chainmap.run("stats", "--help")
        for format in TableFormat.allCases { #expect(stats.stdout.contains(format.rawValue)) }
    }

    @Test("the 1M-tie recipe of README, bench/README and generate --help is MapGenerator.millionTies")
    func millionTieRecipe() throws {
        let recipe = MapGenerator.millionTies.arguments
        #expect(recipe == "--enterprises 71500 --relations-per-enterprise 10.6")
        #expect(readme.contains(recipe))
        let help = try Chainmap.run("generate", "--help")
        #expect(help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(recipe))
        // Any generator size a document names is one of the defined recipes.
        let bench = try String(contentsOfFile: Chainmap.root("bench/README.md"), encoding: .utf8)
        let known = [MapGenerator.millionTies.arguments, MapGenerator.tenThousandRecords.arguments]
        for text in [readme, bench, architecture] {
            for found in try captures("(--enterprises \\d+ --relations-per-enterprise [0-9.]+)", in: text) {
                #expect(known.contains(found), "\(found) is not a defined recipe")
            }
        }
    }

    @Test("every source file imports only what docs/architecture.md's table allows its module; CGraphviz in one file")
    func imports() throws {
        let table = try section("Modules and what each may import", of: architecture)
        let rows = try captures("^\\| `([A-Za-z-]+)` \\|[^|]*\\| ([^|]*) \\|$", in: table)
        var allowed: [String: Set<String>] = [:]
        for row in rows {
            let parts = row.split(separator: " ", maxSplits: 1)
            allowed[String(parts[0])] = Set(try captures("`([A-Za-z]+)`", in: parts.count > 1 ? String(parts[1]) : ""))
        }
        #expect(allowed.keys.count >= 5, "docs/architecture.md's module table not found")
        var cgraphvizImporters: [String] = []
        for (module, modules) in allowed where module != "CGraphviz" {
            let folder = Chainmap.root("Sources/\(module)")
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "no sources for \(module)")
            for file in files {
                let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
                for imported in try captures("^\\s*(?:@testable )?import (?:(?:struct|enum|class|func|protocol|typealias) )?([A-Za-z_]+)", in: text) {
                    #expect(modules.contains(imported), "Sources/\(module)/\(file) imports \(imported), which docs/architecture.md does not allow")
                    if imported == "CGraphviz" { cgraphvizImporters.append("\(module)/\(file)") }
                }
            }
        }
        #expect(cgraphvizImporters == ["ChainMapGraphviz/GraphvizRenderer.swift"])
    }
}
