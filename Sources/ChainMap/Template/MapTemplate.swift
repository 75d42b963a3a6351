import Foundation

/// `chainmap init`: a new county's empty map that validates, to fill from its own spreadsheets — a folder
/// (`map.yaml` with the map's own facts, every part as a CSV table) or a workbook (a sheet per part, in Chinese).
public enum MapTemplate {
    /// Writing fails as any atomic folder does: the target is not empty, or cannot be written.
    public typealias Failure = AtomicFolder.Failure

    /// The empty map: its facts, and one source (`report`) for records to cite.
    static func emptyMap(id: String, name: String, region: String, asOf: PartialDate) -> InnovationMap {
        InnovationMap(
            id: id, name: name, region: region, asOf: asOf,
            sources: [Source(id: "report", title: "科技局年度工作总结", publisher: "", date: PartialDate(year: asOf.year), url: "", file: "")])
    }

    /// The files of an empty map folder, by name: `map.yaml` and a header-only CSV table per part.
    ///
    /// - Parameters:
    ///   - id: the map's id.
    ///   - name: the map's name, Chinese first (`某县产业链核心技术创新图谱`).
    ///   - region: the county it covers (`某省某市某县`).
    ///   - asOf: the date the map describes.
    public static func files(id: String, name: String, region: String, asOf: PartialDate) -> [(name: String, text: String)] {
        MapFolderWriter.files(of: emptyMap(id: id, name: name, region: region, asOf: asOf), comment: "\(commentText(name)) — a chainmap innovation map. Format: docs/data-format.md")
            .map { (name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self)) }
    }

    /// Writes an empty map into `folder`, which must not exist or be empty. The folder appears whole or not at all.
    ///
    /// - Parameters:
    ///   - folder: the map folder to create.
    ///   - id: the map's id, written to map.yaml.
    ///   - name: the map's name.
    ///   - region: the region it describes.
    ///   - asOf: the date it describes.
    /// - Throws: `Failure.exists` when `folder` exists and is not empty, `Failure.cannotWrite` when it cannot be
    ///   written.
    public static func write(to folder: String, id: String, name: String, region: String, asOf: PartialDate) throws(Failure) {
        let contents = files(id: id, name: name, region: region, asOf: asOf).map { (name: $0.name, bytes: Array($0.text.utf8)) }
        try AtomicFolder.create(folder, files: contents, purpose: "init")
    }

    /// Writes an empty workbook at `path` (which must not exist): Chinese sheets and headers, a frozen header row,
    /// column widths, a comment on each header and drop-down lists for every enumerated column.
    public static func writeWorkbook(to path: String, id: String, name: String, region: String, asOf: PartialDate) throws(XLSXWriter.Failure) {
        try MapWorkbook.write(emptyMap(id: id, name: name, region: region, asOf: asOf), to: path, template: true)
    }
}

/// Writes a map as a folder of the table form: `map.yaml` with the map's own facts only, and every part as a CSV
/// table (UTF-8, `\n`, English words) in ``MapTables/columns(of:)`` order. Reads back to the same facts.
public enum MapFolderWriter {
    /// The folder's files, `map.yaml` first.
    /// - Parameters:
    ///   - map: the map to write.
    ///   - comment: a first comment line for `map.yaml`, without the `#`; none when empty.
    /// - Complexity: O(total length of the records).
    public static func files(of map: InnovationMap, comment: String = "") -> [(name: String, bytes: [UInt8])] {
        var manifest = comment.isEmpty ? "" : "# \(comment)\n"
        manifest += "id: \(MapWriter.yaml(map.id))\nname: \(MapWriter.yaml(map.name))\n"
        if !map.nameEN.isEmpty { manifest += "name_en: \(MapWriter.yaml(map.nameEN))\n" }
        manifest += "region: \(MapWriter.yaml(map.region))\nas_of: \(MapWriter.yaml(map.asOf.description))\nencoding: auto\n"
        manifest += "# sources, chains, segments, technologies and indicators are in their .csv tables beside this file\n"
        var files = [(name: "map.yaml", bytes: Array(manifest.utf8))]
        for (table, rows) in MapTables.rows(of: map) {
            files.append((name: "\(table).csv", bytes: Array(CSVWriter.render(headers: MapTables.columns(of: table), rows: rows).utf8)))
        }
        return files
    }

    /// Creates `folder` holding `map`, whole or not at all; never over a non-empty folder.
    public static func write(_ map: InnovationMap, to folder: String) throws(AtomicFolder.Failure) {
        try AtomicFolder.create(folder, files: files(of: map), purpose: "convert")

    }
}

/// YAML escaping shared by every writer of map.yaml (``MapWriter`` quotes through it).
extension MapTemplate {
    /// `text` as a YAML double-quoted scalar: backslash, `"` and every control character (line breaks included)
    /// escaped, so any text reads back as itself.
    static func yamlScalar(_ text: String) -> String {
        let escaped = text.escapingScalars { scalar in
            switch scalar {
            case "\\": .replace("\\\\")
            case "\"": .replace("\\\"")
            case "\n": .replace("\\n")
            case "\t": .replace("\\t")
            case "\r": .replace("\\r")
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                ScalarEscape.unicodeEscape(scalar)
            default: .keep
            }
        }
        return "\"" + escaped + "\""
    }

    /// `text` for a `#` comment line: every control character (a line break would end the comment) as a space.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 ? " " : $0
        }))
    }
}
