import ChainGraph
import Foundation

/// The indexes ``CandidateRanking/init(map:graph:language:)`` builds once per map, one builder per concern.
extension CandidateRanking {
    /// Locality of a location: county 1, city 0.75, province 0.5, national 0.25, abroad or unknown 0.
    static func locality(_ location: Location?) -> Double {
        switch location {
        case .county: 1
        case .city: 0.75
        case .province: 0.5
        case .national: 0.25
        case .abroad, nil: 0
        }
    }

    /// Locality of a platform's or expert's level, on the same scale.
    static func locality(_ level: Level?) -> Double {
        switch level {
        case .county: 1
        case .municipal: 0.75
        case .provincial: 0.5
        case .national: 0.25
        case nil: 0
        }
    }

    /// Every possible partner — organizations, platforms, experts whose skills are known — sorted by id, with its
    /// name in the run's language, its technologies (and an expert's technologies by field) as indices and its node
    /// in the graph.
    ///
    /// - Complexity: O(*n* log *n* + Σ technologies).
    static func actors(of map: InnovationMap, technologyIndex: [String: Int], graph: UndirectedGraph, text: Messages) -> [Actor] {
        let organizations = Dictionary(map.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func indices(_ ids: [String]) -> [Int32] {
            Array(Set(ids.compactMap { technologyIndex[$0].map(Int32.init) })).sorted()
        }
        var actors: [Actor] = []
        for organization in map.organizations {
            actors.append(Actor(
                id: organization.id, kind: NodeKind(organization.kind), name: text.name(organization.name, english: organization.nameEN),
                location: organization.location.rawValue, locality: locality(organization.location), technologies: indices(organization.technologies), provenance: organization.provenance))
        }
        for platform in map.platforms {
            let host = platform.host.flatMap { organizations[$0] }
            actors.append(Actor(
                id: platform.id, kind: .platform, name: text.name(platform.name, english: platform.nameEN),
                location: host?.location.rawValue ?? platform.level.rawValue,
                locality: host.map { locality($0.location) } ?? locality(platform.level),
                technologies: indices(platform.technologies), provenance: platform.provenance))
        }
        var technologiesByField: [String: [Int32]] = [:]
        for (index, technology) in map.technologies.enumerated() where !technology.field.isEmpty {
            technologiesByField[technology.field, default: []].append(Int32(index))
        }
        for expert in map.experts where !expert.hasUnknownSkills {
            let affiliation = expert.affiliation.flatMap { organizations[$0] }
            let exact = indices(expert.technologies)
            let byField = Set(expert.fields.flatMap { technologiesByField[$0] ?? [] }).subtracting(exact).sorted()
            actors.append(Actor(
                id: expert.id, kind: .expert, name: expert.name, location: affiliation?.location.rawValue ?? expert.level?.rawValue ?? "",
                locality: max(affiliation.map { locality($0.location) } ?? 0, locality(expert.level)),
                technologies: exact, fieldTechnologies: byField, provenance: expert.provenance))
        }
        actors.sort { $0.id < $1.id }
        for index in actors.indices { actors[index].node = graph.index(of: actors[index].id) }
        return actors
    }

    /// Who masters each technology, grouped into technology classes (actors with the same exact and field
    /// technologies score alike), the runs of one class in each master list, and each technology's rarity.
    struct MasterIndex {
        var masters: [[Int32]]
        var masterBlocks: [[MasterBlock]]
        var classTechnologies: [[Int32]] = []
        var classFieldTechnologies: [[Int32]] = []
        var actorClass: [Int32] = []
        /// idf(t) = ln(1 + A ÷ (1 + m_t)) over exact masters: a field does not make a skill common.
        var idf: [Double]

        /// - Complexity: O(Σ technologies + Σ *m* log *m*) over the master lists.
        init(actors: [Actor], technologyCount: Int) {
            masters = [[Int32]](repeating: [], count: technologyCount)
            var exactMasters = [Int](repeating: 0, count: technologyCount)
            var classOfSet: [[Int32]: Int32] = [:]
            actorClass.reserveCapacity(actors.count)
            for (index, actor) in actors.enumerated() {
                for technology in actor.technologies {
                    masters[Int(technology)].append(Int32(index))
                    exactMasters[Int(technology)] += 1
                }
                for technology in actor.fieldTechnologies { masters[Int(technology)].append(Int32(index)) }
                // One key for both sets: exact ones as 2t, field ones as 2t + 1.
                let key = actor.fieldTechnologies.isEmpty
                    ? actor.technologies.map { $0 &* 2 }
                    : (actor.technologies.map { $0 &* 2 } + actor.fieldTechnologies.map { $0 &* 2 &+ 1 }).sorted()
                if let known = classOfSet[key] {
                    actorClass.append(known)
                } else {
                    let new = Int32(classTechnologies.count)
                    classOfSet[key] = new
                    classTechnologies.append(actor.technologies)
                    classFieldTechnologies.append(actor.fieldTechnologies)
                    actorClass.append(new)
                }
            }
            let actorCount = Double(max(1, actors.count))
            idf = exactMasters.map { log(1 + actorCount / Double(1 + $0)) }
            masterBlocks = [[MasterBlock]](repeating: [], count: technologyCount)
            let actorClass = actorClass
            for technology in masters.indices {
                masters[technology].sort { (actorClass[Int($0)], $0) < (actorClass[Int($1)], $1) }
                masterBlocks[technology] = CandidateRanking.blocks(of: masters[technology], classOf: { actorClass[Int($0)] },
                                                                   locality: { actors[Int($0)].locality })
            }
        }
    }

    /// Every class's exact and field technologies in one flat array, class by class: what `best` reads for each
    /// block of a new needs. Two arrays of arrays cost two dependent cache misses per class there (a third of
    /// building the block lists on the 1M-tie map); here the class's technologies are one contiguous read.
    struct ClassSkills {
        /// Class *c*'s exact technologies are `flat[bounds[2c] ..< bounds[2c + 1]]`, its field ones
        /// `flat[bounds[2c + 1] ..< bounds[2c + 2]]`.
        let bounds: [Int32]
        let flat: [Int32]

        /// - Parameters:
        ///   - exact: each class's exact technologies.
        ///   - field: each class's technologies reached by field; as many classes as `exact`.
        /// - Complexity: O(Σ technologies).
        init(exact: [[Int32]], field: [[Int32]]) {
            precondition(exact.count == field.count, "one field list per class")
            var bounds: [Int32] = [0]
            var flat: [Int32] = []
            bounds.reserveCapacity(2 * exact.count + 1)
            for (technologies, byField) in zip(exact, field) {
                flat.append(contentsOf: technologies)
                bounds.append(Int32(flat.count))
                flat.append(contentsOf: byField)
                bounds.append(Int32(flat.count))
            }
            self.bounds = bounds
            self.flat = flat
        }

        /// The number of classes.
        var classCount: Int { (bounds.count - 1) / 2 }

        /// The exact technologies of `technologyClass`, as a range of ``flat``.
        @inline(__always) func exact(_ technologyClass: Int) -> Range<Int> {
            Int(bounds[2 * technologyClass]) ..< Int(bounds[2 * technologyClass + 1])
        }

        /// The technologies `technologyClass` reaches by field, as a range of ``flat``.
        @inline(__always) func field(_ technologyClass: Int) -> Range<Int> {
            Int(bounds[2 * technologyClass + 1]) ..< Int(bounds[2 * technologyClass + 2])
        }
    }

    /// The runs of one technology class in a master list sorted by class, each with its actors' best locality.
    ///
    /// - Complexity: O(*m*) for a list of *m* actors.
    static func blocks(of list: [Int32], classOf: (Int32) -> Int32, locality: (Int32) -> Double) -> [MasterBlock] {
        var blocks: [MasterBlock] = []
        var start = 0
        while start < list.count {
            let technologyClass = classOf(list[start])
            var end = start, maximumLocality = 0.0
            while end < list.count && classOf(list[end]) == technologyClass {
                maximumLocality = max(maximumLocality, locality(list[end]))
                end += 1
            }
            blocks.append(MasterBlock(technologyClass: technologyClass, start: Int32(start), end: Int32(end),
                                      maximumLocality: maximumLocality))
            start = end
        }
        return blocks
    }

    /// Per host, the platforms it hosts, as actor indices, ascending: never proposed to their host. (Its cooperation
    /// partners, never proposed either, are read from its relations subject by subject: an index of them for
    /// every organization cost megabytes on a large map.)
    ///
    /// - Complexity: O(*p* log *p*) for *p* platforms.
    static func hostedPlatforms(in map: InnovationMap, actorIndex: [String: Int32]) -> [String: [Int32]] {
        var hosted: [String: [Int32]] = [:]
        for platform in map.platforms {
            if let host = platform.host, let index = actorIndex[platform.id] { hosted[host, default: []].append(index) }
        }
        return hosted.mapValues { Array(Set($0)).sorted() }
    }

    /// Each technology's character bigrams (name and keywords), and which technologies use each bigram.
    static func textIndex(of technologies: [Technology]) -> (text: [Set<String>], byBigram: [String: [Int32]]) {
        let text = technologies.map { TextSimilarity.bigrams(([$0.name] + $0.keywords).joined(separator: " ")) }
        var byBigram: [String: [Int32]] = [:]
        for (index, bigrams) in text.enumerated() {
            for bigram in bigrams { byBigram[bigram, default: []].append(Int32(index)) }
        }
        return (text, byBigram)
    }

    /// A record's display name in the run's language: an actor's own, else that of ``otherNames``; nil for an
    /// unknown id.
    ///
    /// - Complexity: O(1) expected.
    func name(of id: String) -> String? {
        if let actor = actorIndex[id] { return actors[Int(actor)].name }
        return otherNames[id]
    }

    /// Display names of the records that are not actors (see ``otherNames``), the first record of an id winning.
    ///
    /// - Complexity: O(*n*) expected.
    static func otherNames(in map: InnovationMap, actorIndex: [String: Int32], text: Messages) -> [String: String] {
        var names: [String: String] = [:]
        map.forEachNode { node in
            guard actorIndex[node.id] == nil, names[node.id] == nil else { return }
            names[node.id] = text.name(node.name, english: node.nameEN)
        }
        return names
    }
}
