/// Every record of a map as its fields in the data format's words, for comparing two versions field by field.
struct RecordFields {
    /// The record's kind (``NodeKind`` raw value: organizations by their kind).
    var kind: String
    var name: String
    /// (field, value) in the data format's column order; lists joined by `;`, absent values empty.
    var fields: [(String, String)]

    /// Every record of `map` by id (the first one when ids repeat in a map with errors).
    /// - Complexity: O(total size of the records).
    static func all(in map: InnovationMap) -> [String: RecordFields] {
        var records: [String: RecordFields] = [:]
        records.reserveCapacity(map.organizations.count + map.demands.count + map.experts.count + 256)
        func add(_ id: String, _ kind: String, _ name: String, _ fields: [(String, String)]) {
            if records[id] == nil { records[id] = RecordFields(kind: kind, name: name, fields: fields) }
        }
        func list(_ items: [String]) -> String { items.joined(separator: ";") }
        func years(_ values: [YearValue]) -> String { values.map { "\($0.year): \(NumberFormatting.plain($0.value))" }.joined(separator: "; ") }
        for chain in map.chains {
            add(chain.id, "chain", chain.name, [
                ("name", chain.name), ("name_en", chain.nameEN), ("survey", chain.survey.rawValue), ("source", chain.provenance.description),
            ])
            for segment in chain.segments {
                add(segment.id, "segment", segment.name, [
                    ("chain", segment.chain), ("name", segment.name), ("name_en", segment.nameEN), ("stage", segment.stage.rawValue),
                    ("technologies", list(segment.technologies)), ("next", list(segment.next)), ("survey", segment.survey?.rawValue ?? ""),
                    ("source", segment.provenance.description),
                ])
            }
        }
        for technology in map.technologies {
            add(technology.id, "technology", technology.name, [
                ("name", technology.name), ("name_en", technology.nameEN), ("field", technology.field),
                ("keywords", list(technology.keywords)), ("chokepoint", String(technology.chokepoint)),
                ("source", technology.provenance.description),
            ])
        }
        for indicator in map.indicators {
            add(indicator.id, "indicator", indicator.name, [
                ("name", indicator.name), ("name_en", indicator.nameEN), ("unit", indicator.unit), ("kind", indicator.kind.rawValue),
                ("values", years(indicator.values)), ("targets", years(indicator.targets)), ("source", indicator.provenance.description),
                ("target_source", indicator.targetProvenance?.description ?? ""),
            ])
        }
        for o in map.organizations {
            add(o.id, o.kind.rawValue, o.name, [
                ("kind", o.kind.rawValue), ("name", o.name), ("name_en", o.nameEN), ("location", o.location.rawValue),
                ("segments", list(o.segments)), ("technologies", list(o.technologies)), ("tags", list(o.tags.map(\.rawValue))),
                ("source", o.provenance.description), ("as_of", o.asOf?.description ?? ""),
            ])
        }
        for p in map.platforms {
            add(p.id, "platform", p.name, [
                ("name", p.name), ("name_en", p.nameEN), ("type", p.type.rawValue), ("level", p.level.rawValue), ("host", p.host ?? ""),
                ("segments", list(p.segments)), ("technologies", list(p.technologies)), ("status", p.status.rawValue),
                ("count", String(p.count)), ("source", p.provenance.description), ("as_of", p.asOf?.description ?? ""),
            ])
        }
        for e in map.experts {
            add(e.id, "expert", e.name, [
                ("name", e.name), ("role", e.role.rawValue), ("level", e.level?.rawValue ?? ""), ("affiliation", e.affiliation ?? ""),
                ("technologies", list(e.technologies)), ("fields", list(e.fields)), ("capacity", String(e.capacity)),
                ("serves", list(e.serves)), ("headcount", String(e.headcount)), ("source", e.provenance.description),
                ("as_of", e.asOf?.description ?? ""),
            ])
        }
        for d in map.demands {
            add(d.id, "demand", d.title, [
                ("enterprise", d.enterprise), ("title", d.title), ("technologies", list(d.technologies)), ("segment", d.segment ?? ""),
                ("status", d.status.rawValue), ("posted", d.posted?.description ?? ""), ("source", d.provenance.description),
            ])
        }
        return records
    }
}
