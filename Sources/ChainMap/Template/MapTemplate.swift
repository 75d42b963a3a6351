import Foundation

/// `chainmap init`: a new county's empty map that validates, to fill from its own spreadsheets.
public enum MapTemplate {
    /// Writing fails as any atomic folder does: the target is not empty, or cannot be written.
    public typealias Failure = AtomicFolder.Failure

    /// The files of an empty map, by name.
    ///
    /// - Parameters:
    ///   - id: the map's id.
    ///   - name: the map's name, Chinese first (`某县产业链核心技术创新图谱`).
    ///   - region: the county it covers (`某省某市某县`).
    ///   - asOf: the date the map describes.
    public static func files(id: String, name: String, region: String, asOf: PartialDate) -> [(name: String, text: String)] {
        let manifest = """
        # \(commentText(name)) — a chainmap innovation map. Format: docs/data-format.md
        id: \(yamlScalar(id))
        name: \(yamlScalar(name))
        name_en: ""
        region: \(yamlScalar(region))
        as_of: "\(asOf)"
        encoding: auto

        # Where the facts come from. Records cite a key here, or `assumed`.
        sources:
          report:
            title: 科技局年度工作总结
            publisher: ""
            date: "\(asOf.year)"

        # Industry chains, segments upstream first. Example:
        # chains:
        #   - id: tea
        #     name: 茶叶
        #     source: report §二
        #     segments:
        #       - {id: tea-garden, name: 茶园种植, stage: upstream, technologies: [tea-cultivation], next: [tea-primary]}
        #       - {id: tea-primary, name: 初制加工, stage: midstream, technologies: [], next: []}
        chains: []

        # technologies:
        #   - {id: tea-cultivation, name: 茶树栽培, field: 茶学, keywords: [茶园, 栽培], chokepoint: false, source: assumed}
        technologies: []

        # indicators:
        #   - {id: rd-spending, name: 全社会研发经费投入, unit: 亿元, values: {2023: 4.54}, targets: {2025: 5.1}, source: report §二}
        indicators: []

        """
        var files = [(name: "map.yaml", text: manifest)]
        for table in MapLoader.tableNames {
            files.append((name: "\(table).csv", text: LoadContext.headerOrder(of: table).joined(separator: ",") + "\n"))
        }
        return files
    }

    /// Writes an empty map into `folder`, which must not exist or be empty. The folder appears whole or not at all.
    public static func write(to folder: String, id: String, name: String, region: String, asOf: PartialDate) throws(Failure) {
        let contents = files(id: id, name: name, region: region, asOf: asOf).map { (name: $0.name, bytes: Array($0.text.utf8)) }
        try AtomicFolder.create(folder, files: contents, purpose: "init")
    }

    /// `text` as a YAML double-quoted scalar: backslash, `"` and every control character (line breaks included)
    /// escaped, so any text reads back as itself.
    static func yamlScalar(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `text` for a `#` comment line: every control character (a line break would end the comment) as a space.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 ? " " : $0
        }))
    }
}
