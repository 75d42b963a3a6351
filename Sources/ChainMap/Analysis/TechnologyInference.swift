/// Finds technologies in free text (a demand's title) by their names and keywords.
public enum TechnologyInference {
    /// The technologies whose name or a keyword occurs in `text`, best evidence first
    /// (longest matched term, then id), each with the terms that matched.
    ///
    /// Chinese has no spaces, so matching is by substring; keywords shorter than two characters are ignored
    /// because single characters match almost anything.
    /// - Complexity: O(*t* · *k* · *n*) for *t* technologies with *k* keywords and a text of length *n*.
    public static func infer(from text: String, technologies: [Technology]) -> [(id: String, terms: [String])] {
        let haystack = text.lowercased()
        var found: [(id: String, terms: [String], longest: Int)] = []
        for technology in technologies {
            let terms = ([technology.name] + technology.keywords)
                .filter { $0.count >= 2 && haystack.contains($0.lowercased()) }
            guard !terms.isEmpty else { continue }
            found.append((technology.id, Array(Set(terms)).sorted(), terms.map(\.count).max() ?? 0))
        }
        return found.sorted { ($1.longest, $0.id) < ($0.longest, $1.id) }.map { ($0.id, $0.terms) }
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
