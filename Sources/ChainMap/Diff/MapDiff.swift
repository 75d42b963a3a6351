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
        /// In NEW only.
        case added
        /// In OLD only.
        case removed
        /// A removed and an added record of the same kind and name, taken as one record with a new id.
        case renamed
        /// The same id in both, with fields that differ.
        case changed
    }

    /// One field's old and new value, in the data format's words (lists `;`-joined).
    public struct FieldChange: Sendable, Codable, Equatable {
        /// The field's column name in the data format (`segments`, `status`, …).
        public var field: String
        /// Its value in OLD.
        public var old: String
        /// Its value in NEW.
        public var new: String
    }

    /// A record added, removed, renamed or changed.
    public struct RecordChange: Sendable, Codable, Equatable {
        /// What happened to the record.
        public var change: Change
        /// The id in the new map (the old map's for a removal).
        public var id: String
        /// The old id of a renamed record.
        public var oldID: String?
        /// The record's kind in the data format's words (`enterprise`, `segment`, …).
        public var kind: String
        /// The record's name (the new map's, the old map's for a removal).
        public var name: String
        /// The fields that differ; empty for additions and removals.
        public var fields: [FieldChange]

        enum CodingKeys: String, CodingKey { case change, id, oldID = "old_id", kind, name, fields }
    }

    /// A tie (a relation or a tie a record's column states) added or removed.
    public struct TieChange: Sendable, Codable, Equatable, Hashable {
        /// `added` or `removed`.
        public var change: String
        /// The id the tie starts from.
        public var from: String
        /// The id the tie points to.
        public var to: String
        /// The tie's type (`supplies`, `cooperates`, `serves`, …).
        public var type: String
    }

    /// A demand whose status moved (`open → matched → contracted → solved`, or back).
    public struct DemandMove: Sendable, Codable, Equatable {
        /// The demand's id.
        public var id: String
        /// The demand's title.
        public var title: String
        /// The id of the enterprise that raised it.
        public var enterprise: String
        /// The status in OLD (`open`, `matched`, `contracted`, `solved`).
        public var old: String
        /// The status in NEW.
        public var new: String
        /// True when the status went forward in `open → matched → contracted → solved`.
        public var forward: Bool
    }

    /// A gap that opened (in NEW, not OLD) or closed (in OLD, not NEW), keyed by kind and subject.
    public struct GapChange: Sendable, Codable, Equatable {
        /// `opened` or `closed`.
        public var change: String
        /// The gap's kind (``Gap/Kind`` raw value).
        public var kind: String
        /// The id of the record the gap is about.
        public var subject: String
        /// The gap's severity in the map it stands in.
        public var severity: String
        /// The chain it belongs to, when it belongs to one.
        public var chain: String?
        /// The gap's evidence text, in the map it stands in.
        public var evidence: String
    }

    /// A new relation between an enterprise and one of the partners the OLD map proposed for it.
    public struct RealisedCandidate: Sendable, Codable, Equatable {
        /// The enterprise's id.
        public var enterprise: String
        /// The partner's id.
        public var partner: String
        /// The type of the new tie between them.
        public var type: String
        /// The partner's place in the OLD map's candidate list for the enterprise (1 = first).
        public var rank: Int
        /// Its score in that list.
        public var score: Double
    }

    /// An indicator whose values or targets changed, with its standing against the target before and after.
    public struct IndicatorMove: Sendable, Codable, Equatable {
        /// The indicator's id.
        public var id: String
        /// The indicator's name.
        public var name: String
        /// Its unit (`%`, `亿元`, …).
        public var unit: String
        /// The latest value in OLD, if any.
        public var oldLatest: YearValue?
        /// The latest value in NEW, if any.
        public var newLatest: YearValue?
        /// The target NEW measures against, if any.
        public var target: YearValue?
        /// latest ÷ target in OLD.
        public var oldProgress: Double?
        /// latest ÷ target in NEW.
        public var newProgress: Double?
        /// Whether OLD's latest value was on track for the target.
        public var oldOnTrack: Bool?
        /// Whether NEW's latest value is on track for the target.
        public var newOnTrack: Bool?

        enum CodingKeys: String, CodingKey {
            case id, name, unit, oldLatest = "old_latest", newLatest = "new_latest", target, oldProgress = "old_progress",
                 newProgress = "new_progress", oldOnTrack = "old_on_track", newOnTrack = "new_on_track"
        }
    }

    /// Records added, removed, renamed or changed, by change, kind, then id.
    public var records: [RecordChange]
    /// Ties added and removed, by change, type, then ids.
    public var ties: [TieChange]
    /// Demands whose status moved, by id.
    public var demands: [DemandMove]
    /// Gaps opened and closed, by change, kind, then subject.
    public var gaps: [GapChange]
    /// Candidates of OLD that became ties in NEW, by enterprise then partner.
    public var candidates: [RealisedCandidate]
    /// Indicators whose values or targets changed, by id.
    public var indicators: [IndicatorMove]

    /// True when nothing changed.
    public var isEmpty: Bool {
        records.isEmpty && ties.isEmpty && demands.isEmpty && gaps.isEmpty && candidates.isEmpty && indicators.isEmpty
    }
}
