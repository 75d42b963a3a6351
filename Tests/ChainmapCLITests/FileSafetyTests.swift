import Foundation
import Testing

/// Reading only regular files inside the map folder; writing through exclusive temporary files and one rename.
@Suite("reliability: files")
struct FileSafetyTests {
    static func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a table that is a symlink out of the folder is refused (exit 66) and nothing of it is echoed")
    func symlinkOutside() throws {
        let map = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        try FileManager.default.removeItem(atPath: map + "/organizations.csv")
        try FileManager.default.createSymbolicLink(atPath: map + "/organizations.csv", withDestinationPath: "/etc/passwd")
        let result = try Chainmap.run("validate", map)
        #expect(result.status == 66)
        #expect(result.stderr.contains("organizations.csv: error: cannot read: it is a symbolic link to a file outside the map folder"))
        #expect(!(result.stdout + result.stderr).contains("root:"))
    }

    @Test("a symlink that stays inside the map folder is read")
    func symlinkInside() throws {
        let map = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        try FileManager.default.createDirectory(atPath: map + "/tables", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: map + "/experts.csv", toPath: map + "/tables/experts.csv")
        try FileManager.default.createSymbolicLink(atPath: map + "/experts.csv", withDestinationPath: "tables/experts.csv")
        let result = try Chainmap.run("validate", map)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("a FIFO or a folder in a table's place is refused at once with exit 66", arguments: ["fifo", "folder"])
    func notRegular(kind: String) throws {
        let map = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        try FileManager.default.removeItem(atPath: map + "/platforms.csv")
        if kind == "fifo" {
            #expect(mkfifo(map + "/platforms.csv", 0o644) == 0)
        } else {
            try FileManager.default.createDirectory(atPath: map + "/platforms.csv", withIntermediateDirectories: false)
        }
        let result = try Chainmap.run("validate", map)
        #expect(result.status == 66)
        #expect(result.stderr.contains(kind == "fifo" ? "it is a FIFO (named pipe), not a regular file" : "it is a folder, not a regular file"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("render refuses a symlink at the output and never writes through it; the victim is untouched")
    func outputSymlink() throws {
        let folder = try Self.scratch()
        let victim = folder + "/victim.txt"
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out.dot", withDestinationPath: victim)
        let result = try Chainmap.run("render", Chainmap.root("Tests/ChainMapTests/Fixtures/tiny"), "-o", folder + "/out.dot")
        #expect(result.status == 73)
        #expect(result.stderr.contains("it is a symbolic link, not a regular file"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        // A planted file at the old predictable temporary name is not followed either.
        try FileManager.default.removeItem(atPath: folder + "/out.dot")
        try FileManager.default.createSymbolicLink(atPath: folder + "/.out.dot.\(getpid()).tmp", withDestinationPath: victim)
        let again = try Chainmap.run("render", Chainmap.root("Tests/ChainMapTests/Fixtures/tiny"), "-o", folder + "/out.dot")
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    }

    @Test("an overwritten output keeps its mode; a dead run's temporary file is cleaned up")
    func modeAndLeftovers() throws {
        let folder = try Self.scratch()
        let output = folder + "/out.dot"
        try "old".write(toFile: output, atomically: false, encoding: .utf8)
        #expect(chmod(output, 0o640) == 0)
        // pid 2^22 + 1 is above Linux's pid_max default; no process has it.
        let leftover = folder + "/.out.dot.chainmap.4194305.0123456789abcdef.tmp"
        try "half".write(toFile: leftover, atomically: false, encoding: .utf8)
        let unrelated = folder + "/.other.dot.chainmap.4194305.0123456789abcdef.tmp"
        try "other".write(toFile: unrelated, atomically: false, encoding: .utf8)
        let result = try Chainmap.run("render", Chainmap.root("Tests/ChainMapTests/Fixtures/tiny"), "-o", output)
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("digraph"))
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: unrelated))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == [".other.dot.chainmap.4194305.0123456789abcdef.tmp", "out.dot"])
    }

    @Test("init publishes with one rename: a planted staging symlink is not written through, a dead run's staging folder is removed")
    func initStaging() throws {
        let folder = try Self.scratch()
        let existing = try Chainmap.copy("Tests/ChainMapTests/Fixtures/tiny")
        let before = try String(contentsOfFile: existing + "/map.yaml", encoding: .utf8)
        // The old staging name was predictable; a symlink there must not lead init into another map.
        try FileManager.default.createSymbolicLink(atPath: folder + "/.county.\(getpid()).init", withDestinationPath: existing)
        let stale = folder + "/.county.chainmap-init.4194305.0123456789abcdef"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: false)
        try "half".write(toFile: stale + "/map.yaml", atomically: false, encoding: .utf8)
        let result = try Chainmap.run("init", folder + "/county")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: existing + "/map.yaml", encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: folder + "/county/map.yaml"))
        // Onto an empty folder: allowed (rename(2) replaces it); onto a non-empty one: refused, untouched.
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: false)
        #expect(try Chainmap.run("init", folder + "/empty").status == 0)
        let refused = try Chainmap.run("init", existing)
        #expect(refused.status == 73)
        #expect(try String(contentsOfFile: existing + "/map.yaml", encoding: .utf8) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("chainmap-init") }
        #expect(leftovers.isEmpty)
    }
}
