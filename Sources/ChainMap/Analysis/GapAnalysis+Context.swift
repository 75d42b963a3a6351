/// The integer-indexed tables the gap rules read, built in one pass over the map.
extension GapAnalysis {
    struct Context {
        let map: InnovationMap
        let text: Messages
        let locality: Locality
        /// Organization position by id.
        let organizationIndex: [String: Int32]
        let technologyIndex: [String: Int32]
        /// Per segment id, its local enterprises (organization positions, in file order).
        let localEnterprisesBySegment: [String: [Int32]]
        /// Segments some platform covers.
        let segmentsWithPlatform: Set<String>
        /// Per technology position, the ids of local and of all actors mastering it, in file order.
        let localMasters: [[String]]
        let allMasters: [[String]]
        /// Per technology position, experts whose fields include the technology's field (not its exact masters).
        let fieldMasters: [[String]]
        let segmentChain: [String: String]
        /// Display names (in the run's language) by id, organizations' aside (see ``displayName(_:)``).
        let names: [String: String]

        init(map: InnovationMap, language: Language) {
            self.map = map
            text = Messages(language)
            locality = Locality(map)
            var organizationIndex: [String: Int32] = [:]
            organizationIndex.reserveCapacity(map.organizations.count)
            for (position, organization) in map.organizations.enumerated() where organizationIndex[organization.id] == nil {
                organizationIndex[organization.id] = Int32(position)
            }
            self.organizationIndex = organizationIndex
            var technologyIndex: [String: Int32] = [:]
            for (position, technology) in map.technologies.enumerated() where technologyIndex[technology.id] == nil {
                technologyIndex[technology.id] = Int32(position)
            }
            self.technologyIndex = technologyIndex
            var local = [[String]](repeating: [], count: map.technologies.count)
            var all = [[String]](repeating: [], count: map.technologies.count)
            var enterprises: [String: [Int32]] = [:]
            func master(_ id: String, _ technologies: [String], isLocal: Bool) {
                for technology in technologies {
                    guard let position = technologyIndex[technology].map(Int.init) else { continue }
                    all[position].append(id)
                    if isLocal { local[position].append(id) }
                }
            }
            for (position, organization) in map.organizations.enumerated() {
                if organization.kind == .enterprise && organization.isLocal {
                    for segment in organization.segments { enterprises[segment, default: []].append(Int32(position)) }
                }
                master(organization.id, organization.technologies, isLocal: organization.isLocal)
            }
            var covered: Set<String> = []
            for platform in map.platforms {
                covered.formUnion(platform.segments)
                master(platform.id, platform.technologies, isLocal: locality.isLocal(platform))
            }
            var technologiesByField: [String: [Int]] = [:]
            for (position, technology) in map.technologies.enumerated() where !technology.field.isEmpty {
                technologiesByField[technology.field, default: []].append(position)
            }
            var byField = [[String]](repeating: [], count: map.technologies.count)
            for expert in map.experts {
                master(expert.id, expert.technologies, isLocal: locality.isLocal(expert))
                var reached: Set<Int> = []
                for field in expert.fields { reached.formUnion(technologiesByField[field] ?? []) }
                let exact = Set(expert.technologies.compactMap { technologyIndex[$0].map(Int.init) })
                for position in reached.subtracting(exact).sorted() { byField[position].append(expert.id) }
            }
            localEnterprisesBySegment = enterprises
            segmentsWithPlatform = covered
            localMasters = local
            allMasters = all
            fieldMasters = byField
            var segmentChain: [String: String] = [:]
            for chain in map.chains { for segment in chain.segments { segmentChain[segment.id] = chain.id } }
            self.segmentChain = segmentChain
            var labels: [String: String] = [:]
            let catalogue = Messages(language)
            func add(_ id: String, _ zh: String, _ en: String) {
                if labels[id] == nil { labels[id] = catalogue.name(zh, english: en) }
            }
            for chain in map.chains {
                add(chain.id, chain.name, chain.nameEN)
                for segment in chain.segments { add(segment.id, segment.name, segment.nameEN) }
            }
            for technology in map.technologies { add(technology.id, technology.name, technology.nameEN) }
            // Organizations' names are read through ``organizationIndex`` when asked for (a large map has tens of
            // thousands, a report names a few hundred); records after them keep yielding to them as before.
            for platform in map.platforms where organizationIndex[platform.id] == nil { add(platform.id, platform.name, platform.nameEN) }
            for expert in map.experts where organizationIndex[expert.id] == nil { add(expert.id, expert.name, "") }
            for indicator in map.indicators where organizationIndex[indicator.id] == nil { add(indicator.id, indicator.name, indicator.nameEN) }
            names = labels
        }

        /// A record's name and id for a reader: 湖南湘维有限公司 (xiangwei).
        func label(_ id: String) -> String { displayName(id).map { "\($0) (\(id))" } ?? id }

        /// A record's name alone, or its id when it has none.
        func name(_ id: String) -> String { displayName(id) ?? id }

        /// The name of the first record with this id, in the run's language: the map's structure, then
        /// organizations, then platforms, experts and indicators.
        private func displayName(_ id: String) -> String? {
            if let name = names[id] { return name }
            guard let position = organizationIndex[id] else { return nil }
            let organization = map.organizations[Int(position)]
            return text.name(organization.name, english: organization.nameEN)
        }

        /// The sorted, distinct source keys of some provenances.
        func sources(_ provenances: [Provenance]) -> [String] {
            Array(Set(provenances.flatMap(\.keys))).sorted()
        }
    }
}
