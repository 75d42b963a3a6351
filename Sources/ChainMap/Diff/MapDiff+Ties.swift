/// The ties added and removed between two maps, compared as integer keys.
extension MapDiff {
    /// A tie as integers: both ends as positions in one table of the ids of both maps, and its kind.
    private struct TieKey: Comparable {
        var from: Int32
        var to: Int32
        var kind: UInt8

        static func < (lhs: TieKey, rhs: TieKey) -> Bool {
            (lhs.from, lhs.to, lhs.kind) < (rhs.from, rhs.to, rhs.kind)
        }
    }

    /// The ids of both maps, each once, by position.
    private struct IDs {
        private var positions: [String: Int32] = [:]
        private(set) var names: [String] = []

        mutating func position(of id: String) -> Int32 {
            if let known = positions[id] { return known }
            let position = Int32(truncatingIfNeeded: names.count)
            positions[id] = position
            names.append(id)
            return position
        }
    }

    /// The ties of NEW that OLD lacks (`added`) and those of OLD that NEW lacks (`removed`), each tie once, sorted
    /// by change, type, from and to; OLD's ids are read through `rename`.
    ///
    /// Both maps' ties become 12-byte keys, sorted and merged: on a map of a million ties this holds ≈ 30 MB where
    /// sets of string ties held ten times that.
    /// - Complexity: O(*e* log *e*) for *e* ties in both maps.
    static func tieChanges(old: InnovationMap, new: InnovationMap, rename: (String) -> String) -> [TieChange] {
        var ids = IDs()
        let kinds = EdgeKind.allCases
        let kindCode = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, UInt8(truncatingIfNeeded: $0)) })
        func keys(of map: InnovationMap, rename: (String) -> String) -> [TieKey] {
            var keys: [TieKey] = []
            keys.reserveCapacity(map.relations.count)
            map.forEachEdge { edge in
                keys.append(TieKey(from: ids.position(of: rename(edge.from)), to: ids.position(of: rename(edge.to)),
                                   kind: kindCode[edge.kind] ?? 0))
            }
            keys.sort()
            // A tie listed twice counts once, as in a set.
            var unique: [TieKey] = []
            unique.reserveCapacity(keys.count)
            for key in keys where unique.last != key { unique.append(key) }
            return unique
        }
        let before = keys(of: old, rename: rename)
        let after = keys(of: new, rename: { $0 })
        var ties: [TieChange] = []
        func add(_ change: String, _ key: TieKey) {
            ties.append(TieChange(change: change, from: ids.names[Int(key.from)], to: ids.names[Int(key.to)],
                                  type: kinds[Int(key.kind)].rawValue))
        }
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if j == after.count || i < before.count && before[i] < after[j] {
                add("removed", before[i])
                i += 1
            } else if i == before.count || after[j] < before[i] {
                add("added", after[j])
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        ties.sort { ($0.change, $0.type, $0.from, $0.to) < ($1.change, $1.type, $1.from, $1.to) }
        return ties
    }
}
