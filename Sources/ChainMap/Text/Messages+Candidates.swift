/// The catalogue's entries for `chainmap candidates` and `chainmap match`.
extension Messages {
    /// The row of an existing partner that masters what is needed.
    func existingPartner(_ name: String, ties: String, masters: String, byField: Bool) -> String {
        byField
            ? pick("现有伙伴\(name)(\(ties))的专业领域覆盖\(masters):启用已有协议", "existing partner \(name) (\(ties)) covers \(masters) by field: activate the agreement")
            : pick("现有伙伴\(name)(\(ties))掌握\(masters):启用已有协议", "existing partner \(name) (\(ties)) masters \(masters): activate the agreement")
    }

    /// The row kind of an existing partner, for tables.
    public var existingPartnerRow: String { pick("现有伙伴", "existing partner") }

    /// What a subject without candidate or partner gets.
    public var noCandidate: String { pick("图谱中暂无合适的合作方", "no candidate in the map") }

    /// "(由标题推断)" after technologies inferred from a demand's title.
    public var inferredFromTitle: String { pick("(由标题推断)", " (inferred from the title)") }
}
