/// Writes an ``InnovationMap`` as the files of a map folder in the documented format (docs/data-format.md):
/// `map.yaml` and the five tables, UTF-8 without a byte-order mark, `\n` line endings, records in the map's order.
///
/// Reading the files back with ``MapLoader`` gives a map with the same ``InnovationMap/facts``; the generator relies
/// on that, and `GeneratorTests` checks it.
public enum MapWriter {
    /// The files of `map`: `map.yaml` first, then the tables in ``MapLoader/tableNames`` order.
    ///
    /// - Parameters:
    ///   - map: the map to write.
    ///   - comment: a first comment line for `map.yaml`, without the `#`; none when empty.
    /// - Complexity: O(total length of the records).
    public static func files(of map: InnovationMap, comment: String = "") -> [(name: String, bytes: [UInt8])] {
        [
            (name: "map.yaml", bytes: manifest(of: map, comment: comment)),
            (name: "organizations.csv", bytes: organizations(map.organizations)),
            (name: "platforms.csv", bytes: platforms(map.platforms)),
            (name: "experts.csv", bytes: experts(map.experts)),
            (name: "demands.csv", bytes: demands(map.demands)),
            (name: "relations.csv", bytes: relations(map.relations)),
        ]
    }

    // MARK: - map.yaml

    static func manifest(of map: InnovationMap, comment: String) -> [UInt8] {
        var out = YAMLText()
        if !comment.isEmpty { out.line("# \(comment)") }
        out.line("id: \(yaml(map.id))")
        out.line("name: \(yaml(map.name))")
        if !map.nameEN.isEmpty { out.line("name_en: \(yaml(map.nameEN))") }
        out.line("region: \(yaml(map.region))")
        out.line("as_of: \(yaml(map.asOf.description))")
        out.line("")
        out.line(map.sources.isEmpty ? "sources: {}" : "sources:")
        for source in map.sources {
            out.line("  \(yaml(source.id)):")
            out.line("    title: \(yaml(source.title))")
            if !source.publisher.isEmpty { out.line("    publisher: \(yaml(source.publisher))") }
            if let date = source.date { out.line("    date: \(yaml(date.description))") }
            if !source.url.isEmpty { out.line("    url: \(yaml(source.url))") }
            if !source.file.isEmpty { out.line("    file: \(yaml(source.file))") }
        }
        out.line("")
        out.line(map.chains.isEmpty ? "chains: []" : "chains:")
        for chain in map.chains {
            out.item("  ", id: chain.id, name: chain.name, nameEN: chain.nameEN)
            out.line("    source: \(yaml(chain.provenance.description))")
            out.line(chain.segments.isEmpty ? "    segments: []" : "    segments:")
            for segment in chain.segments {
                out.item("      ", id: segment.id, name: segment.name, nameEN: segment.nameEN)
                out.line("        stage: \(segment.stage.rawValue)")
                out.line("        technologies: \(flowList(segment.technologies))")
                out.line("        next: \(flowList(segment.next))")
                // A segment's source defaults to its chain's; write it only when it differs.
                if segment.provenance != chain.provenance { out.line("        source: \(yaml(segment.provenance.description))") }
            }
        }
        out.line("")
        out.line(map.technologies.isEmpty ? "technologies: []" : "technologies:")
        for technology in map.technologies {
            out.item("  ", id: technology.id, name: technology.name, nameEN: technology.nameEN)
            if !technology.field.isEmpty { out.line("    field: \(yaml(technology.field))") }
            out.line("    keywords: \(flowList(technology.keywords))")
            out.line("    chokepoint: \(technology.chokepoint)")
            out.line("    source: \(yaml(technology.provenance.description))")
        }
        out.line("")
        out.line(map.indicators.isEmpty ? "indicators: []" : "indicators:")
        for indicator in map.indicators {
            out.item("  ", id: indicator.id, name: indicator.name, nameEN: indicator.nameEN)
            out.line("    unit: \(yaml(indicator.unit))")
            out.line("    values: \(yearValues(indicator.values))")
            out.line("    targets: \(yearValues(indicator.targets))")
            out.line("    source: \(yaml(indicator.provenance.description))")
        }
        return out.bytes
    }

    private struct YAMLText {
        var bytes: [UInt8] = []
        mutating func line(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }

        /// A record as a list item at `indent`: `- id:`, `name:` and, when there is one, `name_en:`.
        mutating func item(_ indent: String, id: String, name: String, nameEN: String) {
            line("\(indent)- id: \(yaml(id))")
            line("\(indent)  name: \(yaml(name))")
            if !nameEN.isEmpty { line("\(indent)  name_en: \(yaml(nameEN))") }
        }
    }

    private static func flowList(_ items: [String]) -> String {
        "[" + items.map(yaml).joined(separator: ", ") + "]"
    }

    private static func yearValues(_ values: [YearValue]) -> String {
        "{" + values.map { "\($0.year): \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// A YAML scalar: plain when that reads back as the same string (also inside `[…]`), else double-quoted.
    ///
    /// The loader reads every scalar as a string, so plain words such as `false` or `2024-12` are safe; only
    /// the null words, YAML syntax and surrounding blanks need quotes.
    static func yaml(_ text: String) -> String {
        let syntax: Set<Character> = [",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", ":", "?", "-"]
        let needsQuotes = text.isEmpty || ["~", "null", "Null", "NULL"].contains(text)
            || text.first.map { syntax.contains($0) || $0.isWhitespace } ?? true
            || text.last.map(\.isWhitespace) ?? true
            || text.contains(where: { "[]{},#\"\\".contains($0) || $0.isNewline })
            || text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            || text.contains(": ") || text.hasSuffix(":")
        guard needsQuotes else { return text }
        return MapTemplate.yamlScalar(text)
    }

    // MARK: - Tables

    static func organizations(_ records: [Organization]) -> [UInt8] {
        var table = CSVText(header: LoadContext.headerOrder(of: "organizations"))
        for o in records {
            table.row([
                o.id, o.kind.rawValue, o.name, o.nameEN, o.location.rawValue, list(o.segments), list(o.technologies),
                list(o.tags.map(\.rawValue)), o.provenance.description, o.asOf?.description ?? "",
            ])
        }
        return table.bytes
    }

    static func platforms(_ records: [Platform]) -> [UInt8] {
        var table = CSVText(header: LoadContext.headerOrder(of: "platforms"))
        for p in records {
            table.row([
                p.id, p.name, p.type.rawValue, p.level.rawValue, p.host ?? "", list(p.segments), list(p.technologies),
                p.status.rawValue, String(p.count), p.provenance.description, p.asOf?.description ?? "",
            ])
        }
        return table.bytes
    }

    static func experts(_ records: [Expert]) -> [UInt8] {
        var table = CSVText(header: LoadContext.headerOrder(of: "experts"))
        for e in records {
            table.row([
                e.id, e.name, e.role.rawValue, e.level?.rawValue ?? "", e.affiliation ?? "", list(e.technologies),
                list(e.fields), String(e.capacity), list(e.serves), String(e.headcount), e.provenance.description,
                e.asOf?.description ?? "",
            ])
        }
        return table.bytes
    }

    static func demands(_ records: [Demand]) -> [UInt8] {
        var table = CSVText(header: LoadContext.headerOrder(of: "demands"))
        for d in records {
            table.row([
                d.id, d.enterprise, d.title, list(d.technologies), d.segment ?? "", d.status.rawValue,
                d.posted?.description ?? "", d.provenance.description,
            ])
        }
        return table.bytes
    }

    static func relations(_ records: some Collection<Relation>) -> [UInt8] {
        var table = CSVText(header: LoadContext.headerOrder(of: "relations"))
        table.bytes.reserveCapacity(records.count * 48)
        for r in records {
            table.row([r.from, r.to, r.type.rawValue, r.since?.description ?? "", r.note, r.provenance.description])
        }
        return table.bytes
    }

    private static func list(_ items: [String]) -> String { items.joined(separator: ";") }

    /// RFC 4180 rows written straight into bytes: a cell holding `,`, `"` or a line break is quoted.
    private struct CSVText {
        var bytes: [UInt8] = []

        init(header: [String]) { row(header) }

        mutating func row(_ cells: [String]) {
            for (offset, cell) in cells.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                // Bytes, not Characters: the scan runs over millions of cells for a generated map.
                let utf8 = cell.utf8
                let special = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                guard special else {
                    bytes.append(contentsOf: utf8)
                    continue
                }
                bytes.append(UInt8(ascii: "\""))
                for byte in utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(0x0A)
        }
    }
}
