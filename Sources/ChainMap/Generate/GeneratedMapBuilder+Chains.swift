import ChainGraph

/// Chains, their segments and technologies, and the `next` links between segments.
extension GeneratedMapBuilder {
    mutating func buildChains() {
        for c in 0 ..< parameters.chains {
            let template = Vocabulary.chains[c % Vocabulary.chains.count]
            let round = c / Vocabulary.chains.count
            templates.append(template)
            let chainID = round == 0 ? template.slug : "\(template.slug)\(round + 1)"
            chainIDs.append(chainID)
            chainNames.append(round == 0 ? template.name : "\(template.name)·\(round + 1)")
            var members: [Int] = []
            for (i, segment) in template.segments.enumerated() {
                let s = segmentIDs.count
                members.append(s)
                segmentIDs.append("\(chainID)-s\(i + 1)")
                segmentChain.append(c)
                segmentTemplate.append(segment)
                segmentNext.append([])
                segmentPrevious.append([])
                var techs: [Int] = []
                let processes = distinct(2 + rng.next(below: 3), of: Array(Vocabulary.processes.indices))
                for (j, process) in processes.enumerated() {
                    let (word, english, field) = Vocabulary.processes[process]
                    techs.append(technologies.count)
                    technologySegment.append(s)
                    technologies.append(Technology(
                        id: "\(chainID)-s\(i + 1)-t\(j + 1)", name: "\(segment.noun)\(word)技术",
                        nameEN: "\(segment.nameEN): \(english)", field: field ?? template.field,
                        keywords: ["\(segment.noun)\(word)", segment.noun], chokepoint: rng.chance(10),
                        provenance: sourced("chains-ref")))
                }
                segmentTechnologies.append(techs)
            }
            // Upstream to downstream, with an occasional skip of one segment: always a DAG.
            for (i, s) in members.enumerated() where i + 1 < members.count {
                linkSegments(s, members[i + 1])
                if i + 2 < members.count, rng.chance(25) { linkSegments(s, members[i + 2]) }
            }
            // A link from the previous chain's midstream into this chain: only forward in chain order, so acyclic.
            if c > 0, members.count > 1, rng.chance(40) {
                let previous = segmentsOfChain[c - 1]
                linkSegments(previous[max(0, previous.count - 2)], members[1])
            }
            segmentsOfChain.append(members)
        }
    }

    mutating func linkSegments(_ from: Int, _ to: Int) {
        segmentNext[from].append(to)
        segmentPrevious[to].append(from)
    }
}
