import Foundation

/// Finds technologies in free text (a demand's title) by their names and keywords.
public enum TechnologyInference {
    /// The technologies whose name or a keyword occurs in `text`, best evidence first
    /// (longest matched term, then id), each with the terms that matched.
    ///
    /// Chinese has no spaces, so matching is by substring; keywords shorter than two characters are ignored
    /// because single characters match almost anything.
    /// - Parameters:
    ///   - text: the free text, such as a demand's title.
    ///   - technologies: the technologies to look for.
    /// - Returns: the matched technologies' ids with their matched terms; empty when none matches.
    /// - Complexity: O(*t* · *k* · *n*) for *t* technologies with *k* keywords and a text of length *n*.
    public static func infer(from text: String, technologies: [Technology]) -> [(id: String, terms: [String])] {
        Index(technologies).infer(from: text)
    }

    /// The technologies' terms prepared once (filtered and lower-cased), for inferring from many texts.
    public struct Index: Sendable {
        struct Term: Sendable {
            var text: String
            /// Lower-cased, in Unicode normal form C, as UTF-8: equal texts have equal bytes.
            var bytes: [UInt8]
        }

        struct Entry: Sendable {
            var id: String
            var terms: [Term]
        }

        let entries: [Entry]

        /// - Complexity: O(Σ terms).
        public init(_ technologies: [Technology]) {
            entries = technologies.map { technology in
                Entry(id: technology.id, terms: ([technology.name] + technology.keywords)
                    .filter { $0.count >= 2 }
                    .map { Term(text: $0, bytes: Index.comparable($0)) })
            }
        }

        /// As ``TechnologyInference/infer(from:technologies:)``.
        /// - Complexity: O(*t* · *k* · *n*).
        public func infer(from text: String) -> [(id: String, terms: [String])] {
            let haystack = Index.comparable(text)
            var found: [(id: String, terms: [String], longest: Int)] = []
            for entry in entries {
                let terms = entry.terms.filter { Index.contains(haystack, $0.bytes) }.map(\.text)
                guard !terms.isEmpty else { continue }
                found.append((entry.id, Array(Set(terms)).sorted(), terms.map(\.count).max() ?? 0))
            }
            return found.sorted { ($1.longest, $0.id) < ($0.longest, $1.id) }.map { ($0.id, $0.terms) }
        }

        /// Canonically equivalent texts (composed or decomposed accents, full-width forms aside) get equal bytes.
        static func comparable(_ text: String) -> [UInt8] {
            Array(text.lowercased().precomposedStringWithCanonicalMapping.utf8)
        }

        /// Whether `needle` occurs in `haystack`. UTF-8 never matches in the middle of a character, so a byte
        /// match is a character match; titles are short, so the plain scan wins over cleverer searches.
        static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
            guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
            var start = 0
            let last = haystack.count - needle.count
            while start <= last {
                if haystack[start] == first {
                    var offset = 1
                    while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }
}

extension InnovationMap {
    /// A demand's technologies: the listed ones, or else those inferred from its title.
    ///
    /// - Returns: the ids and whether they were inferred.
    public func technologies(of demand: Demand) -> (ids: [String], inferred: Bool) {
        if !demand.technologies.isEmpty { return (demand.technologies, false) }
        return (TechnologyInference.infer(from: demand.title, technologies: technologies).map(\.id), true)
    }
}
