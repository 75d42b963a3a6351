import Foundation

/// `chainmap init`: a new county's empty map that validates, to fill from its own spreadsheets.
public enum MapTemplate {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path):
                "\(path): error: already exists and is not empty; hint: choose a new folder — init never overwrites a map"
            case .cannotWrite(let path, let reason):
                "\(path): error: cannot write: \(reason)"
            }
        }
    }

    /// The files of an empty map, by name.
    ///
    /// - Parameters:
    ///   - id: the map's id; `name` and `region` fill the metadata.
    ///   - asOf: the date the map describes.
    public static func files(id: String, name: String, region: String, asOf: PartialDate) -> [(name: String, text: String)] {
        let manifest = """
        # \(name) — a chainmap innovation map. Format: docs/data-format.md
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
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder), !contents.isEmpty { throw .exists(folder) }
        if manager.fileExists(atPath: folder), (try? manager.contentsOfDirectory(atPath: folder)) == nil { throw .exists(folder) }
        let target = URL(fileURLWithPath: folder)
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).init")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files(id: id, name: name, region: region, asOf: asOf) {
                try Data(file.text.utf8).write(to: staging.appendingPathComponent(file.name))
            }
            if manager.fileExists(atPath: folder) { try manager.removeItem(at: target) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            throw .cannotWrite(path: folder, reason: error.localizedDescription)
        }
    }

    private static func yamlScalar(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
