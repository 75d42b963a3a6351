/// Where a record's facts come from: one or more citations of the map's `sources`, or `assumed`.
///
/// Written in a file as `report-2024 §二(三); chains-ref` — a source key, optionally followed by a locator.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    public struct Citation: Hashable, Sendable, Codable, CustomStringConvertible {
        /// A key of the map's `sources`, or ``Provenance/assumedKey``.
        public let key: String
        /// Where in the source: a section, a page. Empty when not given.
        public let locator: String

        public init(key: String, locator: String = "") {
            self.key = key
            self.locator = locator
        }

        public var isAssumed: Bool { key == Provenance.assumedKey }
        public var description: String { locator.isEmpty ? key : "\(key) \(locator)" }
    }

    /// The word that marks a fact no source states.
    public static let assumedKey = "assumed"

    public let citations: [Citation]

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
