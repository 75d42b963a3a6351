/// A map's relations, stored by column: what ``InnovationMap/relations`` holds.
///
/// Reads and writes like `[Relation]` (it is a random-access, mutable, range-replaceable collection of
/// ``Relation``), but keeps each relation in about 17 bytes instead of 72: both ends as indexes into one table of
/// the distinct ids, the type as a byte, `since` and the provenance as indexes into tables of the distinct
/// values (a large map repeats a handful of each), and notes, which most relations lack, apart.
///
/// ```swift
/// var relations: RelationList = [Relation(from: "a", to: "b", type: .cooperates, provenance: report)]
/// relations.append(Relation(from: "b", to: "c", type: .supplies, provenance: report))
/// for relation in relations { print(relation.from, relation.to) }
/// ```
public struct RelationList: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Hashable, Sendable,
    ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The distinct ids the relations name; `from` and `to` index it.
    private(set) var ids = IDTable()
    /// Per relation, the index of its `from` id in ``ids``.
    private(set) var fromIndexes: [Int32] = []
    /// Per relation, the index of its `to` id in ``ids``.
    private(set) var toIndexes: [Int32] = []
    /// Per relation, its type's position in `RelationType.allCases`.
    private var types: [UInt8] = []
    /// Per relation, 0 when it has no `since`, else 1 + the index of its date in ``dates``.
    private var sinceIndexes: [UInt32] = []
    /// Per relation, the index of its provenance in ``provenances``.
    private var provenanceIndexes: [UInt32] = []
    /// The distinct dates, in first-use order.
    private var dates = ValueTable<PartialDate>()
    /// The distinct provenances, in first-use order.
    private var provenances = ValueTable<Provenance>()
    /// Non-empty notes, by relation index.
    private var notes: [Int: String] = [:]

    /// No relations.
    public init() {}

    /// The relations of `elements`, in order.
    /// - Complexity: O(*n*).
    public init(_ elements: some Sequence<Relation>) {
        self.init()
        append(contentsOf: elements)
    }

    /// The relations of the literal, in order.
    public init(arrayLiteral elements: Relation...) {
        self.init(elements)
    }

    /// The index of the first relation: 0.
    public var startIndex: Int { 0 }
    /// One past the last relation: the count.
    public var endIndex: Int { types.count }

    /// The relation at `position`, built from its columns.
    /// - Complexity: O(1).
    public subscript(position: Int) -> Relation {
        get {
            let since = sinceIndexes[position]
            return Relation(
                from: from(at: position), to: to(at: position), type: type(at: position),
                since: since == 0 ? nil : dates[since - 1], note: notes[position] ?? "",
                provenance: provenances[provenanceIndexes[position]])
        }
        set {
            fromIndexes[position] = ids.intern(newValue.from)
            toIndexes[position] = ids.intern(newValue.to)
            types[position] = Self.code(newValue.type)
            sinceIndexes[position] = newValue.since.map { dates.intern($0) + 1 } ?? 0
            provenanceIndexes[position] = provenances.intern(newValue.provenance)
            notes[position] = newValue.note.isEmpty ? nil : newValue.note
        }
    }

    /// Appends one relation.
    /// - Complexity: O(1) amortized.
    public mutating func append(_ relation: Relation) {
        append(from: relation.from, to: relation.to, type: relation.type, since: relation.since, note: relation.note,
               provenance: relation.provenance)
    }

    /// Appends the relations of `elements`, in order.
    /// - Complexity: O(*n*) amortized.
    public mutating func append(contentsOf elements: some Sequence<Relation>) {
        reserveCapacity(count + elements.underestimatedCount)
        for relation in elements { append(relation) }
    }

    /// Appends a relation given by its fields, without building a ``Relation``.
    mutating func append(from: String, to: String, type: RelationType, since: PartialDate?, note: String, provenance: Provenance) {
        append(fromID: ids.intern(from), toID: ids.intern(to), type: type, since: since, note: note, provenance: provenance)
    }

    /// The position of `id` in the id table, adding it when new; what the loader names a relation's ends by.
    mutating func internID(_ id: String) -> Int32 { ids.intern(id) }

    /// Appends a relation whose ends are given by their positions in the id table (``internID(_:)``).
    mutating func append(fromID: Int32, toID: Int32, type: RelationType, since: PartialDate?, note: String, provenance: Provenance) {
        if !note.isEmpty { notes[types.count] = note }
        fromIndexes.append(fromID)
        toIndexes.append(toID)
        types.append(Self.code(type))
        sinceIndexes.append(since.map { dates.intern($0) + 1 } ?? 0)
        provenanceIndexes.append(provenances.intern(provenance))
    }

    /// Makes room for `capacity` relations.
    public mutating func reserveCapacity(_ capacity: Int) {
        fromIndexes.reserveCapacity(capacity)
        toIndexes.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
        sinceIndexes.reserveCapacity(capacity)
        provenanceIndexes.reserveCapacity(capacity)
    }

    /// Replaces the relations in `subrange` with `newElements`.
    /// - Complexity: O(*n* + *m*): the list is rebuilt (appending at the end is O(1) through ``append(_:)``).
    public mutating func replaceSubrange(_ subrange: Range<Int>, with newElements: some Collection<Relation>) {
        if subrange.isEmpty && subrange.lowerBound == count {
            append(contentsOf: newElements)
            return
        }
        var rebuilt = RelationList()
        rebuilt.reserveCapacity(count - subrange.count + newElements.count)
        rebuilt.append(contentsOf: self[..<subrange.lowerBound])
        rebuilt.append(contentsOf: newElements)
        rebuilt.append(contentsOf: self[subrange.upperBound...])
        self = rebuilt
    }

    /// The `from` id's index in the id table of relation `position`, for analyses that index ids by integer.
    func fromIndex(_ position: Int) -> Int { Int(fromIndexes[position]) }
    /// The `to` id's index in the id table of relation `position`.
    func toIndex(_ position: Int) -> Int { Int(toIndexes[position]) }
    /// The `from` id of relation `position`, without building the relation.
    func from(at position: Int) -> String { ids[fromIndexes[position]] }
    /// The `to` id of relation `position`, without building the relation.
    func to(at position: Int) -> String { ids[toIndexes[position]] }
    /// The type of relation `position`, without building the relation.
    func type(at position: Int) -> RelationType { RelationType.allCases[Int(types[position])] }
    /// The tie type of relation `position`, without building the relation or parsing a name.
    func edgeKind(at position: Int) -> EdgeKind { EdgeKind.ofRelationType[Int(types[position])] }
    /// The provenance of relation `position`, without building the relation.
    func provenance(at position: Int) -> Provenance { provenances[provenanceIndexes[position]] }
    /// The `since` of relation `position`, without building the relation.
    func since(at position: Int) -> PartialDate? {
        let since = sinceIndexes[position]
        return since == 0 ? nil : dates[since - 1]
    }
    /// The note of relation `position`; empty when it has none.
    func note(at position: Int) -> String { notes[position] ?? "" }

    private static func code(_ type: RelationType) -> UInt8 {
        UInt8(RelationType.allCases.firstIndex(of: type) ?? 0)
    }

    /// Equal when both hold equal relations in the same order, whatever their tables.
    public static func == (lhs: RelationList, rhs: RelationList) -> Bool { lhs.elementsEqual(rhs) }

    /// Hashes the relations in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for relation in self { hasher.combine(relation) }
    }

    /// The relations as an array would print them.
    public var description: String { Array(self).description }
}

/// Distinct strings, each stored once and named by its position.
///
/// Its own open-addressing table hashes with FNV-1a over the UTF-8 bytes: ids are short, and a dictionary's SipHash
/// (seeding and finalising per lookup) cost more than the rest of reading a relation.
struct IDTable: Sendable {
    /// One entry of the hash table: the string itself beside its hash and position, so that a lookup reads one
    /// entry (a short id is stored inline in its `String`) instead of a slot, then the string elsewhere.
    private struct Slot: Sendable {
        var hash: UInt32
        /// The string's position in ``strings``; -1 for a free slot.
        var position: Int32
        var string: String
    }

    /// The strings, in first-use order.
    private(set) var strings: [String] = []
    /// By hash, linear probing. Its count is a power of two, at least 4/3 of the strings' (24 bytes a slot).
    private var slots: [Slot] = []
    /// The last string interned and its position: sorted tables name the same id row after row.
    private var last: (string: String, position: Int32)?

    /// The position of `string`, adding it when new.
    /// - Complexity: O(1) expected.
    mutating func intern(_ string: String) -> Int32 {
        if let last, last.string == string { return last.position }
        if (strings.count + 1) * 4 > slots.count * 3 { grow() }
        let hash = Self.hash(string)
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot.position < 0 {
                let position = Int32(truncatingIfNeeded: strings.count)
                slots[index] = Slot(hash: hash, position: position, string: string)
                strings.append(string)
                last = (string, position)
                return position
            }
            if slot.hash == hash, slot.string == string {
                last = (string, slot.position)
                return slot.position
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let capacity = max(64, slots.count * 2)
        var grown = [Slot](repeating: Slot(hash: 0, position: -1, string: ""), count: capacity)
        let mask = capacity - 1
        for slot in slots where slot.position >= 0 {
            var index = Int(slot.hash) & mask
            while grown[index].position >= 0 { index = (index + 1) & mask }
            grown[index] = slot
        }
        slots = grown
    }

    /// How many distinct strings.
    var count: Int { strings.count }

    subscript(position: Int32) -> String { strings[Int(position)] }

    /// FNV-1a, 32 bits, over the UTF-8 bytes.
    private static func hash(_ string: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in string.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}

/// Distinct values, each stored once and named by its position; the last few are compared first because a large
/// table repeats the same value row after row (and equal provenances share one array, so comparing is cheap).
struct ValueTable<Value: Hashable & Sendable>: Sendable {
    private var values: [Value] = []
    private var positions: [Value: UInt32] = [:]
    /// The last few positions interned, most recent last: comparing to four is cheaper than hashing.
    private var recent: [UInt32] = []

    /// The position of `value`, adding it when new.
    mutating func intern(_ value: Value) -> UInt32 {
        for position in recent.reversed() where values[Int(position)] == value { return position }
        let position: UInt32
        if let known = positions[value] {
            position = known
        } else {
            position = UInt32(truncatingIfNeeded: values.count)
            values.append(value)
            positions[value] = position
        }
        if recent.count == 4 { recent.removeFirst() }
        recent.append(position)
        return position
    }

    subscript(position: UInt32) -> Value { values[Int(position)] }
}
