import ChainMap

/// The page's records and ties, made from the map as they are written rather than held: at a million ties the
/// payload's `Record`s and `Edge`s took more memory than the map itself, and their JSON tree several times that.
struct PageRecords {
    private let map: InnovationMap
    /// Each record id's position in the records, the first record for an id.
    private let index: [String: Int]
    private let chains: RecordChains
    private let attributes: RecordAttributes
    /// How many records there are of each kind (`NodeKind` raw value).
    let kindCounts: [String: Int]
    /// How many ties the page lists: those whose ends are both records.
    let tieCount: Int

    /// - Complexity: O(n + r) for n records and r references.
    init(_ map: InnovationMap) {
        self.map = map
        var index: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var position = 0
        map.forEachNode { node in
            if index[node.id] == nil { index[node.id] = position }
            counts[node.kind.rawValue, default: 0] += 1
            position += 1
        }
        self.index = index
        kindCounts = counts
        var ties = 0
        map.forEachEdge { edge in
            if index[edge.from] != nil && index[edge.to] != nil { ties += 1 }
        }
        tieCount = ties
        chains = RecordChains(map)
        attributes = RecordAttributes(map)
    }

    /// Calls `body` with each record, in the map's record order (``ReportPayload/records``).
    ///
    /// - Complexity: O(n + r).
    func forEachRecord(_ body: (ReportPayload.Record) throws -> Void) rethrows {
        try map.forEachNode { node in
            try body(ReportPayload.Record(
                id: node.id, kind: node.kind.rawValue, name: node.name, en: node.nameEN.isEmpty ? nil : node.nameEN,
                chains: chains.of(node.id, kind: node.kind), assumed: node.provenance.isAssumedOnly,
                attrs: attributes.of(node.id), cites: node.provenance.citations.map { [$0.key, $0.locator] }))
        }
    }

    /// Calls `body` with each tie between two records, in the map's tie order (``ReportPayload/edges``).
    ///
    /// - Complexity: O(r).
    func forEachEdge(_ body: (ReportPayload.Edge) throws -> Void) rethrows {
        try map.forEachEdge { edge in
            guard let from = index[edge.from], let to = index[edge.to] else { return }
            try body(ReportPayload.Edge(from: from, to: to, kind: edge.kind.rawValue))
        }
    }

    /// The payload's lists written element by element (see ``EmbeddedJSON/Splice``): records in batches through
    /// the encoder, ties directly as `[from,to,"kind"]`, the form ``ReportPayload/Edge`` encodes to.
    ///
    /// - Throws: `EncodingError` when a kind cannot be encoded (never: they are fixed words).
    func splices() throws -> [EmbeddedJSON.Splice] {
        var kinds: [String: [UInt8]] = [:]
        for kind in EdgeKind.allCases {
            kinds[kind.rawValue] = EmbeddedJSON.escapeForScript(utf8: try EmbeddedJSON.encoder().encode(kind.rawValue))
        }
        return [
            EmbeddedJSON.Splice(key: "records") { writer in
                let list = EmbeddedJSON.ListWriter<ReportPayload.Record>(into: writer)
                try forEachRecord { try list.append($0) }
                try list.flush()
            },
            EmbeddedJSON.Splice(key: "edges") { writer in
                var tie: [UInt8] = []
                var first = true
                try forEachEdge { edge in
                    tie.removeAll(keepingCapacity: true)
                    if !first { tie.append(UInt8(ascii: ",")) }
                    first = false
                    tie.append(UInt8(ascii: "["))
                    tie.append(contentsOf: String(edge.from).utf8)
                    tie.append(UInt8(ascii: ","))
                    tie.append(contentsOf: String(edge.to).utf8)
                    tie.append(UInt8(ascii: ","))
                    tie.append(contentsOf: kinds[edge.kind] ?? [])
                    tie.append(UInt8(ascii: "]"))
                    try writer.write(bytes: tie)
                }
            },
        ]
    }
}
