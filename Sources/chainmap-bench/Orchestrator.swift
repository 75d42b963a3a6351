import ChainMap
import Foundation

/// One benchmark map: its generator parameters and which betweenness it times.
struct BenchSize {
    var label: String
    var enterprises: Int
    var relationsPerEnterprise: Double
    var exact: Bool
    var pivots: Int

    init(label: String, recipe: MapGenerator.Recipe, exact: Bool, pivots: Int) {
        self.label = label
        enterprises = recipe.enterprises
        relationsPerEnterprise = recipe.relationsPerEnterprise
        self.exact = exact
        self.pivots = pivots
    }

    /// About 10k records and 100k ties, and about 100k records and 1M ties.
    static let all = [
        BenchSize(label: "10k", recipe: MapGenerator.tenThousandRecords, exact: true, pivots: 0),
        BenchSize(label: "1m", recipe: MapGenerator.millionTies, exact: false, pivots: 256),
    ]
}

struct BenchOptions {
    var sizes = BenchSize.all
    var seed: UInt64 = 1
    var directory = ".bench"
    var peers = true
    var peerArguments: [String] = []
    var keepMaps = false
}

/// Generates each map, measures it in a child process (so each peak RSS is that map's own), runs bench/peers.py on
/// the same edge list when python igraph and networkx are installed, and prints the targets.
func orchestrate(_ options: BenchOptions) {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let peersScript = locatePeersScript()
    let python = options.peers ? pythonWithPeers() : nil
    if options.peers && python == nil {
        say("note: python3 with igraph and networkx not found (pip install igraph networkx); peer ratios skipped")
    }
    var summaries: [(BenchSize, [String: Any], [String: Any]?)] = []
    var workbooks: [String: [String: Any]] = [:]
    for size in options.sizes {
        let folder = "\(options.directory)/maps/\(size.label)"
        let out = "\(options.directory)/\(size.label)"
        try? FileManager.default.removeItem(atPath: folder)
        // Generating in a child process too keeps this one small: a child inherits its parent's peak RSS at fork
        // (Linux keeps ru_maxrss across exec), which would hide the measured run's own.
        let generation = ["--generate", folder, "--enterprises", String(size.enterprises),
                          "--relations-per-enterprise", String(size.relationsPerEnterprise), "--seed", String(options.seed)]
        guard run(executable, generation) == 0 else { fail("generating \(size.label) failed") }

        var arguments = ["--run", folder, "--label", size.label, "--out", out, "--seed", String(options.seed)]
        if size.exact { arguments.append("--exact") }
        if size.pivots > 0 { arguments += ["--pivots", String(size.pivots)] }
        guard run(executable, arguments) == 0 else { fail("the measured run of \(size.label) failed") }
        var peers: [String: Any]?
        if let python, let peersScript {
            say("-- peers on the same edge list (\(out)/edges.txt)")
            let status = run(python, [peersScript, out] + options.peerArguments)
            if status != 0 { say("peers.py exited \(status)") }
            peers = readJSON("\(out)/peers.json")
        }
        summaries.append((size, readJSON("\(out)/swift.json") ?? [:], peers))
        // The same map as one .xlsx workbook: load time and peak RSS beside the CSV folder's (the 10k map, 85k rows;
        // the 1m map, 97k records in 860k rows: the issue's 100k-record map).
        do {
            let workbook = "\(options.directory)/maps/\(size.label).xlsx"
            try? FileManager.default.removeItem(atPath: workbook)
            if run(executable, ["--convert", folder, workbook]) == 0,
               run(executable, ["--run", workbook, "--label", "\(size.label)-xlsx", "--out", "\(out)-xlsx", "--load-only"]) == 0 {
                workbooks[size.label] = readJSON("\(out)-xlsx/load.json")
            }
            try? FileManager.default.removeItem(atPath: workbook)
        }
        if !options.keepMaps { try? FileManager.default.removeItem(atPath: folder) }
    }
    printSummary(summaries)
    for (label, figures) in workbooks.sorted(by: { $0.key < $1.key }) {
        let csv = summaries.first { $0.0.label == label }?.1["timings"] as? [String: Double] ?? [:]
        let xlsx = figures as? [String: Double] ?? [:]
        guard let csvLoad = csv["load"], let xlsxLoad = xlsx["load"], let csvCPU = csv["load_cpu"], let xlsxCPU = xlsx["load_cpu"] else { continue }
        // CPU seconds decide the verdict: wall seconds on a shared machine measure the neighbours too.
        let ratio = xlsxCPU / max(csvCPU, 1e-9)
        say(String(format: "%@ as a workbook: load %.3f s wall, %.3f s CPU (CSV folder %.3f s wall, %.3f s CPU: %.2f× in CPU, target ≤ 3× %@), peak RSS %.0f MB (CSV %.0f MB)",
                   label, xlsxLoad, xlsxCPU, csvLoad, csvCPU, ratio, ratio <= 3 ? "ok" : "MISSED",
                   (xlsx["peak_rss_load"] ?? 0) / 1e6, (csv["peak_rss_load"] ?? 0) / 1e6))
    }
}

private func printSummary(_ summaries: [(BenchSize, [String: Any], [String: Any]?)]) {
    say("\n== summary")
    for (size, swift, peers) in summaries {
        let t = swift["timings"] as? [String: Double] ?? [:]
        say("\(size.label): \(Int(t["nodes"] ?? 0)) nodes, \(Int(t["edges"] ?? 0)) undirected edges, \(Int(t["ties"] ?? 0)) ties")
        let check = { (label: String, value: Double?, limit: Double, unit: String) in
            guard let value else { return }
            let verdict = value <= limit ? "ok" : "MISSED"
            say("  " + label.padding(toLength: 42, withPad: " ", startingAt: 0) + String(format: "%8.3f %@ (target ≤ %g) %@", value, unit, limit, verdict))
        }
        if size.label == "1m" {
            check("load", t["load"], 1.5, "s")
            check("peak RSS per tie after load", t["bytes_per_tie"], 150, "B")
            check("top-k partners for every demand", t["topk_demands"], 1.0, "s")
            check("candidates for every open demand", t["candidates_demands"], 2.0, "s")
            check("candidates for every demand, any status", t["candidates_all_demands"], 2.0, "s")
        } else {
            say(String(format: "  load %.3f s, %.0f bytes per tie; top-k for every demand %.3f s",
                         t["load"] ?? 0, t["bytes_per_tie"] ?? 0, t["topk_demands"] ?? 0))
        }
        for ratio in peers?["ratios"] as? [[String: Any]] ?? [] {
            guard let label = ratio["label"] as? String, let value = ratio["ratio"] as? Double else { continue }
            let target = ratio["target"] as? Double
            let verdict = target.map { value >= $0 ? String(format: "(target ≥ %g) ok", $0) : String(format: "(target ≥ %g) MISSED", $0) } ?? ""
            say("  " + label.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%8.2fx ", value) + verdict)
        }
    }
}

/// Runs a program with inherited output; returns its exit status.
func run(_ path: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    do {
        try process.run()
    } catch {
        fail("cannot run \(path): \(error)")
    }
    process.waitUntilExit()
    return process.terminationStatus
}

private func readJSON(_ path: String) -> [String: Any]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}

/// bench/peers.py from the working directory (make runs from the repository root), else beside these sources.
private func locatePeersScript() -> String? {
    let candidates = [
        "bench/peers.py",
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("bench/peers.py").path,
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
}

/// The path of a python3 that imports igraph and networkx, or nil.
private func pythonWithPeers() -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let path = "\(directory)/python3"
        guard FileManager.default.isExecutableFile(atPath: path) else { continue }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-c", "import igraph, networkx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { continue }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? path : nil
    }
    return nil
}

/// The `--generate` mode: writes one benchmark map, timed.
func generateMap(folder: String, enterprises: Int, relationsPerEnterprise: Double, seed: UInt64) {
    let generator = MapGenerator(seed: seed, enterprises: enterprises, relationsPerEnterprise: relationsPerEnterprise)
    say("\n== generating: \(generator.commandLine) -o \(folder)")
    do {
        let generated = try measure { try generator.write(to: folder) }
        report("generate + write", seconds(generated) + "   \(generated.result.tieCount) ties")
    } catch {
        fail("\(error)")
    }
}
