// chainmap-bench: release-mode timings of the ChainGraph engine.
//
// Usage: chainmap-bench [--nodes N] [--edges M] [--pairs P] [--seed S] [--out DIR] [--skip-single]
// Generates a seeded G(n, m) random graph with GraphBuilder, times exact betweenness
// (1 worker and all cores), Jaccard for P random pairs and top-k partner queries, and writes
// DIR/edges.txt, DIR/pairs.txt and DIR/swift-timings.json for bench/peers.py to compare.
import ChainGraph
import Foundation

struct Options {
    var nodes = 10_000
    var edges = 100_000
    var pairs = 100_000
    var seed: UInt64 = 1
    var outDirectory = "out/bench"
    var skipSingle = false

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            switch flag {
            case "--nodes": nodes = iterator.next().flatMap { Int($0) } ?? nodes
            case "--edges": edges = iterator.next().flatMap { Int($0) } ?? edges
            case "--pairs": pairs = iterator.next().flatMap { Int($0) } ?? pairs
            case "--seed": seed = iterator.next().flatMap { UInt64($0) } ?? seed
            case "--out": outDirectory = iterator.next() ?? outDirectory
            case "--skip-single": skipSingle = true
            default:
                FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
                exit(2)
            }
        }
    }
}

/// Seconds of one clock.
func clockSeconds(_ clock: clockid_t) -> Double {
    var spec = timespec()
    clock_gettime(clock, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Wall-clock and process CPU seconds of `body` (best of `repeats` runs by wall time), and the
/// last result. CPU time is reported too because this machine may be shared: a busy
/// neighbour inflates wall time but hardly the CPU time of a single-threaded run.
func time<T>(repeats: Int = 1, _ body: () -> T) -> (seconds: Double, cpu: Double, result: T) {
    func once() -> (seconds: Double, cpu: Double, result: T) {
        let start = clockSeconds(CLOCK_MONOTONIC)
        let startCPU = clockSeconds(CLOCK_PROCESS_CPUTIME_ID)
        let result = body()
        return (clockSeconds(CLOCK_MONOTONIC) - start, clockSeconds(CLOCK_PROCESS_CPUTIME_ID) - startCPU, result)
    }
    var best = once()
    for _ in 1 ..< max(1, repeats) {
        let run = once()
        if run.seconds < best.seconds { best = run }
    }
    return best
}

let options = Options(arguments: CommandLine.arguments)
let n = options.nodes
let maxEdges = n * (n - 1) / 2
guard n >= 2, options.edges <= maxEdges else {
    FileHandle.standardError.write(Data("need 2 <= nodes and edges <= n(n-1)/2\n".utf8))
    exit(2)
}

// G(n, m): m distinct node pairs drawn uniformly, rejecting loops and repeats.
var rng = SplitMix64(seed: options.seed)
var seen = Set<Int>()
var edgeList: [(Int, Int)] = []
edgeList.reserveCapacity(options.edges)
while edgeList.count < options.edges {
    let a = rng.next(below: n), b = rng.next(below: n)
    guard a != b else { continue }
    let (u, v) = (min(a, b), max(a, b))
    if seen.insert(u * n + v).inserted { edgeList.append((u, v)) }
}
let kind = NodeKind(rawValue: 0)
let link = EdgeType(rawValue: 0)
let (buildSeconds, _, graph) = time {
    var builder = GraphBuilder(reservingNodes: n, edges: edgeList.count)
    for i in 0 ..< n { builder.addNode(id: String(i), kind: kind) }
    for (u, v) in edgeList { builder.addEdge(from: NodeIndex(u), to: NodeIndex(v), type: link) }
    return builder.build().undirectedSimple()
}
let pairs: [(NodeIndex, NodeIndex)] = (0 ..< options.pairs).map { _ in
    (NodeIndex(rng.next(below: n)), NodeIndex(rng.next(below: n)))
}
let cores = ProcessInfo.processInfo.activeProcessorCount
print("graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges, \(cores) cores; build \(String(format: "%.3f", buildSeconds)) s")

var timings: [String: Double] = ["nodes": Double(n), "edges": Double(graph.edgeCount), "cores": Double(cores)]
var single: [Double] = []
if !options.skipSingle {
    let run = time { graph.betweennessCentrality(normalized: false, workers: 1) }
    single = run.result
    timings["betweenness_single"] = run.seconds
    timings["betweenness_single_cpu"] = run.cpu
    print(String(format: "betweenness exact, 1 worker:   %8.3f s wall, %8.3f s CPU", run.seconds, run.cpu))
}
let parallel = time { graph.betweennessCentrality(normalized: false) }
timings["betweenness_parallel"] = parallel.seconds
timings["betweenness_parallel_cpu"] = parallel.cpu
print(String(format: "betweenness exact, %d workers:  %8.3f s wall, %8.3f s CPU", cores, parallel.seconds, parallel.cpu))
if !single.isEmpty {
    let drift = zip(single, parallel.result).map { abs($0 - $1) / max(1, abs($0)) }.max() ?? 0
    print(String(format: "  max relative difference 1 vs %d workers: %.2e", cores, drift))
}
let jaccard = time(repeats: 5) { graph.linkScores(for: pairs, method: .jaccard) }
timings["jaccard_pairs"] = jaccard.seconds
timings["jaccard_pairs_cpu"] = jaccard.cpu
print(String(format: "jaccard, %d pairs:          %8.4f s wall, %8.4f s CPU", pairs.count, jaccard.seconds, jaccard.cpu))
let queries = Array(0 ..< min(n, 1000)).map { NodeIndex($0) }
for method in LinkPredictionMethod.allCases {
    // One query at a time (allocates O(n) scratch per call) and batched (scratch reused, all cores).
    let single = time(repeats: 3) { queries.map { graph.topK(for: $0, k: 10, method: method) } }
    let batch = time(repeats: 3) { graph.topK(for: queries, k: 10, method: method) }
    timings["topk_single_\(method)"] = single.seconds / Double(queries.count)
    timings["topk_batch_\(method)"] = batch.seconds / Double(queries.count)
    print(String(format: "top-10 %@: %6.1f µs per query alone, %6.1f µs per query batched",
                 "\(method)".padding(toLength: 22, withPad: " ", startingAt: 0),
                 single.seconds / Double(queries.count) * 1e6, batch.seconds / Double(queries.count) * 1e6))
}

// Files for bench/peers.py: same graph, same pairs, our numbers and a checksum.
let directory = URL(fileURLWithPath: options.outDirectory)
do {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var edgeText = "\(n)\n"
    for (u, v) in edgeList { edgeText += "\(u) \(v)\n" }
    try edgeText.write(to: directory.appendingPathComponent("edges.txt"), atomically: true, encoding: .utf8)
    var pairText = ""
    for (u, v) in pairs { pairText += "\(u.rawValue) \(v.rawValue)\n" }
    try pairText.write(to: directory.appendingPathComponent("pairs.txt"), atomically: true, encoding: .utf8)
    let payload: [String: Any] = [
        "timings": timings,
        "betweenness_unnormalized": parallel.result,
        "jaccard": jaccard.result,
    ]
    let data = try JSONSerialization.data(withJSONObject: payload)
    try data.write(to: directory.appendingPathComponent("swift-timings.json"))
    print("wrote \(directory.path)/{edges.txt,pairs.txt,swift-timings.json}")
} catch {
    FileHandle.standardError.write(Data("could not write bench files: \(error)\n".utf8))
    exit(1)
}
