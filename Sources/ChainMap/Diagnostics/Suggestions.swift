/// "Did you mean …" for unknown ids and words.
enum Suggestions {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo.
    ///
    /// - Complexity: O(*c* · *n* · *m*) for *c* candidates of length *m* and a word of length *n*.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            let limit = max(1, min(target.count, candidate.count) / 3)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.candidate
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }

    /// A hint listing the allowed words and the nearest one.
    static func vocabularyHint(for word: String, allowed: [String]) -> String {
        let list = allowed.joined(separator: ", ")
        if let near = nearest(to: word, in: allowed) {
            return "did you mean \"\(near)\"? expected one of: \(list)"
        }
        return "expected one of: \(list)"
    }
}
