/// Where a record's facts come from: one or more citations of the map's `sources`, or `assumed`.
///
/// Written in a file as `report-2024 §二(三); chains-ref` — a source key, optionally followed by a locator.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    /// One cited source: a key of the map's `sources` and where in it (`report-2024 §二(三)`).
    public struct Citation: Hashable, Sendable, Codable, CustomStringConvertible {
        /// A key of the map's `sources`, or ``Provenance/assumedKey``.
        public let key: String
        /// Where in the source: a section, a page. Empty when not given.
        public let locator: String

        /// A citation of `key`, optionally at `locator` (a section or a page).
        public init(key: String, locator: String = "") {
            self.key = key
            self.locator = locator
        }

        /// True when the citation is the word `assumed` rather than a source.
        public var isAssumed: Bool { key == Provenance.assumedKey }
        /// `key locator`, or the key alone, as written in a `source` cell.
        public var description: String { locator.isEmpty ? key : "\(key) \(locator)" }
    }

    /// The word that marks a fact no source states.
    public static let assumedKey = "assumed"

    /// The citations in the order the cell gives them.
    public let citations: [Citation]

    /// Provenance from citations already parsed.
    public init(citations: [Citation]) {
        self.citations = citations
    }

    /// Parses a `source` cell. Items are separated like list cells (`;`, `；`, `、`).
    public init(parsing text: String) {
        citations = ListCell.split(text).map { item in
            if let space = item.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) {
                let key = String(item[..<space])
                let locator = String(item[item.index(after: space)...]).trimmingWhitespace()
                return Citation(key: key, locator: locator)
            }
            return Citation(key: item)
        }
    }

    /// True when every citation is `assumed`: nothing but the analyst's own judgement supports the record.
    public var isAssumedOnly: Bool { !citations.isEmpty && citations.allSatisfy(\.isAssumed) }
    /// True when any part of the record is assumed.
    public var includesAssumed: Bool { citations.contains(where: \.isAssumed) }
    /// The distinct source keys, sorted.
    public var keys: [String] { Array(Set(citations.map(\.key))).sorted() }

    /// The `source` cell that parses back to this provenance (`report-2024 §二(三); chains-ref`).
    public var description: String { citations.map(\.description).joined(separator: "; ") }
}

/// Splitting of list cells: `a; b；c、d` → `[a, b, c, d]`.
public enum ListCell {
    /// The separators a user may type between list items.
    public static let separators: Set<Character> = [";", "；", "、"]

    /// Splits a cell into trimmed, non-empty items, in the order written.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }
}
