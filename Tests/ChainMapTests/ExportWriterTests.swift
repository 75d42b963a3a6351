import Foundation
import Testing
@testable import ChainMap

/// Each export writer's bytes pinned on a map small enough to read: one chain of one segment, one technology,
/// two enterprises (one named with `&`, `<`, quotes and a control character) and one dated relation.
@Suite("export writers")
struct ExportWriterTests {
    static let map: InnovationMap = {
        let report = Provenance(parsing: "report §二")
        let segment = Segment(id: "s", chain: "c", name: "环节", stage: .upstream, technologies: ["t"], provenance: report)
        return InnovationMap(
            id: "m", name: "图谱", region: "县", asOf: PartialDate(year: 2024, month: 12),
            chains: [Chain(id: "c", name: "链", nameEN: "Chain", segments: [segment], provenance: report)],
            technologies: [Technology(id: "t", name: "技术", provenance: Provenance(parsing: "assumed"))],
            organizations: [
                Organization(id: "a", kind: .enterprise, name: "A&B <\"甲\">\u{1}'", location: .county, segments: ["s"], provenance: report),
                Organization(id: "b", kind: .university, name: "大学\n二部", location: .province, provenance: Provenance(parsing: "report; web")),
            ],
            relations: [Relation(from: "a", to: "b", type: .cooperates, since: PartialDate(year: 2021), note: "合作 \"研发\"", provenance: report)])
    }()

    static func text(_ body: (ByteWriter) throws -> Void) throws -> String {
        String(decoding: try ByteWriter.collect(body), as: UTF8.self)
    }

    @Test("XML escaping: entities, tab/newline/CR as references, forbidden controls and U+FFFE as U+FFFD")
    func xmlEscaping() {
        #expect(XMLText.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(XMLText.escaped("x\ty\nz\r") == "x&#9;y&#10;z&#13;")
        #expect(XMLText.escaped("\u{0}\u{1}\u{B}\u{1F}ok\u{FFFE}\u{FFFF}") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}ok\u{FFFD}\u{FFFD}")
        #expect(XMLText.escaped("湖南 溆浦 \u{FFFD} \u{7F}") == "湖南 溆浦 \u{FFFD} \u{7F}")
        #expect(XMLText.escaped("") == "")
    }

    @Test("the export graph: every record, every tie with its type, origin and since")
    func graph() {
        let graph = ExportGraph(map: Self.map)
        #expect(graph.nodes.map(\.id) == ["c", "s", "t", "a", "b"])
        #expect(graph.nodes[3].chains == ["c"] && graph.nodes[3].segments == ["s"])
        #expect(graph.nodes[2].segments == ["s"] && graph.nodes[2].sources == ["assumed"])
        #expect(graph.nodes[4].sources == ["report", "web"])
        #expect(graph.edges.map { "\($0.from)>\($0.to):\($0.type.rawValue):\($0.origin)" }
            == ["c>s:contains:record", "s>t:needs:record", "a>s:operates-in:record", "a>b:cooperates:relation"])
        #expect(graph.edges.map { $0.since?.description ?? "" } == ["", "", "", "2021"])
        #expect(graph.edges.map(\.index) == [0, 1, 2, 3])
    }

    @Test("GraphML: declared keys, escaped names, directed edges")
    func graphML() throws {
        let text = try Self.text { try GraphMLWriter.write(ExportGraph(map: Self.map), to: $0) }
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
        #expect(text.contains("  <key id=\"n_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"))
        #expect(text.contains("  <key id=\"e_since\" for=\"edge\" attr.name=\"since\" attr.type=\"string\"/>\n"))
        #expect(text.contains("  <graph id=\"m\" edgedefault=\"directed\">\n"))
        #expect(text.contains("    <node id=\"a\"><data key=\"n_kind\">enterprise</data><data key=\"n_name\">A&amp;B &lt;&quot;甲&quot;&gt;\u{FFFD}&apos;</data><data key=\"n_chains\">c</data><data key=\"n_segments\">s</data><data key=\"n_sources\">report</data><data key=\"n_source\">report §二</data></node>\n"))
        #expect(text.contains("<data key=\"n_name\">大学&#10;二部</data>"))
        #expect(text.contains("    <edge id=\"e3\" source=\"a\" target=\"b\"><data key=\"e_type\">cooperates</data><data key=\"e_since\">2021</data><data key=\"e_origin\">relation</data><data key=\"e_sources\">report</data><data key=\"e_note\">合作 &quot;研发&quot;</data></edge>\n"))
        #expect(text.hasSuffix("  </graph>\n</graphml>\n"))
    }

    @Test("GEXF 1.3: dynamic graph, since as the edge's start date, label is the name")
    func gexf() throws {
        let text = try Self.text { try GEXFWriter.write(ExportGraph(map: Self.map), to: $0) }
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(text.contains("version=\"1.3\">"))
        #expect(text.contains("<meta lastmodifieddate=\"2024-12-01\">"))
        #expect(text.contains("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"))
        #expect(text.contains("      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"))
        #expect(text.contains("      <node id=\"a\" label=\"A&amp;B &lt;&quot;甲&quot;&gt;\u{FFFD}&apos;\"><attvalues><attvalue for=\"0\" value=\"enterprise\"/><attvalue for=\"2\" value=\"c\"/><attvalue for=\"3\" value=\"s\"/><attvalue for=\"4\" value=\"report\"/><attvalue for=\"5\" value=\"report §二\"/></attvalues></node>\n"))
        #expect(text.contains("      <edge id=\"e3\" source=\"a\" target=\"b\" kind=\"cooperates\" label=\"cooperates\" start=\"2021-01-01\"><attvalues><attvalue for=\"0\" value=\"cooperates\"/><attvalue for=\"1\" value=\"2021\"/>"))
        #expect(text.contains("      <edge id=\"e0\" source=\"c\" target=\"s\" kind=\"contains\" label=\"contains\"><attvalues>"))
        #expect(text.contains("<nodes count=\"5\">") && text.contains("<edges count=\"4\">"))
        #expect(text.hasSuffix("    </edges>\n  </graph>\n</gexf>\n"))
    }

    @Test("node-link JSON: NetworkX 3.4 keys, a directed multigraph, valid JSON with the names intact")
    func nodeLink() throws {
        let bytes = try ByteWriter.collect { try NodeLinkWriter.write(ExportGraph(map: Self.map), to: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\"directed\": true, \"multigraph\": true, \"graph\": {\"id\": \"m\", \"name\": \"图谱\", \"as_of\": \"2024-12\"},\n\"nodes\": [\n"))
        #expect(text.contains("{\"id\": \"a\", \"kind\": \"enterprise\", \"name\": \"A&B <\\\"甲\\\">\\u0001'\", \"name_en\": \"\", \"chains\": [\"c\"], \"segments\": [\"s\"], \"sources\": [\"report\"], \"source\": \"report §二\"}"))
        #expect(text.contains("{\"source\": \"a\", \"target\": \"b\", \"key\": \"e3\", \"type\": \"cooperates\", \"since\": \"2021\", \"origin\": \"relation\", \"sources\": [\"report\"], \"note\": \"合作 \\\"研发\\\"\"}\n]}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.count == 5)
        #expect(nodes[3]["name"] as? String == "A&B <\"甲\">\u{1}'")
        #expect(nodes[4]["name"] as? String == "大学\n二部")
        #expect((object["edges"] as? [Any])?.count == 4)
    }

    @Test("chainmap JSON carries its schema tag and the same records")
    func mapJSON() throws {
        let bytes = try ByteWriter.collect { try MapJSONWriter.write(ExportGraph(map: Self.map), to: $0) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["schema"] as? String == "chainmap/export@1")
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.map { $0["id"] as? String ?? "" } == ["e0", "e1", "e2", "e3"])
        #expect(edges[0]["since"] == nil && edges[3]["since"] as? String == "2021")
    }

    @Test("csv folder: Gephi/Kumu headers, quoted cells")
    func tables() throws {
        let graph = ExportGraph(map: Self.map)
        let nodes = try Self.text { try TableExportWriter.write(graph, file: "nodes.csv", to: $0) }
        let edges = try Self.text { try TableExportWriter.write(graph, file: "edges.csv", to: $0) }
        #expect(nodes.hasPrefix("Id,Label,kind,name_en,chains,segments,sources,source\nc,链,chain,Chain,c,,report,report §二\n"))
        #expect(nodes.contains("\nb,\"大学\n二部\",university,,,,report;web,report; web\n"))
        #expect(edges == #"""
            Id,Source,Target,Type,Label,relation,since,origin,sources,note
            e0,c,s,Directed,contains,contains,,record,report,
            e1,s,t,Directed,needs,needs,,record,report,
            e2,a,s,Directed,operates-in,operates-in,,record,report,
            e3,a,b,Directed,cooperates,cooperates,2021,relation,report,"合作 ""研发"""

            """#)
    }

    @Test("neo4j folder: import headers, labels, relationship types and the command")
    func neo4j() throws {
        let graph = ExportGraph(map: Self.map)
        let nodes = try Self.text { try Neo4jWriter.write(graph, file: "nodes.csv", to: $0) }
        let relationships = try Self.text { try Neo4jWriter.write(graph, file: "relationships.csv", to: $0) }
        #expect(nodes.hasPrefix("id:ID,:LABEL,kind,name,name_en,chains:string[],segments:string[],sources:string[],source\nc,Chain,chain,链,Chain,c,,report,report §二\n"))
        #expect(nodes.contains("\na,Organization;Enterprise,enterprise,"))
        #expect(relationships == #"""
            :START_ID,:END_ID,:TYPE,since,origin,sources:string[],note
            c,s,CONTAINS,,record,report,
            s,t,NEEDS,,record,report,
            a,s,OPERATES_IN,,record,report,
            a,b,COOPERATES,2021,relation,report,"合作 ""研发"""

            """#)
        #expect(Neo4jWriter.importCommand(folder: "out/neo4j/") == "neo4j-admin database import full --nodes=out/neo4j/nodes.csv --relationships=out/neo4j/relationships.csv --array-delimiter=\";\" --multiline-fields=true neo4j")
        #expect(Neo4jWriter.importCommand(folder: "my map").hasPrefix("neo4j-admin database import full --nodes='my map/nodes.csv' "))
    }

    @Test("the buffered writer hands over every byte in order, across many flushes")
    func writerBuffers() throws {
        final class Box { var chunks: [[UInt8]] = [] }
        let box = Box()
        let writer = ByteWriter(capacity: 64) { box.chunks.append($0) }
        for index in 0..<100 { try writer.write("行\(index);") }
        try writer.flush()
        #expect(box.chunks.count >= 8)
        let expected = (0..<100).map { "行\($0);" }.joined()
        #expect(String(decoding: box.chunks.flatMap { $0 }, as: UTF8.self) == expected)
        #expect(writer.count == expected.utf8.count)
    }
}
