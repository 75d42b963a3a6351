import Foundation
import Testing
@testable import ChainMap

/// ``RelationList`` behaves like `[Relation]`, and the walks that replace built arrays (``InnovationMap/forEachEdge(_:)``,
/// ``InnovationMap/forEachNode(_:)``, ``ExportGraph/Edges``) give what the arrays gave.
@Suite("relation list")
struct RelationListTests {
    static let report = Provenance(parsing: "report §二")
    static let sample: [Relation] = [
        Relation(from: "a", to: "b", type: .cooperates, since: PartialDate(year: 2021), note: "合作", provenance: report),
        Relation(from: "a", to: "c", type: .supplies, provenance: Provenance(parsing: "assumed")),
        Relation(from: "c", to: "b", type: .hires, since: PartialDate(year: 2020, month: 3), provenance: report),
        Relation(from: "b", to: "a", type: .funds, note: "基金", provenance: Provenance(parsing: "registry; assumed")),
    ]

    @Test("reads back what was appended, in order, equal to an array's")
    func roundTrip() {
        let list = RelationList(Self.sample)
        #expect(Array(list) == Self.sample)
        #expect(list.count == 4)
        #expect(list[2].since == PartialDate(year: 2020, month: 3))
        #expect(list[3].note == "基金")
        #expect(list[1].note.isEmpty)
        #expect(list == RelationList(Self.sample))
        #expect(list.hashValue == RelationList(Self.sample).hashValue)
        #expect(list != RelationList(Self.sample.reversed()))
    }

    @Test("mutates like an array: set, reverse, filter, remove, insert, replace")
    func mutation() {
        var list = RelationList(Self.sample)
        var array = Self.sample
        list[0].note = ""
        array[0].note = ""
        list[1] = Relation(from: "z", to: "y", type: .member, provenance: Self.report)
        array[1] = Relation(from: "z", to: "y", type: .member, provenance: Self.report)
        #expect(Array(list) == array)
        list.reverse()
        array.reverse()
        #expect(Array(list) == array)
        #expect(Array(list.filter { $0.type != .member }) == array.filter { $0.type != .member })
        list.removeLast(2)
        array.removeLast(2)
        #expect(Array(list) == array)
        list.insert(Self.sample[3], at: 0)
        array.insert(Self.sample[3], at: 0)
        list.replaceSubrange(1 ..< 2, with: [Self.sample[0], Self.sample[2]])
        array.replaceSubrange(1 ..< 2, with: [Self.sample[0], Self.sample[2]])
        #expect(Array(list) == array)
        list.removeAll()
        #expect(list.isEmpty)
        list = []
        list.append(contentsOf: Self.sample)
        #expect(Array(list) == Self.sample)
    }

    @Test("ids are interned once each, and a table of many ids finds every one")
    func interning() {
        var table = IDTable()
        let ids = (0 ..< 5000).map { "e\($0)" } + ["湘维", "", "a,b"]
        let positions = ids.map { table.intern($0) }
        #expect(positions == (0 ..< Int32(ids.count)).map { $0 })
        #expect(ids.reversed().map { table.intern($0) } == positions.reversed())
        #expect(table.count == ids.count)
        #expect(table[Int32(5000)] == "湘维")
    }

    @Test("forEachEdge and forEachNode walk what edges and nodes hold; export edges match them")
    func walks() throws {
        let map = MapGenerator(seed: 9, enterprises: 300, chains: 2, relationsPerEnterprise: 6).generate()
        var edges: [MapEdge] = []
        map.forEachEdge { edges.append($0) }
        #expect(edges == map.edges)
        var records: [MapEdge] = []
        map.forEachRecordEdge { records.append($0) }
        #expect(records == Array(map.edges.prefix(records.count)))
        #expect(records.count + map.relations.count == edges.count)
        var nodes: [MapNode] = []
        map.forEachNode { nodes.append($0) }
        #expect(nodes == map.nodes)
        let export = ExportGraph(map: map)
        #expect(export.edges.count == edges.count)
        for (offset, edge) in export.edges.enumerated() {
            #expect(edge.index == offset)
            #expect(edge.from == edges[offset].from && edge.to == edges[offset].to && edge.type == edges[offset].kind)
            #expect(edge.origin == (offset >= records.count ? "relation" : "record"))
        }
    }
}
