import Foundation

/// Seconds of one clock.
func clockSeconds(_ clock: clockid_t) -> Double {
    var spec = timespec()
    clock_gettime(clock, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Wall-clock and process CPU seconds of `body` (best of `repeats` runs by wall time), and the
/// last result. CPU time is reported too because this machine may be shared: a busy
/// neighbour inflates wall time but hardly the CPU time of a single-threaded run.
func measure<T>(repeats: Int = 1, _ body: () throws -> T) rethrows -> (seconds: Double, cpu: Double, result: T) {
    func once() throws -> (seconds: Double, cpu: Double, result: T) {
        let start = clockSeconds(CLOCK_MONOTONIC)
        let startCPU = clockSeconds(CLOCK_PROCESS_CPUTIME_ID)
        let result = try body()
        return (clockSeconds(CLOCK_MONOTONIC) - start, clockSeconds(CLOCK_PROCESS_CPUTIME_ID) - startCPU, result)
    }
    var best = try once()
    for _ in 1 ..< max(1, repeats) {
        let run = try once()
        if run.seconds < best.seconds { best = run }
    }
    return best
}

/// The process's peak resident set size so far, in bytes (getrusage's ru_maxrss is in KiB on Linux).
func peakRSS() -> Int {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)
    #endif
}

/// The current resident set size in bytes (Linux: /proc/self/statm), or 0 when unknown.
func currentRSS() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

/// One line of the report: a label padded to a column, then the figures.
func report(_ label: String, _ figures: String) {
    say(label.padding(toLength: 44, withPad: " ", startingAt: 0) + figures)
}

/// Prints a line unbuffered, so the lines of the parent and its child processes come out in order.
func say(_ line: String = "") {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func seconds<T>(_ run: (seconds: Double, cpu: Double, result: T)) -> String {
    String(format: "%8.3f s wall, %8.3f s CPU", run.seconds, run.cpu)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("chainmap-bench: \(message)\n".utf8))
    exit(1)
}
