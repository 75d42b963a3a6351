/// What changed between two versions of a map (`chainmap diff OLD NEW`): records added, removed, renamed and
/// changed field by field; ties added and removed; demands that moved status; gaps opened and closed;
/// candidates that became real ties; indicators' movement against their targets.
///
/// Records are matched by id. A removed record and an added one of the same kind and name (the only such pair)
/// are a rename; the old map's ties are read with renamed ids replaced, so a rename alone adds or removes no tie.
/// Every list is sorted, so the same pair of maps always gives the same diff.
public struct MapDiff: Sendable, Codable, Equatable {
    /// How a record changed.
    public enum Change: String, Sendable, Codable, CaseIterable {
        case added, removed, renamed, changed
    }

    /// One field's old and new value, in the data format's words (lists `;`-joined).
    public struct FieldChange: Sendable, Codable, Equatable {
        public var field: String
        public var old: String
        public var new: String
    }

    /// A record added, removed, renamed or changed.
    public struct RecordChange: Sendable, Codable, Equatable {
        public var change: Change
        /// The id in the new map (the old map's for a removal).
        public var id: String
        /// The old id of a renamed record.
        public var oldID: String?
        public var kind: String
        public var name: String
        /// The fields that differ; empty for additions and removals.
        public var fields: [FieldChange]

        enum CodingKeys: String, CodingKey { case change, id, oldID = "old_id", kind, name, fields }
    }

    /// A tie (a relation or a tie a record's column states) added or removed.
    public struct TieChange: Sendable, Codable, Equatable, Hashable {
        /// `added` or `removed`.
        public var change: String
        public var from: String
        public var to: String
        public var type: String
    }

    /// A demand whose status moved (`open → matched → contracted → solved`, or back).
    public struct DemandMove: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var enterprise: String
        public var old: String
        public var new: String
        /// True when the status went forward in `open → matched → contracted → solved`.
        public var forward: Bool
    }

    /// A gap that opened (in NEW, not OLD) or closed (in OLD, not NEW), keyed by kind and subject.
    public struct GapChange: Sendable, Codable, Equatable {
        /// `opened` or `closed`.
        public var change: String
        public var kind: String
        public var subject: String
        public var severity: String
        public var chain: String?
        public var evidence: String
    }

    /// A new relation between an enterprise and one of the partners the OLD map proposed for it.
    public struct RealisedCandidate: Sendable, Codable, Equatable {
        public var enterprise: String
        public var partner: String
        public var type: String
        /// The partner's place in the OLD map's candidate list for the enterprise (1 = first).
        public var rank: Int
        public var score: Double
    }

    /// An indicator whose values or targets changed, with its standing against the target before and after.
    public struct IndicatorMove: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var unit: String
        public var oldLatest: YearValue?
        public var newLatest: YearValue?
        public var target: YearValue?
        /// latest ÷ target, before and after.
        public var oldProgress: Double?
        public var newProgress: Double?
        public var oldOnTrack: Bool?
        public var newOnTrack: Bool?

        enum CodingKeys: String, CodingKey {
            case id, name, unit, oldLatest = "old_latest", newLatest = "new_latest", target, oldProgress = "old_progress",
                 newProgress = "new_progress", oldOnTrack = "old_on_track", newOnTrack = "new_on_track"
        }
    }

    public var records: [RecordChange]
    public var ties: [TieChange]
    public var demands: [DemandMove]
    public var gaps: [GapChange]
    public var candidates: [RealisedCandidate]
    public var indicators: [IndicatorMove]

    /// True when nothing changed.
    public var isEmpty: Bool {
        records.isEmpty && ties.isEmpty && demands.isEmpty && gaps.isEmpty && candidates.isEmpty && indicators.isEmpty
    }
}
