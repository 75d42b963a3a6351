import Foundation

/// One row of the scaling table: a `chainmap` command line run as its own process on each map.
struct ScalingCommand: Sendable {
    var name: String
    /// The arguments after `chainmap`, given the map folder.
    var arguments: @Sendable (String) -> [String]

    /// The commands the table shows. Add a line here to add a row.
    static let all = [
        ScalingCommand(name: "validate") { ["validate", $0] },
        ScalingCommand(name: "gaps") { ["gaps", $0, "--format", "json"] },
        ScalingCommand(name: "candidates") { ["candidates", $0, "--format", "json"] },
        ScalingCommand(name: "rank pagerank") { ["rank", $0, "--metric", "pagerank", "--top", "0", "--format", "csv"] },
        ScalingCommand(name: "rank degree") { ["rank", $0, "--metric", "degree", "--top", "0", "--format", "csv"] },
        ScalingCommand(name: "match") { ["match", $0, "--format", "json"] },
        ScalingCommand(name: "export") { ["export", $0] },
        // The page inside the map's folder: deleted with the map (the loader reads only its own files).
        ScalingCommand(name: "report") { ["report", $0, "-o", $0 + "/report.html"] },
    ]
}

/// One map of the scaling table.
struct ScalingSize: Sendable {
    var label: String
    var enterprises: Int
    /// About 10k, 100k and 1M ties (`--relations-per-enterprise 10.6`): each ten times the one before.
    static let all = [
        ScalingSize(label: "10k", enterprises: 715),
        ScalingSize(label: "100k", enterprises: 7_150),
        ScalingSize(label: "1m", enterprises: 71_500),
    ]
}

struct ScalingOptions {
    var sizes = ScalingSize.all
    var commands = ScalingCommand.all
    var repeats = 3
    var directory = ".bench"
    var seed: UInt64 = 1
    var keepMaps = false
}

/// What one process used: wall seconds, CPU seconds (user + system) and peak RSS in bytes (wait4's rusage, the
/// child's own).
struct ProcessUsage {
    var seconds: Double
    var cpuSeconds = 0.0
    var peakRSS: Int
    var status: Int32
}

/// Runs `path` with `arguments`, standard output to `output` (default /dev/null), and measures it. Spawned from this
/// small process, so the child's peak RSS is its own.
func spawnMeasured(_ path: String, _ arguments: [String], output: String = "/dev/null") -> ProcessUsage {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let start = clockSeconds(CLOCK_MONOTONIC)
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { fail("cannot run \(path): error \(spawned)") }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let seconds = clockSeconds(CLOCK_MONOTONIC) - start
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ProcessUsage(seconds: seconds, cpuSeconds: cpu, peakRSS: Int(usage.ru_maxrss) * 1024, status: exitStatus)
}

/// The median and the range of some figures.
func medianAndSpread(_ values: [Double]) -> (median: Double, low: Double, high: Double) {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return (0, 0, 0) }
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    return (median, sorted[0], sorted[sorted.count - 1])
}

/// The `--scaling` mode: every command of ``ScalingCommand/all`` as a whole `chainmap` process (release build) on
/// maps of about 10k, 100k and 1M ties; median wall time with its range, peak RSS per tie, and the growth factor
/// per tenfold, so superlinear growth shows at a glance. Writes DIR/scaling.json.
func runScaling(_ options: ScalingOptions) {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let chainmap = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("chainmap").path
    guard FileManager.default.isExecutableFile(atPath: chainmap) else {
        fail("\(chainmap) not found: build it first (swift build -c release --product chainmap)")
    }
    say("\n== scaling: whole `chainmap` processes (release), median of \(options.repeats) runs (range), peak RSS per tie")
    // results[command][size] = (median seconds, low, high, bytes per tie, median CPU seconds)
    var results: [String: [String: (Double, Double, Double, Double, Double)]] = [:]
    var ties: [String: Int] = [:]
    for size in options.sizes {
        let folder = "\(options.directory)/maps/scaling-\(size.label)"
        try? FileManager.default.removeItem(atPath: folder)
        let log = folder + ".txt"
        let generate = spawnMeasured(chainmap, ["generate", "--seed", String(options.seed), "--enterprises", String(size.enterprises),
                                                "--relations-per-enterprise", "10.6", "-o", folder], output: log)
        guard generate.status == 0 else { fail("chainmap generate failed for \(size.label)") }
        ties[size.label] = tieCount(log: log)
        say(String(format: "%@: %d ties (generated in %.2f s)", size.label, ties[size.label] ?? 0, generate.seconds))
        for command in options.commands {
            var runs: [ProcessUsage] = []
            for _ in 0 ..< max(1, options.repeats) {
                let usage = spawnMeasured(chainmap, command.arguments(folder))
                guard usage.status == 0 || usage.status == 1 || usage.status == 65 else {
                    fail("chainmap \(command.arguments(folder).joined(separator: " ")) exited \(usage.status)")
                }
                runs.append(usage)
            }
            let wall = medianAndSpread(runs.map(\.seconds))
            let rss = medianAndSpread(runs.map { Double($0.peakRSS) }).median
            let perTie = rss / Double(max(1, ties[size.label] ?? 1))
            let cpu = medianAndSpread(runs.map(\.cpuSeconds)).median
            results[command.name, default: [:]][size.label] = (wall.median, wall.low, wall.high, perTie, cpu)
            report("  \(command.name)", String(format: "%8.3f s (%.3f–%.3f)  CPU %.3f s  %6.1f MB  %5.0f B/tie", wall.median, wall.low,
                                                wall.high, cpu, rss / 1_048_576, perTie))
        }
        if !options.keepMaps { try? FileManager.default.removeItem(atPath: folder) }
    }
    printScalingTable(options, results, ties)
    var payload: [String: Any] = ["ties": ties, "repeats": options.repeats]
    payload["commands"] = results.mapValues { bySize in
        bySize.mapValues { ["median_s": $0.0, "low_s": $0.1, "high_s": $0.2, "bytes_per_tie": $0.3, "cpu_median_s": $0.4] }
    }
    if let data = try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys]) {
        try? FileManager.default.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
        try? data.write(to: URL(fileURLWithPath: "\(options.directory)/scaling.json"))
    }
}

private func printScalingTable(
    _ options: ScalingOptions, _ results: [String: [String: (Double, Double, Double, Double, Double)]], _ ties: [String: Int]
) {
    let labels = options.sizes.map(\.label)
    // Growth from CPU time: on a shared machine the wall time carries the neighbours' load, the CPU time far less.
    say("\n== scaling table (wall s median [range] · CPU s median · peak RSS B/tie; ×growth of CPU time per tenfold of ties)")
    var header = "command".padding(toLength: 16, withPad: " ", startingAt: 0)
    for label in labels { header += "| " + "\(label) (\(ties[label] ?? 0) ties)".padding(toLength: 42, withPad: " ", startingAt: 0) }
    for (a, b) in zip(labels, labels.dropFirst()) { header += "| " + "\(a)→\(b)".padding(toLength: 10, withPad: " ", startingAt: 0) }
    say(header)
    for command in options.commands {
        var line = command.name.padding(toLength: 16, withPad: " ", startingAt: 0)
        for label in labels {
            let cell = results[command.name]?[label].map {
                String(format: "%7.3f [%.3f–%.3f] %7.3f %5.0f", $0.0, $0.1, $0.2, $0.4, $0.3)
            } ?? "—"
            line += "| " + cell.padding(toLength: 42, withPad: " ", startingAt: 0)
        }
        for (a, b) in zip(labels, labels.dropFirst()) {
            var cell = "—"
            if let x = results[command.name]?[a], let y = results[command.name]?[b], x.4 > 0 {
                // Growth per tenfold of ties, so sizes that are not exactly ten apart compare fairly.
                let tenfolds = log10(Double(ties[b] ?? 1) / Double(max(1, ties[a] ?? 1)))
                let growth = pow(y.4 / x.4, 1 / max(tenfolds, 1e-9))
                cell = String(format: "×%.1f%@", growth, growth > 12 ? " !" : "")
            }
            line += "| " + cell.padding(toLength: 10, withPad: " ", startingAt: 0)
        }
        say(line)
    }
    say("(! marks growth above 12× per tenfold: superlinear)")
}

/// The ties `chainmap generate` reported ("created …: N records (…), T ties (…)"), read from its output so that this
/// process never holds a map (a child inherits its parent's peak RSS).
private func tieCount(log: String) -> Int {
    defer { try? FileManager.default.removeItem(atPath: log) }
    guard let text = try? String(contentsOfFile: log, encoding: .utf8), let range = text.range(of: " ties") else { return 0 }
    let digits = text[..<range.lowerBound].reversed().prefix { $0.isNumber }
    return Int(String(digits.reversed())) ?? 0
}
