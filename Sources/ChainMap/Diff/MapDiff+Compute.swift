extension MapDiff {
    /// Compares two versions of a map.
    ///
    /// - Parameters:
    ///   - old: the earlier map.
    ///   - new: the later map.
    ///   - candidatesTop: how many of the OLD map's candidates per enterprise count as "proposed" when a new
    ///     relation is checked against them.
    ///   - language: the language of the opened and closed gaps' evidence (default Chinese).
    ///   - progress: called with a short phase name before each phase (records, ties, gaps, candidates).
    /// - Complexity: O(*n* + *e*) for records and ties, plus two gap analyses and one candidate ranking per
    ///   enterprise that gained a relation.
    public init(old: InnovationMap, new: InnovationMap, candidatesTop: Int = 10, language: Language = .zh,
                progress: (String) -> Void = { _ in }) {
        progress("records")
        let oldRecords = RecordFields.all(in: old)
        let newRecords = RecordFields.all(in: new)
        let renames = Self.renames(old: oldRecords, new: newRecords)
        let renamedOld = Set(renames.keys)
        let renamedNew = Set(renames.values)
        var records: [RecordChange] = []
        for (id, record) in newRecords {
            if let before = oldRecords[id] {
                let fields = Self.fieldChanges(before, record)
                if !fields.isEmpty { records.append(RecordChange(change: .changed, id: id, kind: record.kind, name: record.name, fields: fields)) }
            } else if !renamedNew.contains(id) {
                records.append(RecordChange(change: .added, id: id, kind: record.kind, name: record.name, fields: []))
            }
        }
        for (id, record) in oldRecords where newRecords[id] == nil && !renamedOld.contains(id) {
            records.append(RecordChange(change: .removed, id: id, kind: record.kind, name: record.name, fields: []))
        }
        for (oldID, newID) in renames {
            guard let before = oldRecords[oldID], let after = newRecords[newID] else { continue }
            records.append(RecordChange(change: .renamed, id: newID, oldID: oldID, kind: after.kind, name: after.name,
                                        fields: Self.fieldChanges(before, after)))
        }
        let changeOrder = Dictionary(uniqueKeysWithValues: Change.allCases.enumerated().map { ($1, $0) })
        records.sort { (changeOrder[$0.change] ?? 0, $0.kind, $0.id) < (changeOrder[$1.change] ?? 0, $1.kind, $1.id) }
        self.records = records

        progress("ties")
        let rename = { (id: String) in renames[id] ?? id }
        let ties = Self.tieChanges(old: old, new: new, rename: rename)
        self.ties = ties

        let oldDemands = Dictionary(old.demands.map { (rename($0.id), $0) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(uniqueKeysWithValues: DemandStatus.allCases.enumerated().map { ($1, $0) })
        demands = new.demands.compactMap { demand -> DemandMove? in
            guard let before = oldDemands[demand.id], before.status != demand.status else { return nil }
            return DemandMove(id: demand.id, title: demand.title, enterprise: demand.enterprise, old: before.status.rawValue,
                              new: demand.status.rawValue, forward: (order[demand.status] ?? 0) > (order[before.status] ?? 0))
        }.sorted { $0.id < $1.id }

        progress("gaps")
        gaps = Self.gapChanges(old: old, new: new, rename: rename, language: language)

        progress("candidates")
        candidates = Self.realised(old: old, addedTies: ties.filter { $0.change == "added" }, rename: renames, top: candidatesTop)

        let oldIndicators = Dictionary(old.indicators.map { (rename($0.id), $0) }, uniquingKeysWith: { first, _ in first })
        indicators = new.indicators.compactMap { indicator -> IndicatorMove? in
            let before = oldIndicators[indicator.id]
            guard before?.values != indicator.values || before?.targets != indicator.targets else { return nil }
            let was = before.map { IndicatorProgress($0) }
            let now = IndicatorProgress(indicator)
            return IndicatorMove(id: indicator.id, name: indicator.name, unit: indicator.unit, oldLatest: was?.latest,
                                 newLatest: now.latest, target: now.target, oldProgress: was?.progress, newProgress: now.progress,
                                 oldOnTrack: was?.onTrack, newOnTrack: now.onTrack)
        }.sorted { $0.id < $1.id }
    }

    /// Removed → added ids of the same kind and name, where that pair is the only one with that kind and name.
    static func renames(old: [String: RecordFields], new: [String: RecordFields]) -> [String: String] {
        struct Key: Hashable { var kind, name: String }
        var removed: [Key: [String]] = [:]
        for (id, record) in old where new[id] == nil { removed[Key(kind: record.kind, name: record.name), default: []].append(id) }
        guard !removed.isEmpty else { return [:] }
        var added: [Key: [String]] = [:]
        for (id, record) in new where old[id] == nil { added[Key(kind: record.kind, name: record.name), default: []].append(id) }
        var renames: [String: String] = [:]
        for (key, oldIDs) in removed {
            guard oldIDs.count == 1, let newIDs = added[key], newIDs.count == 1 else { continue }
            renames[oldIDs[0]] = newIDs[0]
        }
        return renames
    }

    /// The fields whose values differ (a reference to a renamed id shows as a change: the file changed).
    static func fieldChanges(_ old: RecordFields, _ new: RecordFields) -> [FieldChange] {
        let before = Dictionary(old.fields, uniquingKeysWith: { first, _ in first })
        return new.fields.compactMap { field, value in
            let was = before[field] ?? ""
            guard was != value else { return nil }
            return FieldChange(field: field, old: was, new: value)
        }
    }

    /// Gaps keyed by kind and subject (old subjects renamed), opened and closed.
    static func gapChanges(old: InnovationMap, new: InnovationMap, rename: (String) -> String, language: Language) -> [GapChange] {
        struct Key: Hashable { var kind, subject: String }
        let before = Dictionary(GapAnalysis.find(in: old, language: language).map { (Key(kind: $0.kind.rawValue, subject: rename($0.subject)), $0) },
                                uniquingKeysWith: { first, _ in first })
        let after = Dictionary(GapAnalysis.find(in: new, language: language).map { (Key(kind: $0.kind.rawValue, subject: $0.subject), $0) },
                               uniquingKeysWith: { first, _ in first })
        var changes: [GapChange] = []
        for (key, gap) in after where before[key] == nil {
            changes.append(GapChange(change: "opened", kind: key.kind, subject: key.subject, severity: gap.severity.rawValue,
                                     chain: gap.chain, evidence: gap.evidence))
        }
        for (key, gap) in before where after[key] == nil {
            changes.append(GapChange(change: "closed", kind: key.kind, subject: key.subject, severity: gap.severity.rawValue,
                                     chain: gap.chain, evidence: gap.evidence))
        }
        return changes.sorted { ($0.change, $0.kind, $0.subject) < ($1.change, $1.kind, $1.subject) }
    }

    /// Added relations whose one end is an enterprise of the OLD map and the other among its top candidates there.
    static func realised(old: InnovationMap, addedTies: [TieChange], rename: [String: String], top: Int) -> [RealisedCandidate] {
        let relationTypes = Set(RelationType.allCases.map(\.rawValue))
        let newToOld = Dictionary(rename.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let enterprises = Dictionary(old.organizations.filter { $0.kind == .enterprise }.map { ($0.id, $0) },
                                     uniquingKeysWith: { first, _ in first })
        var partners: [String: [(partner: String, type: String)]] = [:]
        for tie in addedTies where relationTypes.contains(tie.type) {
            for (end, other) in [(tie.from, tie.to), (tie.to, tie.from)] where enterprises[newToOld[end] ?? end] != nil {
                partners[newToOld[end] ?? end, default: []].append((newToOld[other] ?? other, tie.type))
            }
        }
        guard !partners.isEmpty, top > 0 else { return [] }
        let ranking = CandidateRanking(map: old)
        let ranked = partners.keys.sorted().compactMap { enterprises[$0] }
        // The batch ranks on every core; subjects come back in the order given.
        let subjects = ranking.rank(enterprises: ranked, top: top)
        var realised: [RealisedCandidate] = []
        for (enterprise, subject) in zip(ranked, subjects) {
            let enterpriseID = enterprise.id
            guard let ties = partners[enterpriseID] else { continue }
            let candidates = subject.candidates
            for (partner, type) in ties {
                guard let place = candidates.firstIndex(where: { $0.id == partner }) else { continue }
                realised.append(RealisedCandidate(enterprise: rename[enterpriseID] ?? enterpriseID, partner: rename[partner] ?? partner,
                                                  type: type, rank: place + 1, score: candidates[place].score))
            }
        }
        return realised.sorted { ($0.enterprise, $0.partner, $0.type) < ($1.enterprise, $1.partner, $1.type) }
    }
}
