import ChainMap
import Foundation
import Testing

@testable import ChainMapRender

/// The maps the view tests draw, found from this file's path: the tiny fixture of ChainMapTests and the
/// bundled Xupu map.
enum ViewsFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ relativePath: String) throws -> InnovationMap {
        let loaded = try MapLoader.load(folder: repositoryRoot.appendingPathComponent(relativePath).path)
        #expect(!loaded.hasErrors, "\(relativePath) has errors: \(loaded.errors)")
        return loaded.map
    }

    static func tiny() throws -> InnovationMap { try load("Tests/ChainMapTests/Fixtures/tiny") }
    static func xupu() throws -> InnovationMap { try load("graphs/xupu") }

    /// The DOT node statement of `id` in `dot`, or "" when absent.
    static func nodeLine(_ id: String, in dot: String) -> String {
        let prefix = DOTValue.quoted(id) + " ["
        return dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(prefix) } ?? ""
    }
}

@Suite("Views: DOT of each view")
struct ViewsDOTTests {
    @Test("overview of the tiny map is pinned")
    func overviewPinned() throws {
        #expect(MapViews.overview(try ViewsFixtures.tiny()).render() == PinnedViews.overview)
    }

    @Test("chain view of the tiny map is pinned")
    func chainPinned() throws {
        #expect(try MapViews.chain(try ViewsFixtures.tiny(), id: "tea").render() == PinnedViews.chainTea)
    }

    @Test("ego view of the tiny map is pinned")
    func egoPinned() throws {
        #expect(try MapViews.ego(try ViewsFixtures.tiny(), focus: "teaco").render() == PinnedViews.egoTeaco)
    }

    @Test("full view of the tiny map is pinned")
    func fullPinned() throws {
        #expect(MapViews.full(try ViewsFixtures.tiny()).render() == PinnedViews.full)
    }

    @Test("MapViews.graph dispatches to each view")
    func dispatch() throws {
        let map = try ViewsFixtures.tiny()
        #expect(try MapViews.graph(.overview, of: map) == MapViews.overview(map))
        #expect(try MapViews.graph(.chain(id: "tea"), of: map) == MapViews.chain(map, id: "tea"))
        #expect(try MapViews.graph(.ego(focus: "liu", hops: 2), of: map) == MapViews.ego(map, focus: "liu", hops: 2))
        #expect(try MapViews.graph(.full, of: map) == MapViews.full(map))
    }

    @Test("every node carries its map id as id and its kind first in class")
    func idsAndClasses() throws {
        let map = try ViewsFixtures.tiny()
        let kinds = Dictionary(uniqueKeysWithValues: map.nodes.map { ($0.id, $0.kind.rawValue) })
        for view in [MapView.overview, .chain(id: "tea"), .ego(focus: "teaco", hops: 2), .full] {
            let graph = try MapViews.graph(view, of: map, options: ViewOptions(overlays: [.gaps, .candidates]))
            for node in graph.allNodes where node.attributes["id"] != nil {
                guard let kind = kinds[node.id] else {
                    // Made-up nodes (legend, groups, aggregates) hold a ";", which no map id may.
                    #expect(node.id.contains(";"), "\(view): \(node.id)")
                    continue
                }
                #expect(node.attributes["id"] == .text(node.id))
                #expect(node.attributes["class"]?.sortKey.split(separator: " ").first.map(String.init) == kind)
            }
        }
    }

    @Test("the same map gives the same DOT text, whatever the order of its records")
    func deterministicText() throws {
        let map = try ViewsFixtures.xupu()
        var shuffled = map
        shuffled.organizations.reverse()
        shuffled.platforms.reverse()
        shuffled.experts.reverse()
        shuffled.demands.reverse()
        shuffled.relations.reverse()
        let options = ViewOptions(overlays: [.gaps, .candidates])
        for view in [MapView.overview, .chain(id: "herbal"), .ego(focus: "xiangwei", hops: 2), .full] {
            let first = try MapViews.graph(view, of: map, options: options).render()
            #expect(first == (try MapViews.graph(view, of: map, options: options).render()))
            if case .overview = view { continue }  // counts only: nothing to reorder
            #expect(first == (try MapViews.graph(view, of: shuffled, options: options).render()), "\(view)")
        }
    }

    @Test("every tie has hover text naming both ends and the relation, in every view of Xupu")
    func tieTooltips() throws {
        let map = try ViewsFixtures.xupu()
        let options = ViewOptions(overlays: [.gaps, .candidates])
        let views: [MapView] = [.overview, .full, .chain(id: "pva"), .ego(focus: "xiangwei", hops: 1)]
        for view in views {
            let graph = try MapViews.graph(view, of: map, options: options)
            let edges = graph.edges + graph.subgraphs.flatMap { $0.edges + $0.subgraphs.flatMap(\.edges) }
            // Invisible layout edges (legend rows, grids) are not ties.
            for edge in edges where edge.attributes["style"] != "invis" {
                #expect(edge.attributes["tooltip"] != nil, "\(view): \(edge.from) -> \(edge.to) has no hover text")
            }
        }
        let chain = try MapViews.graph(.chain(id: "pva"), of: map).render()
        #expect(chain.contains(#"tooltip="聚乙烯醇(PVA)醇解 → 高强PVA纤维 · 下游""#))
    }

    @Test("a title with the map's name, the view and as_of, and a legend, on every view")
    func titleAndLegend() throws {
        let map = try ViewsFixtures.tiny()
        for view in [MapView.overview, .chain(id: "tea"), .ego(focus: "teaco", hops: 1), .full] {
            let graph = try MapViews.graph(view, of: map)
            let label = graph.graphAttributes["label"]?.sortKey ?? ""
            #expect(label.contains("示例县产业链核心技术创新图谱"))
            #expect(label.contains("截至 2024-12"))
            #expect(graph.subgraphs.contains { $0.id == "cluster_legend;" })
            #expect(graph.graphAttributes["fontname"] == "Noto Sans CJK SC")
            #expect(graph.nodeDefaults["fontname"] == "Noto Sans CJK SC")
            #expect(graph.edgeDefaults["fontname"] == "Noto Sans CJK SC")
        }
        let english = MapViews.overview(map, options: ViewOptions(language: .en))
        #expect(english.graphAttributes["label"]?.sortKey.contains("Example county map") == true)
        #expect(english.graphAttributes["label"]?.sortKey.contains("as of 2024-12") == true)
    }

    @Test("--lang en uses name_en where present, Chinese otherwise")
    func english() throws {
        let dot = try MapViews.chain(try ViewsFixtures.tiny(), id: "tea", options: ViewOptions(language: .en)).render()
        #expect(ViewsFixtures.nodeLine("theaflavin", in: dot).contains("Enzymatic theaflavin"))
        #expect(ViewsFixtures.nodeLine("teaco", in: dot).contains("Example Tea"))
        #expect(ViewsFixtures.nodeLine("tea-garden", in: dot).contains("茶园种植"))  // no name_en
        #expect(ViewsFixtures.nodeLine("tea-garden", in: dot).contains("firms 1 · high-tech 1 · platforms 0"))
    }

    @Test("records resting only on `assumed` are drawn lighter")
    func assumedIsLighter() throws {
        let line = ViewsFixtures.nodeLine("theaflavin", in: try MapViews.chain(try ViewsFixtures.tiny(), id: "tea").render())
        #expect(line.contains("assumed"))
        #expect(line.contains("fontcolor=\"gray60\""))
        #expect(line.contains("dashed"))
        // Partly assumed is not assumed: Xupu's xiangwei cites the report too.
        let xupu = try MapViews.chain(try ViewsFixtures.xupu(), id: "pva").render()
        #expect(!ViewsFixtures.nodeLine("xiangwei", in: xupu).contains("assumed"))
    }

    @Test("an unknown chain or focus is an error with a did-you-mean")
    func unknownIDs() throws {
        let map = try ViewsFixtures.tiny()
        #expect(throws: ViewError.unknownChain(id: "taa", suggestion: map.suggestion(forUnknownID: "taa"))) {
            try MapViews.chain(map, id: "taa")
        }
        #expect(map.suggestion(forUnknownID: "taa")?.contains("tea") == true)
        #expect(throws: ViewError.unknownFocus(id: "teaco2", suggestion: map.suggestion(forUnknownID: "teaco2"))) {
            try MapViews.ego(map, focus: "teaco2")
        }
        #expect(throws: ViewError.negativeHops(-1)) { try MapViews.ego(map, focus: "teaco", hops: -1) }
        #expect(ViewError.unknownChain(id: "taa", suggestion: "did you mean \"tea\"?").description
            == "no chain has the id \"taa\"; hint: did you mean \"tea\"?")
    }
}

@Suite("Views: ego neighbourhoods")
struct ViewsEgoTests {
    private func ids(_ graph: DOTGraph) -> Set<String> {
        Set(graph.nodes.map(\.id).filter { !$0.contains(";") })
    }

    @Test("hops 0 is the focus alone; 1 its neighbours both ways; 2 theirs")
    func breadthFirst() throws {
        let map = try ViewsFixtures.tiny()
        #expect(ids(try MapViews.ego(map, focus: "liu", hops: 0)) == ["liu"])
        // liu: masters theaflavin, affiliated with agri-uni, serves teaco.
        #expect(ids(try MapViews.ego(map, focus: "liu", hops: 1)) == ["liu", "theaflavin", "agri-uni", "teaco"])
        // tea-extract: contained in tea, fed by tea-processing, needs theaflavin, concerned by d-extract.
        #expect(ids(try MapViews.ego(map, focus: "tea-extract")) == ["tea-extract", "tea", "tea-processing", "theaflavin", "d-extract"])
        let two = ids(try MapViews.ego(map, focus: "liu", hops: 2))
        #expect(two.isSuperset(of: ["d-extract", "tea-center", "tea-garden", "tea-breeding", "tea-extract"]))
        #expect(!two.contains("comm-county"))
    }

    @Test("the focus is marked; ties pointing back are drawn from the nearer end")
    func focusAndDirection() throws {
        let graph = try MapViews.ego(try ViewsFixtures.tiny(), focus: "teaco")
        let focus = graph.nodes.first { $0.id == "teaco" }
        #expect(focus?.attributes["penwidth"] == 3)
        #expect(focus?.attributes["class"] == "enterprise local focus")
        let serves = graph.edges.first { $0.attributes["id"] == "liu;serves;teaco" }
        #expect(serves?.from == "teaco")
        #expect(serves?.to == "liu")
        #expect(serves?.attributes["dir"] == "back")
    }
}

@Suite("Views: full view and its aggregation")
struct ViewsFullTests {
    @Test("below the threshold: dot, every record, the 400 documented")
    func small() throws {
        #expect(MapViews.fullViewThreshold == 400)
        let map = try ViewsFixtures.tiny()
        let graph = MapViews.full(map)
        #expect(MapViews.engine(of: graph) == .dot)
        let drawn = Set(graph.allNodes.map(\.id))
        for node in map.nodes where node.kind != .chain { #expect(drawn.contains(node.id), "\(node.id)") }
    }

    @Test("above the threshold: sfdp and one node per segment's enterprises")
    func large() throws {
        let map = try ViewsFixtures.xupu()
        let graph = MapViews.full(map, threshold: 10)
        #expect(MapViews.engine(of: graph) == .sfdp)
        #expect(graph.graphAttributes["layout"] == "sfdp")
        let drawn = Set(graph.allNodes.map(\.id))
        for enterprise in map.organizations where enterprise.kind == .enterprise {
            #expect(!drawn.contains(enterprise.id), "\(enterprise.id) is folded")
        }
        // herbal-saponin: aokang, shishangkang, wenli.
        let saponin = graph.nodes.first { $0.id == "enterprises;herbal-saponin" }
        #expect(saponin?.attributes["label"]?.sortKey.contains("3 家企业") == true)
        #expect(saponin?.attributes["class"] == "enterprise aggregate")
        // Enterprises with no segment (hongxin, zhuhua, yineng, nana, the pooled stone firms) share one node.
        let none = graph.nodes.first { $0.id == "enterprises;" }
        #expect(none?.attributes["label"]?.sortKey.contains("5 家企业") == true)
        // Ties follow the fold: xp-kjj serves hongxin → the unassigned aggregate.
        #expect(graph.edges.contains { $0.from == "xp-kjj" && $0.to == "enterprises;" })
        #expect(graph.edges.contains { $0.from == "enterprises;herbal-saponin" && $0.to == "herbal-saponin" })
        // Every edge ends at a drawn node.
        for edge in graph.edges { #expect(drawn.contains(edge.from) && drawn.contains(edge.to), "\(edge.from) -> \(edge.to)") }
    }
}

@Suite("Views: overlays")
struct ViewsOverlayTests {
    @Test("gaps on the tiny map: tea-extract is missing, the others weak, one technology uncovered")
    func gapsComputed() throws {
        let gaps = GapOverlay.compute(try ViewsFixtures.tiny())
        #expect(gaps.missingSegments == ["tea-extract"])
        #expect(gaps.weakSegments == ["tea-garden", "tea-processing"])
        // Only agri-uni (province) masters tea-breeding; theaflavin is covered by liu, who serves the local teaco.
        #expect(gaps.uncovered == [.init(segment: "tea-garden", technologies: ["tea-breeding"])])
        #expect(gaps.uncoveredTechnologies == ["tea-breeding"])
        // The overlay and `chainmap gaps` are one analysis.
        let analysis = GapAnalysis.find(in: try ViewsFixtures.tiny(), kinds: [.uncoveredTechnology])
        #expect(analysis.map(\.subject) == gaps.uncoveredTechnologies)
    }

    @Test("the gaps overlay draws the missing segment dashed red, weak ones orange, placeholders for uncovered")
    func gapsDrawn() throws {
        let dot = MapViews.overview(try ViewsFixtures.tiny(), options: ViewOptions(overlays: [.gaps])).render()
        let missing = ViewsFixtures.nodeLine("tea-extract", in: dot)
        #expect(missing.contains("class=\"segment gap-missing\""))
        #expect(missing.contains("color=\"#d62728\""))
        #expect(missing.contains("style=\"rounded,filled,dashed\""))
        let weak = ViewsFixtures.nodeLine("tea-garden", in: dot)
        #expect(weak.contains("gap-weak") && weak.contains("color=\"#ff8c00\""))
        let placeholder = ViewsFixtures.nodeLine("tea-breeding", in: dot)
        #expect(placeholder.contains("gap-uncovered") && placeholder.contains("dashed") && placeholder.contains("#d62728"))
        #expect(dot.contains("\"tea-garden\" -> \"tea-breeding\" [arrowhead=\"none\", class=\"needs gap-uncovered\""))
        #expect(!dot.contains("\"tea-processing-tech\" ["))  // covered by teaco: no placeholder
        #expect(dot.contains("\"legend;gap-missing\""))
        // The chain view marks the same records.
        let chain = try MapViews.chain(try ViewsFixtures.tiny(), id: "tea", options: ViewOptions(overlays: [.gaps])).render()
        #expect(ViewsFixtures.nodeLine("tea-extract", in: chain).contains("gap-missing"))
        #expect(ViewsFixtures.nodeLine("tea-breeding", in: chain).contains("gap-uncovered"))
    }

    @Test("candidates: existing partners are not drawn as new candidates; the overlay is `candidates`' ranking")
    func candidatesSkipTies() throws {
        // agri-uni cooperates with teaco and liu serves it: both master theaflavin, so both are existing partners.
        let map = try ViewsFixtures.tiny()
        let overlay = CandidateOverlay.compute(map).candidates
        #expect(overlay.isEmpty)
        let subject = CandidateRanking(map: map).rank(demand: map.demands[0], top: 3)
        #expect(subject.partners.map(\.id) == ["agri-uni", "liu"])
        #expect(overlay.map(\.score) == subject.candidates.map(\.score))
        var untied = map
        untied.relations = []
        for index in untied.experts.indices { untied.experts[index].serves = [] }
        #expect(CandidateOverlay.compute(untied).candidates.map(\.score) == CandidateRanking(map: untied).rank(demand: untied.demands[0], top: 3).candidates.map(\.score))
    }

    @Test("candidates: technologies inferred from the title, best 3, drawn dashed with the score")
    func candidatesScored() throws {
        var map = try ViewsFixtures.tiny()
        map.relations = []
        for index in map.experts.indices { map.experts[index].serves = [] }
        let candidates = CandidateOverlay.compute(map).candidates  // 茶黄素 in the title → theaflavin
        #expect(Set(candidates.map(\.candidate)) == ["agri-uni", "liu"])
        #expect(candidates.allSatisfy { $0.demand == "d-extract" && $0.score > 0 && $0.technologies == ["theaflavin"] })

        // A second shared technology lifts a candidate; a fourth candidate is cut.
        map.demands[0].technologies = ["theaflavin", "tea-breeding"]
        map.organizations.append(Organization(
            id: "x-inst", kind: .institute, name: "某研究所", location: .national, technologies: ["theaflavin"],
            provenance: Provenance(parsing: "report")))
        map.organizations.append(Organization(
            id: "a-local", kind: .university, name: "本地学院", location: .county, technologies: ["theaflavin"],
            provenance: Provenance(parsing: "report")))
        let ranked = CandidateOverlay.compute(map).candidates
        // agri-uni masters both; liu's field 茶学 covers tea-breeding (the field part), which lifts it above a-local;
        // x-inst (national) is cut.
        #expect(ranked.map(\.candidate) == ["agri-uni", "liu", "a-local"])
        #expect(ranked.map(\.score) == ranked.map(\.score).sorted(by: >))

        let dot = try MapViews.chain(map, id: "tea", options: ViewOptions(overlays: [.candidates])).render()
        #expect(dot.contains(
            "\"agri-uni\" -> \"d-extract\" [class=\"candidate\", color=\"#1f5fbf\", constraint=\"false\", fontcolor=\"#1f5fbf\", id=\"agri-uni;candidate;d-extract\", penwidth=\"1.4\", style=\"dashed\", tooltip=\"茶树良种选育, 茶黄素酶法制备\", xlabel=\"候选 \(NumberFormatting.rounded(ranked[0].score))\"]"))
        #expect(dot.contains("\"legend;candidate\""))
        // The overview has no demands: the overlay brings them, and the candidates, in.
        let overview = MapViews.overview(map, options: ViewOptions(overlays: [.candidates])).render()
        #expect(ViewsFixtures.nodeLine("d-extract", in: overview).contains("class=\"demand overlay-candidates\""))
        #expect(overview.contains("\"d-extract\" -> \"tea-extract\""))
        #expect(overview.contains("id=\"liu;candidate;d-extract\""))
    }
}

@Suite("Views: label wrapping")
struct ViewsWrapTests {
    @Test("long Chinese names wrap at about 10 characters, balanced, never starting a line with punctuation")
    func chinese() {
        #expect(ViewText.wrap("茶园种植") == ["茶园种植"])
        #expect(ViewText.wrap("石英原料矿床评价与分级") == ["石英原料矿床", "评价与分级"])
        #expect(ViewText.wrap("硅质原矿(石英砂岩、石英岩、脉石英)") == ["硅质原矿(石英砂岩、", "石英岩、脉石英)"])
        for name in ["硅砂选矿(破碎、擦洗、浮选、磁选、酸浸除铁)", "黄精药食同源产品(茶、酒、膏、即食、化妆品)",
                     "茶叶深加工(速溶茶;儿茶素/EGCG、茶氨酸、茶黄素提取)", "国家植物功能成分利用工程技术研究中心"] {
            let lines = ViewText.wrap(name)
            #expect(lines.joined() == name)
            #expect(lines.allSatisfy { !"、，。）)；：".contains($0.first ?? " ") }, "\(lines)")
            #expect(lines.allSatisfy { !"(（".contains($0.last ?? " ") }, "\(lines)")
            #expect(lines.allSatisfy { $0.count <= 12 }, "\(lines)")
        }
    }

    @Test("Latin words stay whole; English wraps at spaces")
    func latin() {
        #expect(ViewText.wrap("磁选酸浸除铁(低铁砂Fe2O3低于150ppm)").contains { $0.contains("Fe2O3") })
        #expect(ViewText.wrap("Low-iron sand for PV and ultra-white glass", width: 26) == ["Low-iron sand for PV", "and ultra-white glass"])
    }
}

/// The DOT text of each view of Tests/ChainMapTests/Fixtures/tiny, as reviewed.
enum PinnedViews {
    static let overview = ##"""
        digraph "tiny" {
          graph [bgcolor="white", fontname="Noto Sans CJK SC", fontsize="12", label=<<FONT POINT-SIZE="20"><B>示例县产业链核心技术创新图谱</B></FONT><BR/><FONT POINT-SIZE="12">产业链总览 · 截至 2024-12</FONT>>, labelloc="t", layout="dot", nodesep="0.3", pad="0.3", rankdir="LR", ranksep="0.45"];
          node [color="#777777", fillcolor="white", fontname="Noto Sans CJK SC", fontsize="11", margin="0.12,0.06", shape="box", style="rounded,filled"];
          edge [arrowsize="0.6", color="#777777", fontcolor="#555555", fontname="Noto Sans CJK SC", fontsize="9"];
          subgraph "cluster_legend;" {
            graph [class="legend", color="#bbbbbb", fontsize="11", id="legend;", label=<<B>图例</B>>, labeljust="l", margin="12", style="rounded", tooltip="图例"];
            "legend;segment" [class="legend segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="9", id="legend;segment", label=<环节>];
          }
          subgraph "cluster_tea" {
            graph [class="chain", color="#9bb7d4", fontsize="13", id="tea", label=<<B>茶叶</B>>, labeljust="l", margin="12", style="rounded", tooltip="茶叶"];
            "tea-garden" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-garden", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶园种植</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="茶园种植 · 环节"];
            "tea-processing" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-processing", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>初制加工</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 1</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="初制加工 · 环节"];
            "tea-extract" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-extract", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>深加工提取</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 0 · 高企 0 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="深加工提取 · 环节"];
          }
          "tea-garden" -> "tea-processing" [arrowsize="0.8", class="next", color="#3b6ea5", id="tea-garden;next;tea-processing", penwidth="1.6", tooltip="茶园种植 → 初制加工 · 下游"];
          "tea-processing" -> "tea-extract" [arrowsize="0.8", class="next", color="#3b6ea5", id="tea-processing;next;tea-extract", penwidth="1.6", tooltip="初制加工 → 深加工提取 · 下游"];
        }

        """##

    static let chainTea = ##"""
        digraph "tiny" {
          graph [bgcolor="white", fontname="Noto Sans CJK SC", fontsize="12", label=<<FONT POINT-SIZE="20"><B>示例县产业链核心技术创新图谱</B></FONT><BR/><FONT POINT-SIZE="12">产业链图谱：茶叶 · 截至 2024-12</FONT>>, labelloc="t", layout="dot", newrank="true", nodesep="0.18", pad="0.3", rankdir="LR", ranksep="0.6"];
          node [color="#777777", fillcolor="white", fontname="Noto Sans CJK SC", fontsize="11", margin="0.12,0.06", shape="box", style="rounded,filled"];
          edge [arrowsize="0.6", color="#777777", fontcolor="#555555", fontname="Noto Sans CJK SC", fontsize="9"];
          subgraph "cluster_legend;" {
            graph [class="legend", color="#bbbbbb", fontsize="11", id="legend;", label=<<B>图例</B>>, labeljust="l", margin="12", style="rounded", tooltip="图例"];
            "legend;segment" [class="legend segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="9", id="legend;segment", label=<环节>];
            "legend;technology" [class="legend technology", color="#b58900", fillcolor="#fff4cc", fontsize="9", id="legend;technology", label=<核心技术>, style="filled"];
            "legend;enterprise" [class="legend enterprise", color="#4b8b3b", fillcolor="#e3f1dc", fontsize="9", id="legend;enterprise", label=<企业>];
            "legend;university" [class="legend university", color="#6c4f9c", fillcolor="#ebe3f5", fontsize="9", id="legend;university", label=<高校>];
            "legend;platform" [class="legend platform", color="#c0652b", fillcolor="#fde3cf", fontsize="9", id="legend;platform", label=<创新平台>, shape="box3d", style="filled"];
            "legend;expert" [class="legend expert", color="#2a8c88", fillcolor="#d8f0ef", fontsize="9", id="legend;expert", label=<专家/特派员>];
            "legend;demand" [class="legend demand", color="#b03a66", fillcolor="#fbe1ea", fontsize="9", id="legend;demand", label=<技术需求>, shape="note", style="filled"];
            "legend;chokepoint" [class="legend chokepoint", color="#a61b1b", fillcolor="#fff4cc", fontsize="9", id="legend;chokepoint", label=<卡脖子>, peripheries="2", style="filled"];
            "legend;assumed" [class="legend assumed", color="gray60", fillcolor="#f7f7f7", fontcolor="gray60", fontsize="9", id="legend;assumed", label=<推定（无来源）>, style="rounded,filled,dashed"];
            "legend;segment" -> "legend;technology" [style="invis"];
            "legend;technology" -> "legend;enterprise" [style="invis"];
            "legend;university" -> "legend;platform" [style="invis"];
            "legend;platform" -> "legend;expert" [style="invis"];
            "legend;demand" -> "legend;chokepoint" [style="invis"];
            "legend;chokepoint" -> "legend;assumed" [style="invis"];
          }
          subgraph "cluster_column;tea-garden" {
            graph [class="segment-column", color="#c8d6e5", fontcolor="#666666", fontsize="10", id="column;tea-garden", label=<上游>, labeljust="l", margin="12", style="rounded", tooltip="上游"];
            subgraph "rank;tea-garden" {
              graph [rank="same"];
              "tea-garden" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-garden", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶园种植</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="茶园种植 · 环节"];
              "tea-breeding" [class="technology", color="#b58900", fillcolor="#fff4cc", id="tea-breeding", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶树良种选育</TD></TR></TABLE>>, style="filled", tooltip="茶树良种选育 · 核心技术"];
              "teaco" [class="enterprise local", color="#4b8b3b", fillcolor="#e3f1dc", id="teaco", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>示例茶业</TD></TR><TR><TD><FONT POINT-SIZE="9">高企 · 规上</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="示例茶业 · 企业"];
              "liu" [class="expert local", color="#2a8c88", fillcolor="#d8f0ef", id="liu", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>刘专家</TD></TR></TABLE>>, style="rounded,filled", tooltip="刘专家 · 专家/特派员"];
            }
          }
          subgraph "cluster_column;tea-processing" {
            graph [class="segment-column", color="#c8d6e5", fontcolor="#666666", fontsize="10", id="column;tea-processing", label=<中游>, labeljust="l", margin="12", style="rounded", tooltip="中游"];
            subgraph "rank;tea-processing" {
              graph [rank="same"];
              "tea-processing" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-processing", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>初制加工</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 1</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="初制加工 · 环节"];
              "tea-processing-tech" [class="technology", color="#b58900", fillcolor="#fff4cc", id="tea-processing-tech", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶叶初制工艺</TD></TR></TABLE>>, style="filled", tooltip="茶叶初制工艺 · 核心技术"];
              "tea-center" [class="platform local", color="#c0652b", fillcolor="#fde3cf", id="tea-center", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶叶工程技术研究中心</TD></TR></TABLE>>, shape="box3d", style="filled", tooltip="茶叶工程技术研究中心 · 创新平台"];
            }
          }
          subgraph "cluster_column;tea-extract" {
            graph [class="segment-column", color="#c8d6e5", fontcolor="#666666", fontsize="10", id="column;tea-extract", label=<下游>, labeljust="l", margin="12", style="rounded", tooltip="下游"];
            subgraph "rank;tea-extract" {
              graph [rank="same"];
              "tea-extract" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-extract", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>深加工提取</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 0 · 高企 0 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="深加工提取 · 环节"];
              "theaflavin" [class="technology chokepoint assumed", color="gray60", fillcolor="#f7f7f7", fontcolor="gray60", id="theaflavin", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶黄素酶法制备</TD></TR><TR><TD><FONT POINT-SIZE="9">卡脖子</FONT></TD></TR></TABLE>>, peripheries="2", style="filled,dashed", tooltip="茶黄素酶法制备 · 核心技术"];
              "d-extract" [class="demand", color="#b03a66", fillcolor="#fbe1ea", id="d-extract", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶黄素提取工艺</TD></TR><TR><TD>开发, 提高得率</TD></TR><TR><TD><FONT POINT-SIZE="9">待解决</FONT></TD></TR></TABLE>>, shape="note", style="filled", tooltip="茶黄素提取工艺开发, 提高得率 · 技术需求"];
            }
          }
          subgraph "outside-rank;tea-garden" {
            graph [rank="same"];
            "tea-garden";
            "agri-uni";
          }
          "agri-uni" [class="university outside", color="#6c4f9c", fillcolor="#ebe3f5", id="agri-uni", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>湖南农业大学</TD></TR><TR><TD><FONT POINT-SIZE="9">省内</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="湖南农业大学 · 高校"];
          "agri-uni" -> "tea-breeding" [class="masters", color="#b58900", constraint="false", id="agri-uni;masters;tea-breeding", style="dotted", tooltip="湖南农业大学 → 茶树良种选育 · 掌握"];
          "agri-uni" -> "theaflavin" [class="masters", color="#b58900", constraint="false", id="agri-uni;masters;theaflavin", style="dotted", tooltip="湖南农业大学 → 茶黄素酶法制备 · 掌握"];
          "liu" -> "agri-uni" [class="affiliated-with", color="#6c4f9c", constraint="false", id="liu;affiliated-with;agri-uni", tooltip="刘专家 → 湖南农业大学 · 隶属", xlabel="隶属"];
          "liu" -> "theaflavin" [class="masters", color="#b58900", constraint="false", id="liu;masters;theaflavin", style="dotted", tooltip="刘专家 → 茶黄素酶法制备 · 掌握"];
          "liu" -> "teaco" [class="serves", color="#6c4f9c", constraint="false", id="liu;serves;teaco", tooltip="刘专家 → 示例茶业 · 服务", xlabel="服务"];
          "tea-garden" -> "tea-processing" [arrowsize="0.8", class="next", color="#3b6ea5", id="tea-garden;next;tea-processing", penwidth="1.6", tooltip="茶园种植 → 初制加工 · 下游"];
          "tea-processing" -> "tea-extract" [arrowsize="0.8", class="next", color="#3b6ea5", id="tea-processing;next;tea-extract", penwidth="1.6", tooltip="初制加工 → 深加工提取 · 下游"];
          "teaco" -> "agri-uni" [class="cooperates", color="#6c4f9c", constraint="false", id="teaco;cooperates;agri-uni", tooltip="示例茶业 → 湖南农业大学 · 合作", xlabel="合作"];
          "teaco" -> "tea-center" [class="hosts", color="#6c4f9c", constraint="false", id="teaco;hosts;tea-center", tooltip="示例茶业 → 茶叶工程技术研究中心 · 依托", xlabel="依托"];
          "teaco" -> "tea-processing-tech" [class="masters", color="#b58900", constraint="false", id="teaco;masters;tea-processing-tech", style="dotted", tooltip="示例茶业 → 茶叶初制工艺 · 掌握"];
          "teaco" -> "tea-processing" [class="operates-in", constraint="false", id="teaco;operates-in;tea-processing", tooltip="示例茶业 → 初制加工 · 从事"];
          "teaco" -> "d-extract" [class="posts", color="#b03a66", constraint="false", id="teaco;posts;d-extract", tooltip="示例茶业 → 茶黄素提取工艺开发, 提高得率 · 提出"];
        }

        """##

    static let egoTeaco = ##"""
        digraph "tiny" {
          graph [bgcolor="white", fontname="Noto Sans CJK SC", fontsize="12", label=<<FONT POINT-SIZE="20"><B>示例县产业链核心技术创新图谱</B></FONT><BR/><FONT POINT-SIZE="12">关系网络：示例茶业（1 跳） · 截至 2024-12</FONT>>, labelloc="t", layout="dot", nodesep="0.25", pad="0.3", rankdir="LR", ranksep="0.7"];
          node [color="#777777", fillcolor="white", fontname="Noto Sans CJK SC", fontsize="11", margin="0.12,0.06", shape="box", style="rounded,filled"];
          edge [arrowsize="0.6", color="#777777", fontcolor="#555555", fontname="Noto Sans CJK SC", fontsize="9"];
          subgraph "cluster_legend;" {
            graph [class="legend", color="#bbbbbb", fontsize="11", id="legend;", label=<<B>图例</B>>, labeljust="l", margin="12", style="rounded", tooltip="图例"];
            "legend;segment" [class="legend segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="9", id="legend;segment", label=<环节>];
            "legend;technology" [class="legend technology", color="#b58900", fillcolor="#fff4cc", fontsize="9", id="legend;technology", label=<核心技术>, style="filled"];
            "legend;enterprise" [class="legend enterprise", color="#4b8b3b", fillcolor="#e3f1dc", fontsize="9", id="legend;enterprise", label=<企业>];
            "legend;university" [class="legend university", color="#6c4f9c", fillcolor="#ebe3f5", fontsize="9", id="legend;university", label=<高校>];
            "legend;platform" [class="legend platform", color="#c0652b", fillcolor="#fde3cf", fontsize="9", id="legend;platform", label=<创新平台>, shape="box3d", style="filled"];
            "legend;expert" [class="legend expert", color="#2a8c88", fillcolor="#d8f0ef", fontsize="9", id="legend;expert", label=<专家/特派员>];
            "legend;demand" [class="legend demand", color="#b03a66", fillcolor="#fbe1ea", fontsize="9", id="legend;demand", label=<技术需求>, shape="note", style="filled"];
            "legend;segment" -> "legend;technology" [style="invis"];
            "legend;technology" -> "legend;enterprise" [style="invis"];
            "legend;university" -> "legend;platform" [style="invis"];
            "legend;platform" -> "legend;expert" [style="invis"];
          }
          "teaco" [class="enterprise local focus", color="#4b8b3b", fillcolor="#e3f1dc", id="teaco", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>示例茶业</TD></TR><TR><TD><FONT POINT-SIZE="9">高企 · 规上</FONT></TD></TR></TABLE>>, penwidth="3", style="rounded,filled", tooltip="示例茶业 · 企业"];
          "tea-garden" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-garden", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶园种植</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="茶园种植 · 环节"];
          "tea-processing" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-processing", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>初制加工</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 1</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="初制加工 · 环节"];
          "tea-processing-tech" [class="technology", color="#b58900", fillcolor="#fff4cc", id="tea-processing-tech", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶叶初制工艺</TD></TR></TABLE>>, style="filled", tooltip="茶叶初制工艺 · 核心技术"];
          "agri-uni" [class="university outside", color="#6c4f9c", fillcolor="#ebe3f5", id="agri-uni", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>湖南农业大学</TD></TR><TR><TD><FONT POINT-SIZE="9">省内</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="湖南农业大学 · 高校"];
          "tea-center" [class="platform local", color="#c0652b", fillcolor="#fde3cf", id="tea-center", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶叶工程技术研究中心</TD></TR></TABLE>>, shape="box3d", style="filled", tooltip="茶叶工程技术研究中心 · 创新平台"];
          "liu" [class="expert local", color="#2a8c88", fillcolor="#d8f0ef", id="liu", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>刘专家</TD></TR></TABLE>>, style="rounded,filled", tooltip="刘专家 · 专家/特派员"];
          "d-extract" [class="demand", color="#b03a66", fillcolor="#fbe1ea", id="d-extract", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶黄素提取工艺</TD></TR><TR><TD>开发, 提高得率</TD></TR><TR><TD><FONT POINT-SIZE="9">待解决</FONT></TD></TR></TABLE>>, shape="note", style="filled", tooltip="茶黄素提取工艺开发, 提高得率 · 技术需求"];
          "liu" -> "agri-uni" [class="affiliated-with", color="#6c4f9c", constraint="false", id="liu;affiliated-with;agri-uni", tooltip="刘专家 → 湖南农业大学 · 隶属", xlabel="隶属"];
          "tea-center" -> "tea-processing" [class="covers", constraint="false", id="tea-center;covers;tea-processing", tooltip="茶叶工程技术研究中心 → 初制加工 · 服务", xlabel="服务"];
          "tea-garden" -> "tea-processing" [arrowsize="0.8", class="next", color="#3b6ea5", constraint="false", id="tea-garden;next;tea-processing", penwidth="1.6", tooltip="茶园种植 → 初制加工 · 下游", xlabel="下游"];
          "tea-processing" -> "tea-processing-tech" [class="needs", color="#b58900", constraint="false", id="tea-processing;needs;tea-processing-tech", tooltip="初制加工 → 茶叶初制工艺 · 需要", xlabel="需要"];
          "teaco" -> "agri-uni" [class="cooperates", color="#6c4f9c", id="teaco;cooperates;agri-uni", tooltip="示例茶业 → 湖南农业大学 · 合作", xlabel="合作"];
          "teaco" -> "d-extract" [class="posts", color="#b03a66", id="teaco;posts;d-extract", tooltip="示例茶业 → 茶黄素提取工艺开发, 提高得率 · 提出", xlabel="提出"];
          "teaco" -> "liu" [class="serves", color="#6c4f9c", dir="back", id="liu;serves;teaco", tooltip="刘专家 → 示例茶业 · 服务", xlabel="服务"];
          "teaco" -> "tea-center" [class="hosts", color="#6c4f9c", id="teaco;hosts;tea-center", tooltip="示例茶业 → 茶叶工程技术研究中心 · 依托", xlabel="依托"];
          "teaco" -> "tea-garden" [class="operates-in", id="teaco;operates-in;tea-garden", tooltip="示例茶业 → 茶园种植 · 从事", xlabel="从事"];
          "teaco" -> "tea-processing" [class="operates-in", id="teaco;operates-in;tea-processing", tooltip="示例茶业 → 初制加工 · 从事", xlabel="从事"];
          "teaco" -> "tea-processing-tech" [class="masters", color="#b58900", id="teaco;masters;tea-processing-tech", style="dotted", tooltip="示例茶业 → 茶叶初制工艺 · 掌握", xlabel="掌握"];
        }

        """##

    static let full = ##"""
        digraph "tiny" {
          graph [bgcolor="white", fontname="Noto Sans CJK SC", fontsize="12", label=<<FONT POINT-SIZE="20"><B>示例县产业链核心技术创新图谱</B></FONT><BR/><FONT POINT-SIZE="12">全景图 · 截至 2024-12</FONT>>, labelloc="t", layout="dot", nodesep="0.2", pad="0.3", rankdir="LR", ranksep="0.8"];
          node [color="#777777", fillcolor="white", fontname="Noto Sans CJK SC", fontsize="11", margin="0.12,0.06", shape="box", style="rounded,filled"];
          edge [arrowsize="0.6", color="#777777", fontcolor="#555555", fontname="Noto Sans CJK SC", fontsize="9"];
          subgraph "cluster_legend;" {
            graph [class="legend", color="#bbbbbb", fontsize="11", id="legend;", label=<<B>图例</B>>, labeljust="l", margin="12", style="rounded", tooltip="图例"];
            "legend;segment" [class="legend segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="9", id="legend;segment", label=<环节>];
            "legend;technology" [class="legend technology", color="#b58900", fillcolor="#fff4cc", fontsize="9", id="legend;technology", label=<核心技术>, style="filled"];
            "legend;enterprise" [class="legend enterprise", color="#4b8b3b", fillcolor="#e3f1dc", fontsize="9", id="legend;enterprise", label=<企业>];
            "legend;university" [class="legend university", color="#6c4f9c", fillcolor="#ebe3f5", fontsize="9", id="legend;university", label=<高校>];
            "legend;platform" [class="legend platform", color="#c0652b", fillcolor="#fde3cf", fontsize="9", id="legend;platform", label=<创新平台>, shape="box3d", style="filled"];
            "legend;expert" [class="legend expert", color="#2a8c88", fillcolor="#d8f0ef", fontsize="9", id="legend;expert", label=<专家/特派员>];
            "legend;demand" [class="legend demand", color="#b03a66", fillcolor="#fbe1ea", fontsize="9", id="legend;demand", label=<技术需求>, shape="note", style="filled"];
            "legend;indicator" [class="legend indicator", color="#999999", fillcolor="#f4f4f4", fontsize="9", id="legend;indicator", label=<指标>, style="filled"];
            "legend;chokepoint" [class="legend chokepoint", color="#a61b1b", fillcolor="#fff4cc", fontsize="9", id="legend;chokepoint", label=<卡脖子>, peripheries="2", style="filled"];
            "legend;assumed" [class="legend assumed", color="gray60", fillcolor="#f7f7f7", fontcolor="gray60", fontsize="9", id="legend;assumed", label=<推定（无来源）>, style="rounded,filled,dashed"];
            "legend;segment" -> "legend;technology" [style="invis"];
            "legend;technology" -> "legend;enterprise" [style="invis"];
            "legend;university" -> "legend;platform" [style="invis"];
            "legend;platform" -> "legend;expert" [style="invis"];
            "legend;demand" -> "legend;indicator" [style="invis"];
            "legend;indicator" -> "legend;chokepoint" [style="invis"];
          }
          subgraph "cluster_tea" {
            graph [class="chain", color="#9bb7d4", fontsize="13", id="tea", label=<<B>茶叶</B>>, labeljust="l", margin="12", style="rounded", tooltip="茶叶"];
            "tea-garden" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-garden", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶园种植</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="茶园种植 · 环节"];
            "tea-processing" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-processing", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>初制加工</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 1 · 高企 1 · 平台 1</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="初制加工 · 环节"];
            "tea-extract" [class="segment", color="#3b6ea5", fillcolor="#dbe9f6", fontsize="12", id="tea-extract", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>深加工提取</TD></TR><TR><TD><FONT POINT-SIZE="9">企业 0 · 高企 0 · 平台 0</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="深加工提取 · 环节"];
          }
          subgraph "cluster_unlinked;" {
            graph [class="unlinked-group", color="#cccccc", fontsize="13", id="group;unlinked", label=<<B>无关联的记录与指标</B>>, labeljust="l", margin="12", style="rounded", tooltip="无关联的记录与指标"];
            "comm-county" [class="expert local", color="#2a8c88", fillcolor="#d8f0ef", id="comm-county", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>县级科技特派员</TD></TR><TR><TD><FONT POINT-SIZE="9">10 人</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="县级科技特派员 · 专家/特派员"];
            "rd-spending" [class="indicator", color="#999999", fillcolor="#f4f4f4", id="rd-spending", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>全社会研发经费投入</TD></TR><TR><TD><FONT POINT-SIZE="9">2023: 4.54 亿元</FONT></TD></TR></TABLE>>, style="filled", tooltip="全社会研发经费投入 · 指标"];
            "comm-county" -> "rd-spending" [style="invis"];
          }
          "tea-breeding" [class="technology", color="#b58900", fillcolor="#fff4cc", id="tea-breeding", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶树良种选育</TD></TR></TABLE>>, style="filled", tooltip="茶树良种选育 · 核心技术"];
          "tea-processing-tech" [class="technology", color="#b58900", fillcolor="#fff4cc", id="tea-processing-tech", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶叶初制工艺</TD></TR></TABLE>>, style="filled", tooltip="茶叶初制工艺 · 核心技术"];
          "theaflavin" [class="technology chokepoint assumed", color="gray60", fillcolor="#f7f7f7", fontcolor="gray60", id="theaflavin", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶黄素酶法制备</TD></TR><TR><TD><FONT POINT-SIZE="9">卡脖子</FONT></TD></TR></TABLE>>, peripheries="2", style="filled,dashed", tooltip="茶黄素酶法制备 · 核心技术"];
          "teaco" [class="enterprise local", color="#4b8b3b", fillcolor="#e3f1dc", id="teaco", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>示例茶业</TD></TR><TR><TD><FONT POINT-SIZE="9">高企 · 规上</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="示例茶业 · 企业"];
          "agri-uni" [class="university outside", color="#6c4f9c", fillcolor="#ebe3f5", id="agri-uni", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>湖南农业大学</TD></TR><TR><TD><FONT POINT-SIZE="9">省内</FONT></TD></TR></TABLE>>, style="rounded,filled", tooltip="湖南农业大学 · 高校"];
          "tea-center" [class="platform local", color="#c0652b", fillcolor="#fde3cf", id="tea-center", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶叶工程技术研究中心</TD></TR></TABLE>>, shape="box3d", style="filled", tooltip="茶叶工程技术研究中心 · 创新平台"];
          "liu" [class="expert local", color="#2a8c88", fillcolor="#d8f0ef", id="liu", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>刘专家</TD></TR></TABLE>>, style="rounded,filled", tooltip="刘专家 · 专家/特派员"];
          "d-extract" [class="demand", color="#b03a66", fillcolor="#fbe1ea", id="d-extract", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD>茶黄素提取工艺</TD></TR><TR><TD>开发, 提高得率</TD></TR><TR><TD><FONT POINT-SIZE="9">待解决</FONT></TD></TR></TABLE>>, shape="note", style="filled", tooltip="茶黄素提取工艺开发, 提高得率 · 技术需求"];
          "agri-uni" -> "tea-breeding" [class="masters", color="#b58900", id="agri-uni;masters;tea-breeding", style="dotted", tooltip="湖南农业大学 → 茶树良种选育 · 掌握"];
          "agri-uni" -> "theaflavin" [class="masters", color="#b58900", id="agri-uni;masters;theaflavin", style="dotted", tooltip="湖南农业大学 → 茶黄素酶法制备 · 掌握"];
          "d-extract" -> "tea-extract" [class="concerns", color="#b03a66", id="d-extract;concerns;tea-extract", tooltip="茶黄素提取工艺开发, 提高得率 → 深加工提取 · 涉及"];
          "liu" -> "agri-uni" [class="affiliated-with", color="#6c4f9c", constraint="false", id="liu;affiliated-with;agri-uni", tooltip="刘专家 → 湖南农业大学 · 隶属", xlabel="隶属"];
          "liu" -> "theaflavin" [class="masters", color="#b58900", id="liu;masters;theaflavin", style="dotted", tooltip="刘专家 → 茶黄素酶法制备 · 掌握"];
          "liu" -> "teaco" [class="serves", color="#6c4f9c", constraint="false", id="liu;serves;teaco", tooltip="刘专家 → 示例茶业 · 服务", xlabel="服务"];
          "tea-center" -> "tea-processing" [class="covers", id="tea-center;covers;tea-processing", tooltip="茶叶工程技术研究中心 → 初制加工 · 服务"];
          "tea-extract" -> "theaflavin" [class="needs", color="#b58900", id="tea-extract;needs;theaflavin", tooltip="深加工提取 → 茶黄素酶法制备 · 需要"];
          "tea-garden" -> "tea-breeding" [class="needs", color="#b58900", id="tea-garden;needs;tea-breeding", tooltip="茶园种植 → 茶树良种选育 · 需要"];
          "tea-garden" -> "tea-processing" [arrowsize="0.8", class="next", color="#3b6ea5", id="tea-garden;next;tea-processing", penwidth="1.6", tooltip="茶园种植 → 初制加工 · 下游"];
          "tea-processing" -> "tea-processing-tech" [class="needs", color="#b58900", id="tea-processing;needs;tea-processing-tech", tooltip="初制加工 → 茶叶初制工艺 · 需要"];
          "tea-processing" -> "tea-extract" [arrowsize="0.8", class="next", color="#3b6ea5", id="tea-processing;next;tea-extract", penwidth="1.6", tooltip="初制加工 → 深加工提取 · 下游"];
          "teaco" -> "agri-uni" [class="cooperates", color="#6c4f9c", constraint="false", id="teaco;cooperates;agri-uni", tooltip="示例茶业 → 湖南农业大学 · 合作", xlabel="合作"];
          "teaco" -> "tea-center" [class="hosts", color="#6c4f9c", constraint="false", id="teaco;hosts;tea-center", tooltip="示例茶业 → 茶叶工程技术研究中心 · 依托", xlabel="依托"];
          "teaco" -> "tea-processing-tech" [class="masters", color="#b58900", id="teaco;masters;tea-processing-tech", style="dotted", tooltip="示例茶业 → 茶叶初制工艺 · 掌握"];
          "teaco" -> "tea-garden" [class="operates-in", id="teaco;operates-in;tea-garden", tooltip="示例茶业 → 茶园种植 · 从事"];
          "teaco" -> "tea-processing" [class="operates-in", id="teaco;operates-in;tea-processing", tooltip="示例茶业 → 初制加工 · 从事"];
          "teaco" -> "d-extract" [class="posts", color="#b03a66", id="teaco;posts;d-extract", tooltip="示例茶业 → 茶黄素提取工艺开发, 提高得率 · 提出"];
        }

        """##
}
