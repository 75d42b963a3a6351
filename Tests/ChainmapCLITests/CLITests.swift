import Foundation
import Testing

/// End-to-end tests: they run the built `chainmap` binary as a user would.
@Suite("chainmap command line")
struct CLITests {
    @Test("validate accepts the bundled Xupu map")
    func validateXupu() throws {
        let result = try Chainmap.run("validate", Chainmap.root("graphs/xupu"))
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("valid: 0 errors, 7 warnings\n"))
    }

    @Test("a dangling reference, a duplicate id and a bad number exit 65 and are named at file:line")
    func validateBroken() throws {
        let folder = try Chainmap.copy("graphs/xupu")
        try Chainmap.edit(folder + "/demands.csv", "d-syh-yield,syh-growers", "d-syh-yield,syh-growerz")
        try Chainmap.edit(folder + "/organizations.csv", "\nzhuhua,enterprise", "\nzhuhua,enterprise,重复,,county,,,,report-2024 §二(二),2024-12\nzhuhua,enterprise")
        try Chainmap.edit(folder + "/map.yaml", "2022: 2.72", "2022: 2.7.2")
        let result = try Chainmap.run("validate", folder)
        #expect(result.status == 65)
        let errors = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 3)
        #expect(errors.contains { $0.contains("/demands.csv:") && $0.contains("unknown enterprise \"syh-growerz\"") && $0.contains("did you mean \"syh-growers\"") })
        #expect(errors.contains { $0.contains("/organizations.csv:") && $0.contains("duplicate id \"zhuhua\"") })
        #expect(errors.contains { $0.contains("/map.yaml:") && $0.contains("\"2.7.2\" is not a number") })
        #expect(result.stdout.hasSuffix("invalid: 3 errors, 7 warnings\n"))
        // Reading commands refuse a broken map the same way, on standard error.
        let stats = try Chainmap.run("stats", folder)
        #expect(stats.status == 65)
        #expect(stats.stdout.isEmpty)
        #expect(stats.stderr.contains("3 errors; run `chainmap validate"))
    }

    @Test("exit codes: 66 for a missing map, 64 for a usage error")
    func exitCodes() throws {
        let missing = try Chainmap.run("stats", "/nonexistent/map")
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/map: error: no such map folder"))
        let usage = try Chainmap.run("stats", Chainmap.root("graphs/xupu"), "--format", "xml")
        #expect(usage.status == 64)
        let unknownID = try Chainmap.run("show", Chainmap.root("graphs/xupu"), "湘维")
        #expect(unknownID.status == 64)
        #expect(unknownID.stderr.contains("did you mean \"xiangwei\""))
    }

    @Test("json output of stats, list and show is pinned", arguments: [
        (["stats"], "tiny-stats.json"), (["list"], "tiny-list.json"), (["show", "liu"], "tiny-show-liu.json"),
    ])
    func pinnedJSON(arguments: [String], expectedFile: String) throws {
        let tiny = "Tests/ChainMapTests/Fixtures/tiny"
        let arguments = [arguments[0], tiny] + arguments.dropFirst() + ["--format", "json"]
        let result = try Chainmap.run(arguments, in: Chainmap.root(""))
        #expect(result.status == 0)
        let expected = try String(contentsOfFile: Chainmap.root("Tests/ChainmapCLITests/Expected/\(expectedFile)"), encoding: .utf8)
        #expect(result.stdout == expected)
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is NSObject)
    }

    @Test("list json rows carry id, kind and name; csv and table agree on the rows")
    func listShapes() throws {
        let map = Chainmap.root("graphs/xupu")
        let json = try Chainmap.run("list", map, "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "chainmap/list@1")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count > 100)
        #expect(rows.allSatisfy { $0["id"] is String && $0["kind"] is String && $0["name"] is String })
        let csv = try Chainmap.run("list", map, "--format", "csv")
        #expect(csv.stdout.split(separator: "\r\n").count == rows.count + 1)
        let chain = try Chainmap.run("list", map, "segments", "--chain", "pva")
        #expect(chain.status == 0)
        #expect(!chain.stdout.contains("silica-"))
    }

    @Test("the same command gives the same bytes every run")
    func deterministic() throws {
        let map = Chainmap.root("graphs/xupu")
        for arguments in [["stats", map, "--format", "json"], ["list", map], ["show", map, "xiangwei", "--format", "json"]] {
            let first = try Chainmap.run(arguments)
            let second = try Chainmap.run(arguments)
            #expect(first.stdout == second.stdout)
        }
    }

    @Test("init writes a map that validates, and refuses to overwrite")
    func initCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)/county").path
        let created = try Chainmap.run("init", folder, "--region", "某省某县")
        #expect(created.status == 0)
        let validated = try Chainmap.run("validate", folder)
        #expect(validated.status == 0)
        #expect(validated.stdout.hasSuffix("valid: 0 errors, 0 warnings\n"))
        let again = try Chainmap.run("init", folder)
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
    }

    @Test("help lists every command and each exit code by value")
    func help() throws {
        let result = try Chainmap.run("--help")
        #expect(result.status == 0)
        for command in ["validate", "stats", "list", "show", "init"] { #expect(result.stdout.contains(command)) }
        let expected: [Int: String] = [
            0: "success", 1: "no result", 64: "usage error", 65: "bad data", 66: "missing input", 70: "software error",
            73: "cannot create",
        ]
        let listed = try #require(result.stdout.components(separatedBy: "Exit codes:").dropFirst().first)
        var found: [Int: String] = [:]
        for line in listed.split(separator: "\n") {
            let words = line.split(separator: ":", maxSplits: 1)[0].split(separator: " ", maxSplits: 1)
            if words.count == 2, let code = Int(words[0]) { found[code] = words[1].trimmingCharacters(in: .whitespaces) }
        }
        #expect(found == expected)
    }

    @Test("megabytes on standard output, or on standard error, do not deadlock the helper")
    func largeOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)/big").path
        #expect(try Chainmap.run("generate", "--seed", "1", "--enterprises", "3000", "-o", folder).status == 0)
        let listed = try Chainmap.run("list", folder, "--format", "csv")
        #expect(listed.status == 0)
        #expect(listed.stdout.utf8.count > 200_000)
        // Every `cooperates` row now has an unknown type: thousands of error lines on standard error, far beyond a
        // pipe's 64 KiB, while standard output stays open and empty. Reading stdout before stderr would hang here.
        try Chainmap.edit(folder + "/relations.csv", ",cooperates,", ",cooperatez,")
        let broken = try Chainmap.run("stats", folder)
        #expect(broken.status == 65)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.utf8.count > 200_000)
    }
}

/// Runs the `chainmap` binary built beside the test bundle.
enum Chainmap {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func root(_ relative: String) -> String {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
    }

    /// The `chainmap` built with the tests: the test target depends on the executable, so `swift test` rebuilds it
    /// first, and it lies in the build folder that holds the test bundle (searched upwards, for macOS's bundle layout).
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("chainmap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        Issue.record("no chainmap binary beside the test bundle \(CommandLine.arguments[0])")
        return URL(fileURLWithPath: root(".build/debug/chainmap"))
    }

    static func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs the binary and waits for it. Standard error is drained on another thread while standard output is read,
    /// so a command that fills one pipe while the test reads the other cannot deadlock.
    static func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stderr = DrainedPipe(err)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr.wait(), as: UTF8.self))
    }

    /// Reads a pipe to its end on a thread of its own.
    final class DrainedPipe: @unchecked Sendable {
        // Written once by the reading thread before `done` is signalled, read only after waiting on it.
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    /// A copy of a bundled map in a temporary folder, to break without touching the original.
    static func copy(_ relative: String) throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let folder = target.appendingPathComponent(URL(fileURLWithPath: relative).lastPathComponent)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: root(relative)), to: folder)
        return folder.path
    }

    static func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(path) lacks \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
