import ArgumentParser
import ChainMap
import Foundation

struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case graphml, gexf, nodeLink = "node-link", csv, neo4j, edgelist, json
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the map for Gephi, yEd, Cytoscape, Kumu, NetworkX, igraph or Neo4j.",
        discussion: """
        Every record is a node (id, kind, name, name_en, chains, segments, sources, source) and every tie an edge \
        pointing the way the map states it (type, since, origin: relation or record, sources, note) — in every \
        format but edgelist.

          graphml    GraphML with declared keys (yEd, Gephi, Cytoscape, NetworkX, igraph).
          gexf       GEXF 1.3; an edge's `since` is its start, so Gephi's timeline plays the map's growth.
          node-link  JSON as networkx.node_link_graph(data, edges="edges") reads it (a directed multigraph).
          json       chainmap's own JSON of the same (schema chainmap/export@1, see docs/json.md).
          csv        a folder (-o) with nodes.csv and edges.csv (Gephi spreadsheet import, Kumu, Cytoscape).
          neo4j      a folder (-o) with nodes.csv and relationships.csv for `neo4j-admin database import full`; \
        the exact command is printed.
          edgelist   NOT the map: the undirected simple projection the measures (rank, links, path) run on — one \
        `u v` line per edge, loops dropped, parallel ties merged, isolated records and tie types left out.

        Files are written whole or not at all (a temporary file or folder renamed into place); a folder must be \
        new or empty. XML text is escaped; control characters XML 1.0 forbids (U+0000–U+001F but tab, line \
        feed, carriage return) are replaced by U+FFFD. Without -o (or with -o -), single-file formats go to \
        standard output.
        """
    )

    @Argument(help: "The map folder.", completion: .directory) var map: String
    @Option(help: "graphml, gexf, node-link, json, csv, neo4j or edgelist.") var format: Format = .edgelist
    @Option(name: [.customShort("o"), .long], help: "The output file (a folder for csv and neo4j); - or none: standard output.")
    var output: String?
    @Flag(help: "No progress on standard error (shown only when it is a terminal).") var quiet = false

    var isFolderFormat: Bool { format == .csv || format == .neo4j }

    func validate() throws {
        if isFolderFormat, output == nil || output == "-" {
            throw ValidationError("--format \(format.rawValue) writes a folder: give one with -o DIR")
        }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        defer { progress.done() }
        let loaded = try progress.load(map, then: "writing \(format.rawValue)")
        if format == .edgelist {
            let graph = loaded.map.graph().undirected
            try emit { try EdgeListWriter.write(graph, to: $0) }
            return
        }
        let graph = ExportGraph(map: loaded.map)
        switch format {
        case .graphml: try emit { try GraphMLWriter.write(graph, to: $0) }
        case .gexf: try emit { try GEXFWriter.write(graph, to: $0) }
        case .nodeLink: try emit { try NodeLinkWriter.write(graph, to: $0) }
        case .json: try emit { try MapJSONWriter.write(graph, to: $0) }
        case .csv: try folder(TableExportWriter.files) { try TableExportWriter.write(graph, file: $0, to: $1) }
        case .neo4j:
            try folder(Neo4jWriter.files) { try Neo4jWriter.write(graph, file: $0, to: $1) }
            Terminal.output("import into Neo4j 5 (database stopped, or a new database name):\n\(Neo4jWriter.importCommand(folder: output ?? ""))\n")
        case .edgelist: break
        }
    }

    /// Streams a single-file format to standard output or, atomically, to the -o file.
    private func emit(_ body: (ByteWriter) throws -> Void) throws {
        guard let output, output != "-" else {
            let writer = ByteWriter(handle: .standardOutput)
            try body(writer)
            try writer.flush()
            return
        }
        do {
            try AtomicFile.write(to: output, streaming: body)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
    }

    /// Streams a folder format into the -o folder, whole or not at all.
    private func folder(_ files: [String], _ write: @escaping (String, ByteWriter) throws -> Void) throws {
        let folder = output ?? ""
        do {
            try AtomicFolder.create(folder, streaming: files.map { name in (name: name, write: { try write(name, $0) }) }, purpose: "export")
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
    }
}
