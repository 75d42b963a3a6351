import Foundation
import Testing

@Suite("chainmap generate")
struct GenerateCommandTests {
    @Test("generate writes a map that validates, the same bytes for the same seed, and refuses a non-empty folder")
    func generate() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-cli-\(UUID().uuidString)")
        let first = base.appendingPathComponent("a").path, second = base.appendingPathComponent("b").path
        let created = try Chainmap.run("generate", "--seed", "3", "--enterprises", "300", "--relations-per-enterprise", "5", "-o", first)
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("created \(first): "))
        #expect(try Chainmap.run("generate", "--seed", "3", "--enterprises", "300", "--relations-per-enterprise", "5", "-o", second).status == 0)
        for file in ["map.yaml", "organizations.csv", "platforms.csv", "experts.csv", "demands.csv", "relations.csv"] {
            #expect(FileManager.default.contents(atPath: "\(first)/\(file)") == FileManager.default.contents(atPath: "\(second)/\(file)"), "\(file)")
        }
        let validated = try Chainmap.run("validate", first)
        #expect(validated.status == 0)
        #expect(validated.stdout.hasSuffix("valid: 0 errors, 0 warnings\n"))
        let again = try Chainmap.run("generate", "--seed", "4", "--enterprises", "300", "-o", first)
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
        let usage = try Chainmap.run("generate", "--seed", "4", "--enterprises", "0", "-o", base.appendingPathComponent("c").path)
        #expect(usage.status == 64)
    }
}
