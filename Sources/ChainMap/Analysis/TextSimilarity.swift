/// Similarity of short Chinese texts by character bigrams: Chinese has no spaces, so words cannot be split
/// reliably, but shared two-character sequences (提取, 皂素, 药食) carry most of the meaning.
public enum TextSimilarity {
    /// The set of adjacent character pairs of the letters, digits and ideographs of `text`, lower-cased.
    ///
    /// A text of one such character gives that character alone, so it can still match.
    /// - Complexity: O(*n*).
    public static func bigrams(_ text: String) -> Set<String> {
        let characters = Array(text.lowercased().filter { $0.isLetter || $0.isNumber })
        guard characters.count > 1 else { return Set(characters.map(String.init)) }
        var result: Set<String> = []
        for index in 0..<(characters.count - 1) {
            result.insert(String(characters[index...index + 1]))
        }
        return result
    }

    /// |A ∩ B| ÷ |A ∪ B| of two bigram sets; 0 when both are empty.
    ///
    /// - Complexity: O(min(|A|, |B|)).
    public static func jaccard(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        let (small, large) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        let union = lhs.count + rhs.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// The share of `query`'s bigrams found in `document`: how much of a demand title a technology explains.
    ///
    /// - Returns: |query ∩ document| ÷ |query|, in [0, 1]; 0 when `query` is empty.
    /// - Complexity: O(|query|).
    public static func coverage(of query: Set<String>, by document: Set<String>) -> Double {
        guard !query.isEmpty else { return 0 }
        return Double(query.reduce(0) { $0 + (document.contains($1) ? 1 : 0) }) / Double(query.count)
    }
}
