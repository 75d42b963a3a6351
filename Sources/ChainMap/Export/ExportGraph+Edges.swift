extension ExportGraph {
    /// The edges of an export, stored as node numbers and a type byte per tie (about 13 bytes instead of a
    /// 100-byte ``Edge``): a writer streams a million edges without the export holding them all as values.
    ///
    /// A random-access collection of ``Edge``; reading one builds it from the map's records and relations.
    public struct Edges: RandomAccessCollection, Sendable {
        /// The ids of the export's nodes, by node number.
        private let nodeIDs: [String]
        /// Per edge, the node numbers of its ends.
        private var fromNodes: [Int32] = [], toNodes: [Int32] = []
        /// Per edge, its type's position in `EdgeKind.allCases`.
        private var kinds: [UInt8] = []
        /// Per edge: ≥ 0, the index in ``recordProvenances`` of the record that states it; < 0, -1 - the index of
        /// its relation in ``relations``.
        private var origins: [Int32] = []
        /// The provenances of the records that state ties, each run of equal ones once.
        private var recordProvenances: [Provenance] = []
        /// The map's relations, shared with the map (copy on write: no copy is made).
        private let relations: RelationList

        /// The edges of `map` whose ends are both among `nodeIDs`, in ``InnovationMap/edges`` order.
        /// - Complexity: O(*n* + *e*).
        init(map: InnovationMap, nodeIDs: [String]) {
            self.nodeIDs = nodeIDs
            relations = map.relations
            var numbers: [String: Int32] = [:]
            numbers.reserveCapacity(nodeIDs.count)
            for (number, id) in nodeIDs.enumerated() { numbers[id] = Int32(truncatingIfNeeded: number) }
            fromNodes.reserveCapacity(map.relations.count)
            toNodes.reserveCapacity(map.relations.count)
            kinds.reserveCapacity(map.relations.count)
            origins.reserveCapacity(map.relations.count)
            map.forEachRecordEdge { edge in
                guard let from = numbers[edge.from], let to = numbers[edge.to] else { return }
                if recordProvenances.last != edge.provenance { recordProvenances.append(edge.provenance) }
                add(from, to, edge.kind, origin: Int32(truncatingIfNeeded: recordProvenances.count - 1))
            }
            // Each distinct id of the relations is looked up once, not once per tie.
            let ends = map.relations.ids.strings.map { numbers[$0] }
            for index in map.relations.indices {
                guard let from = ends[map.relations.fromIndex(index)], let to = ends[map.relations.toIndex(index)] else { continue }
                add(from, to, map.relations.edgeKind(at: index), origin: -1 - Int32(truncatingIfNeeded: index))
            }
        }

        private mutating func add(_ from: Int32, _ to: Int32, _ kind: EdgeKind, origin: Int32) {
            fromNodes.append(from)
            toNodes.append(to)
            kinds.append(UInt8(MapGraph.tagIndex(kind)))
            origins.append(origin)
        }

        /// The first edge's position: 0.
        public var startIndex: Int { 0 }
        /// One past the last edge: the count.
        public var endIndex: Int { kinds.count }

        /// The edge at `position`, named `e<position>` by writers.
        /// - Complexity: O(1), plus the edge's source keys.
        public subscript(position: Int) -> Edge {
            let origin = Int(origins[position])
            let from = nodeIDs[Int(fromNodes[position])], to = nodeIDs[Int(toNodes[position])]
            let type = EdgeKind.allCases[Int(kinds[position])]
            guard origin < 0 else {
                return Edge(index: position, from: from, to: to, type: type, since: nil, origin: "record", note: "",
                            sources: recordProvenances[origin].exportKeys)
            }
            let relation = -1 - origin
            return Edge(index: position, from: from, to: to, type: type, since: relations.since(at: relation), origin: "relation",
                        note: relations.note(at: relation), sources: relations.provenance(at: relation).exportKeys)
        }
    }
}
