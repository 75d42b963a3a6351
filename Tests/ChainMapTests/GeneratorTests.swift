import Foundation
import Testing
@testable import ChainMap

@Suite("generator")
struct GeneratorTests {
    static let small = MapGenerator(seed: 42, enterprises: 600, chains: 3, relationsPerEnterprise: 6)

    static func temporaryFolder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-generate-\(UUID().uuidString)/\(name)").path
    }

    @Test("the same parameters give the same bytes; another seed gives other bytes")
    func deterministic() {
        let first = Self.small.files()
        let second = Self.small.files()
        #expect(first.map(\.name) == ["map.yaml", "organizations.csv", "platforms.csv", "experts.csv", "demands.csv", "relations.csv"])
        #expect(first.map(\.bytes) == second.map(\.bytes))
        var other = Self.small
        other.seed = 43
        #expect(other.files().map(\.bytes) != first.map(\.bytes))
    }

    @Test("the written map validates with no errors or warnings and reads back to the generated facts")
    func validatesAndRoundTrips() throws {
        let folder = Self.temporaryFolder("synthetic")
        let generated = try Self.small.write(to: folder)
        let loaded = try MapLoader.load(folder: folder)
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.map.facts == generated.facts)
        #expect(loaded.map.edges.count == generated.tieCount)
    }

    @Test("sizes follow the parameters")
    func sizes() {
        let generator = MapGenerator(seed: 5, enterprises: 2000, chains: 4, relationsPerEnterprise: 10)
        let map = generator.generate()
        #expect(map.organizations.filter { $0.kind == .enterprise }.count == 2000)
        #expect(map.chains.count == 4)
        #expect(map.experts.count == 200)
        #expect(map.demands.count == 500)
        #expect(map.relations.count == 20_000)
        // Ties ≈ enterprises × (relations per enterprise + about 3.5 reference ties); records ≈ 1.4 × enterprises.
        #expect((25_000 ... 30_000).contains(map.tieCount), "\(map.tieCount) ties")
        #expect((2600 ... 3000).contains(map.nodes.count), "\(map.nodes.count) records")
    }

    @Test("the shape: ordered segments, hubs outside the county, local clustered firms, keyword-only demands, assumed sources")
    func shape() throws {
        let map = Self.small.generate()
        for chain in map.chains {
            #expect(chain.segments.first?.stage == .upstream)
            #expect(chain.segments.last?.stage == .downstream)
            #expect(chain.segments.allSatisfy { $0.technologies.count >= 2 })
        }
        let enterprises = map.organizations.filter { $0.kind == .enterprise }
        let local = enterprises.filter(\.isLocal).count
        #expect(local * 100 >= enterprises.count * 80)
        #expect(map.chains.allSatisfy { chain in enterprises.contains { $0.tags.contains(.chainLeader) && $0.segments.contains { $0.hasPrefix(chain.id + "-") } } })
        let hubs = map.organizations.filter { $0.kind == .university || $0.kind == .institute }
        #expect(!hubs.isEmpty && hubs.allSatisfy { !$0.isLocal && $0.technologies.count >= 2 })
        // Power-law clusters: the largest segment holds several times the firms of the median one.
        let sizes = map.segments.map { segment in enterprises.filter { $0.segments.contains(segment.id) }.count }.sorted()
        #expect(sizes[sizes.count - 1] >= 3 * sizes[sizes.count / 2])
        let keywords = map.technologies.flatMap(\.keywords)
        let untagged = map.demands.filter(\.technologies.isEmpty)
        #expect(untagged.count > map.demands.count / 5)
        #expect(untagged.allSatisfy { demand in keywords.contains { demand.title.contains($0) } })
        #expect(map.experts.allSatisfy { !$0.hasUnknownSkills })
        #expect(map.experts.contains { $0.headcount > 1 } && map.experts.contains { !$0.serves.isEmpty })
        #expect(map.organizations.contains { $0.provenance.isAssumedOnly })
        #expect(map.relations.contains { $0.provenance.includesAssumed })
        let types = Set(map.relations.map(\.type))
        #expect(types.isSuperset(of: [.supplies, .cooperates, .member, .hires, .licenses, .invests, .funds, .incubates]))
        // supplies run along `next`.
        let segmentsOf = Dictionary(uniqueKeysWithValues: enterprises.map { ($0.id, $0.segments) })
        let next = Dictionary(uniqueKeysWithValues: map.segments.map { ($0.id, Set($0.next)) })
        for relation in map.relations where relation.type == .supplies {
            let downstream = Set(try #require(segmentsOf[relation.from]).flatMap { next[$0] ?? [] })
            #expect(try #require(segmentsOf[relation.to]).contains(where: downstream.contains))
        }
        // Rows are sorted.
        #expect(map.organizations.map(\.id) == map.organizations.map(\.id).sorted())
        #expect(map.relations.map { [$0.from, $0.to, $0.type.rawValue] }.elementsEqual(
            map.relations.map { [$0.from, $0.to, $0.type.rawValue] }.sorted { $0.lexicographicallyPrecedes($1) }))
    }

    @Test("writing refuses a folder that is not empty and leaves it untouched")
    func refusesNonEmpty() throws {
        let folder = Self.temporaryFolder("taken")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        #expect(throws: AtomicFolder.Failure.exists(folder)) { try Self.small.write(to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (folder as NSString).deletingLastPathComponent)
        #expect(siblings == ["taken"])
    }
}
