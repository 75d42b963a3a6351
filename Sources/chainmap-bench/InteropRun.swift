import ChainMap
import Foundation

/// `chainmap export` and `chainmap diff` on the loaded map: the writers stream every record and tie to files in
/// the bench's output folder (deleted afterwards), and the diff compares the map with a copy a year on —
/// 1% of relations dropped and 1% of demands solved.
func runInterop(_ map: InnovationMap, outDirectory: String, timings: inout [String: Double]) {
    let directory = URL(fileURLWithPath: outDirectory).appendingPathComponent("export")
    try? FileManager.default.removeItem(at: directory)
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
        fail("export: \(error)")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = measure { ExportGraph(map: map) }
    timings["export_graph"] = graph.seconds
    report("export: records and ties for the writers", seconds(graph) + "   \(graph.result.nodes.count) nodes, \(graph.result.edges.count) edges")
    let files: [(String, String, (ExportGraph, ByteWriter) throws -> Void)] = [
        ("graphml", "map.graphml", { try GraphMLWriter.write($0, to: $1) }),
        ("gexf", "map.gexf", { try GEXFWriter.write($0, to: $1) }),
        ("node-link", "map.json", { try NodeLinkWriter.write($0, to: $1) }),
    ]
    for (format, name, write) in files {
        let path = directory.appendingPathComponent(name).path
        do {
            let run = try measure { try AtomicFile.write(to: path, streaming: { try write(graph.result, $0) }) }
            timings["export_\(format)"] = run.seconds
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            report("export --format \(format)", seconds(run) + "   \(megabytes(bytes))")
        } catch {
            fail("export \(format): \(error)")
        }
    }
    do {
        let folder = directory.appendingPathComponent("neo4j").path
        let run = try measure {
            try AtomicFolder.create(folder, streaming: Neo4jWriter.files.map { file in
                (name: file, write: { try Neo4jWriter.write(graph.result, file: file, to: $0) })
            }, purpose: "bench")
        }
        timings["export_neo4j"] = run.seconds
        report("export --format neo4j", seconds(run))
    } catch {
        fail("export neo4j: \(error)")
    }

    var later = map
    later.relations.removeLast(map.relations.count / 100)
    for index in stride(from: 0, to: later.demands.count, by: 100) { later.demands[index].status = .solved }
    let diff = measure { MapDiff(old: map, new: later) }
    timings["diff"] = diff.seconds
    report("diff (1% of relations dropped, 1% of demands solved)", seconds(diff)
        + "   \(diff.result.ties.count) ties, \(diff.result.demands.count) demands, \(diff.result.gaps.count) gaps changed")
}
