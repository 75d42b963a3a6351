import ChainMap
import Foundation
import Testing

@testable import ChainMapRender

/// A segment whose `next` is in another chain (PV glass feeding PV module encapsulation) is drawn in the
/// overview and the full view without ranking power: each chain keeps its own columns, and dot does not rank
/// across chain clusters (what Graphviz 2.43 gets wrong on some small maps; see Tests/Crashes).
@Suite("views: next across chains")
struct CrossChainViewTests {
    /// The Xupu map with one real cross-chain flow added: PV glass (silica chain) goes into PV modules, whose
    /// encapsulation is a segment of the PVA chain (PVB film goes there too).
    static func xupuWithCrossChainFlow() throws -> InnovationMap {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chainmap-views-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ViewsFixtures.repositoryRoot.appendingPathComponent("graphs/xupu"), to: folder)
        let manifest = folder.appendingPathComponent("map.yaml")
        let yaml = try String(contentsOf: manifest, encoding: .utf8)
        let old = "technologies: [pv-glass-making]\n        next: []"
        #expect(yaml.components(separatedBy: old).count == 2, "graphs/xupu/map.yaml changed: update this test")
        try yaml.replacingOccurrences(of: old, with: "technologies: [pv-glass-making]\n        next: [pva-pv-encap]")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let loaded = try MapLoader.load(folder: folder.path)
        #expect(!loaded.hasErrors, "\(loaded.errors)")
        return loaded.map
    }

    /// The DOT statement of the edge whose id is `id`, or "" when absent.
    static func edgeLine(_ id: String, in dot: String) -> String {
        dot.split(separator: "\n").map(String.init).first { $0.contains(" -> ") && $0.contains("id=" + DOTValue.quoted(id)) } ?? ""
    }

    @Test("overview and full view: a next into another chain is constraint-free, a next within a chain ranks", arguments: [
        MapView.overview, MapView.full,
    ])
    func xupuCrossChainFlow(view: MapView) throws {
        let dot = try MapViews.graph(view, of: try Self.xupuWithCrossChainFlow()).render()
        let across = Self.edgeLine("silica-pvglass;next;pva-pv-encap", in: dot)
        #expect(across.contains(#"constraint="false""#), "\(across)")
        let within = Self.edgeLine("silica-lowiron;next;silica-pvglass", in: dot)
        #expect(!within.isEmpty)
        #expect(!within.contains("constraint"), "\(within)")
    }

    @Test("the bundled Xupu map has no next across chains: its overview ranks every flow")
    func xupuAsBundled() throws {
        let dot = MapViews.overview(try ViewsFixtures.xupu()).render()
        let flows = dot.split(separator: "\n").filter { $0.contains(#"class="next"#) && $0.contains(" -> ") }
        #expect(flows.count > 30)
        #expect(flows.allSatisfy { !$0.contains("constraint") })
    }

    @Test("the map that hung dot (c1s1 → c0s0 across chains): constraint-free in the overview and the full view", arguments: [
        MapView.overview, MapView.full,
    ])
    func hangMap(view: MapView) throws {
        let map = try ViewsFixtures.load("Tests/Crashes/hang-dot-chain-view")
        let dot = try MapViews.graph(view, of: map).render()
        #expect(Self.edgeLine("c1s1;next;c0s0", in: dot).contains(#"constraint="false""#))
    }

    @Test("cross-chain is decided by the segments' chains")
    func decision() {
        let chains = ["a1": "a", "a2": "a", "b1": "b"]
        #expect(MapViews.isCrossChainNext(.next, from: "a1", to: "b1", chainOf: chains))
        #expect(!MapViews.isCrossChainNext(.next, from: "a1", to: "a2", chainOf: chains))
        #expect(!MapViews.isCrossChainNext(.cooperates, from: "a1", to: "b1", chainOf: chains))
        #expect(!MapViews.isCrossChainNext(.next, from: "a1", to: "x", chainOf: chains))
    }
}
