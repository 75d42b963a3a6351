import Foundation
import Testing
@testable import ChainMap

/// A copy of a fixture map in a fresh temporary folder, with edits applied, so every test breaks its own copy.
struct ScratchMap {
    let folder: String

    /// Copies `Fixtures/<name>` and applies `(file, old, new)` text replacements; each `old` must occur.
    init(_ name: String = "tiny", edits: [(file: String, old: String, new: String)] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil), sourceLocation: sourceLocation)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let target = base.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: target)
        folder = target.path
        for edit in edits {
            let path = target.appendingPathComponent(edit.file).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(edit.old), "fixture edit: \(edit.file) lacks \(edit.old)", sourceLocation: sourceLocation)
            try text.replacingOccurrences(of: edit.old, with: edit.new).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    func load() throws -> LoadedMap { try MapLoader.load(folder: folder) }

    /// The diagnostics' descriptions with the scratch folder shown as `MAP`.
    func messages(_ severity: Diagnostic.Severity? = nil) throws -> [String] {
        try load().diagnostics.filter { severity == nil || $0.severity == severity }
            .map { $0.description.replacingOccurrences(of: folder, with: "MAP") }
    }

    static func fixturePath(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)).path
    }

    /// The repository's root, for the bundled maps in graphs/.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
