import ChainGraph
import ChainMap
import Foundation

/// What one measured run on a map folder does (the `--run` mode, in a fresh process so peak RSS is its own).
struct MapRunOptions {
    var folder = ""
    var label = "map"
    var outDirectory = ".bench/out"
    /// Exact betweenness with 1 worker and with every core (the 10k map).
    var exact = false
    /// Sampled betweenness from this many pivots, 0 for none (the 1M map).
    var pivots = 0
    var pairs = 100_000
    var k = 10
    var seed: UInt64 = 1
    /// How many top-k queries to write out for bench/peers.py to check against NetworkX.
    var checkedQueries = 200
    /// Stop after loading (for profiling the loader).
    var loadOnly = false
}

/// Loads the map, times every kernel, and writes edges.txt, pairs.txt, flow.txt and swift.json for bench/peers.py.
func runMap(_ options: MapRunOptions) {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var timings: [String: Double] = ["cores": Double(cores)]
    var payload: [String: Any] = ["label": options.label]
    say("== \(options.label): \(options.folder)")

    // Load: read, decode, parse, check every reference — what every command does first.
    let rssBefore = currentRSS()
    let load: (seconds: Double, cpu: Double, result: LoadedMap)
    do {
        load = try measure { try MapLoader.load(folder: options.folder) }
    } catch {
        fail("\(error)")
    }
    let loaded = load.result
    guard !loaded.hasErrors else { fail("the map has errors: \(loaded.errors.prefix(3).map(\.description))") }
    let map = loaded.map
    let peakLoad = peakRSS()
    let ties = map.tieCount
    let records = map.nodes.count
    timings["load"] = load.seconds
    timings["load_cpu"] = load.cpu
    report("load (MapLoader.load incl. validation)", seconds(load) + "   \(records) records, \(ties) ties, \(loaded.warnings.count) warnings")
    let perTie = Double(peakLoad) / Double(max(1, ties))
    report("  peak RSS after load", "\(megabytes(peakLoad)) = \(String(format: "%.0f", perTie)) bytes per tie"
        + " (process start \(megabytes(rssBefore)); the loaded map keeps \(megabytes(currentRSS())))")
    timings["peak_rss_load"] = Double(peakLoad)
    timings["bytes_per_tie"] = perTie
    if options.loadOnly {
        // The load figures alone, for the orchestrator's workbook-versus-CSV line.
        try? FileManager.default.createDirectory(atPath: options.outDirectory, withIntermediateDirectories: true)
        let figures: [String: Double] = ["load": load.seconds, "load_cpu": load.cpu, "peak_rss_load": Double(peakLoad),
                                         "records": Double(records)]
        _ = try? JSONSerialization.data(withJSONObject: figures).write(to: URL(fileURLWithPath: options.outDirectory + "/load.json"))
        return
    }

    // The engine graph: directed typed graph plus the undirected simple projection the measures use.
    let rssBeforeGraph = currentRSS()
    let built = measure { map.graph() }
    let graph = built.result.undirected
    let n = graph.nodeCount
    timings["build_graph"] = built.seconds
    let graphBytes = currentRSS() - rssBeforeGraph
    report("build graph (directed + undirected simple)", seconds(built)
        + "   \(n) nodes, \(graph.edgeCount) undirected edges; RSS +\(megabytes(graphBytes))"
        + String(format: " = %.0f bytes per tie", Double(graphBytes) / Double(max(1, ties))))
    timings["nodes"] = Double(n)
    timings["edges"] = Double(graph.edgeCount)
    timings["ties"] = Double(ties)

    let components = measure(repeats: 3) { graph.connectedComponents() }
    timings["components"] = components.seconds
    report("connected components", seconds(components)
        + "   \(components.result.count) components, largest \(components.result.components.first?.count ?? 0)")
    payload["components"] = components.result.count

    let pagerank: (seconds: Double, cpu: Double, result: [Double])
    let pagerankNetworkX: (seconds: Double, cpu: Double, result: [Double])
    do {
        pagerank = try measure(repeats: 3) { try graph.pageRank(weighted: false) }
        pagerankNetworkX = try measure(repeats: 3) { try graph.pageRank(tolerance: 1e-6, weighted: false) }
    } catch {
        fail("PageRank: \(error)")
    }
    timings["pagerank"] = pagerank.seconds
    timings["pagerank_cpu"] = pagerank.cpu
    timings["pagerank_networkx"] = pagerankNetworkX.seconds
    report("PageRank (alpha 0.85, converged)", seconds(pagerank))
    report("PageRank (NetworkX's rule, tol 1e-6)", seconds(pagerankNetworkX))
    payload["pagerank"] = pagerank.result
    payload["pagerank_networkx"] = pagerankNetworkX.result

    if options.exact {
        let single = measure { graph.betweennessCentrality(normalized: false, workers: 1) }
        timings["betweenness_single"] = single.seconds
        timings["betweenness_single_cpu"] = single.cpu
        report("betweenness exact, 1 worker", seconds(single))
        let parallel = measure { graph.betweennessCentrality(normalized: false) }
        timings["betweenness_parallel"] = parallel.seconds
        timings["betweenness_parallel_cpu"] = parallel.cpu
        let drift = zip(single.result, parallel.result).map { abs($0 - $1) / max(1, abs($0)) }.max() ?? 0
        report("betweenness exact, \(cores) workers", seconds(parallel) + String(format: "   (max rel. diff vs 1 worker %.1e)", drift))
        payload["betweenness_unnormalized"] = parallel.result
    }
    if options.pivots > 0 {
        var rng = SplitMix64(seed: options.seed)
        let pivots = rng.sample(options.pivots, from: n)  // the sources the engine draws for this seed
        let single = measure { graph.betweennessCentrality(normalized: false, pivots: options.pivots, seed: options.seed, workers: 1) }
        timings["sampled_single"] = single.seconds
        report("betweenness sampled (\(options.pivots) pivots), 1 worker", seconds(single))
        let parallel = measure { graph.betweennessCentrality(normalized: false, pivots: options.pivots, seed: options.seed) }
        timings["sampled_parallel"] = parallel.seconds
        report("betweenness sampled, \(cores) workers", seconds(parallel))
        payload["sampled"] = ["pivots": pivots, "values": parallel.result]
    }

    // Pairs: half uniform (mostly without common neighbours), half two hops apart (the interesting ones).
    var rng = SplitMix64(seed: options.seed ^ 0x5EED)
    var pairs: [(NodeIndex, NodeIndex)] = []
    pairs.reserveCapacity(options.pairs)
    while pairs.count < options.pairs, n > 1 {
        let u = NodeIndex(rng.next(below: n))
        if pairs.count % 2 == 0 {
            pairs.append((u, NodeIndex(rng.next(below: n))))
            continue
        }
        let middle = graph.neighbors(of: u)
        guard !middle.isEmpty else { continue }
        let far = graph.neighbors(of: middle[rng.next(below: middle.count)])
        let v = far[rng.next(below: far.count)]
        if v != u { pairs.append((u, v)) }
    }
    for method in [LinkPredictionMethod.jaccard, .resourceAllocation] {
        let run = measure(repeats: 5) { graph.linkScores(for: pairs, method: method) }
        let key = method == .jaccard ? "jaccard" : "resource_allocation"
        timings["\(key)_pairs"] = run.seconds
        report("link scores, \(method), \(pairs.count) pairs", seconds(run))
        payload[key] = run.result
    }

    // Top-k new partners for the enterprise of every demand, batched over all cores.
    let queries = map.demands.compactMap { graph.index(of: $0.enterprise) }
    let topK = measure(repeats: 3) { graph.topK(for: queries, k: options.k, method: .resourceAllocation) }
    timings["topk_demands"] = topK.seconds
    timings["topk_queries"] = Double(queries.count)
    report("top-\(options.k) partners for every demand", seconds(topK)
        + String(format: "   %d demands (%d enterprises), %.1f µs per query", queries.count, Set(queries).count,
                 topK.seconds / Double(max(1, queries.count)) * 1e6))
    payload["topk"] = zip(queries, topK.result).prefix(options.checkedQueries).map { query, candidates in
        ["query": query.int, "nodes": candidates.map(\.node.int), "scores": candidates.map(\.score)] as [String: Any]
    }
    payload["topk_k"] = options.k

    // `chainmap candidates` for every open demand: index the map once (reusing the graph), then rank them all.
    let openDemands = map.demands.filter { $0.status == .open }
    let index = measure { CandidateRanking(map: map, graph: built.result) }
    let ranked = measure(repeats: 3) { index.result.rank(demands: openDemands, top: 5) }
    let candidatesSeconds = index.seconds + ranked.seconds
    timings["candidates_index"] = index.seconds
    timings["candidates_demands"] = candidatesSeconds
    report("candidates (top 5, explained) for every open demand",
           String(format: "%6.3f s wall (index %.3f s + rank %.3f s, %.3f s CPU)", candidatesSeconds, index.seconds, ranked.seconds, ranked.cpu)
        + String(format: "   %d demands, %.1f µs each; %d with a candidate", openDemands.count,
                 candidatesSeconds / Double(max(1, openDemands.count)) * 1e6,
                 ranked.result.filter { !$0.candidates.isEmpty }.count))

    // The same for every demand, whatever its status (what `--demand` would give for each).
    let rankedAll = measure(repeats: 3) { index.result.rank(demands: map.demands, top: 5) }
    timings["candidates_all_demands"] = index.seconds + rankedAll.seconds
    report("candidates for every demand, any status",
           String(format: "%6.3f s wall (index %.3f s + rank %.3f s, %.3f s CPU)", index.seconds + rankedAll.seconds, index.seconds,
                  rankedAll.seconds, rankedAll.cpu)
        + String(format: "   %d demands, %.1f µs each", map.demands.count,
                 (index.seconds + rankedAll.seconds) / Double(max(1, map.demands.count)) * 1e6))

    // The commissioner assignment exactly as `chainmap match` computes it (ranking, network, solver).
    do {
        let matching = try measure { try ExpertMatching.assign(in: map) }
        timings["expert_matching"] = matching.seconds
        report("commissioner assignment (chainmap match)", seconds(matching)
            + "   \(matching.result.assignments.count) assignments, total fit \(String(format: "%.6f", matching.result.assignedFit))")
    } catch {
        fail("expert matching: \(error)")
    }

    // The engine's min-cost flow kernel alone, on a plain expert → open demand network that NetworkX can read
    // (bench/peers.py compares flow value and cost): not the assignment `chainmap match` solves.
    let network = measure { AssignmentNetwork(map: map) }
    let assignment = network.result
    do {
        let flow = try measure { try assignment.network.minCostMaxFlow(source: assignment.source, sink: assignment.sink) }
        timings["mincost_flow"] = flow.seconds
        timings["mincost_flow_build"] = network.seconds
        payload["mincost_flow"] = ["flow": flow.result.flow, "cost": flow.result.cost]
        report("min-cost flow kernel (for NetworkX)", seconds(flow)
            + "   \(assignment.experts) experts, \(assignment.demands) open demands, \(assignment.network.arcCount) arcs;"
            + " flow \(flow.result.flow), cost \(flow.result.cost) (network built in \(String(format: "%.3f", network.seconds)) s)")
    } catch {
        fail("min-cost flow: \(error)")
    }

    runInterop(map, outDirectory: options.outDirectory, timings: &timings)

    let peakEnd = peakRSS()
    timings["peak_rss_end"] = Double(peakEnd)
    report("peak RSS at the end", "\(megabytes(peakEnd)) = \(String(format: "%.0f", Double(peakEnd) / Double(max(1, ties)))) bytes per tie")

    // Files for bench/peers.py: the same undirected simple graph, pairs and pivots, and our numbers.
    let directory = URL(fileURLWithPath: options.outDirectory)
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var edgeText: [UInt8] = Array("\(n)\n".utf8)
        edgeText.reserveCapacity(graph.edgeCount * 14)
        for u in 0 ..< n {
            for v in graph.neighbors(of: NodeIndex(u)) where v.int > u {
                edgeText.append(contentsOf: "\(u) \(v.int)\n".utf8)
            }
        }
        try Data(edgeText).write(to: directory.appendingPathComponent("edges.txt"))
        var pairText: [UInt8] = []
        for (u, v) in pairs { pairText.append(contentsOf: "\(u.int) \(v.int)\n".utf8) }
        try Data(pairText).write(to: directory.appendingPathComponent("pairs.txt"))
        // The same pairs by id, for `chainmap links --pairs` end to end (timed by peers.py against igraph's process).
        var idText: [UInt8] = []
        for (u, v) in pairs { idText.append(contentsOf: "\(graph.id(of: u)) \(graph.id(of: v))\n".utf8) }
        let idPath = directory.appendingPathComponent("pairs-ids.txt")
        try Data(idText).write(to: idPath)
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let chainmap = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("chainmap").path
        if FileManager.default.isExecutableFile(atPath: chainmap) {
            payload["links_command"] = [chainmap, "links", options.folder, "--pairs", idPath.path, "--method", "jaccard", "--format", "json"]
        }
        // The assignment network: "nodes source sink", then one "tail head capacity cost" line per arc.
        let flowNetwork = assignment.network
        var flowText: [UInt8] = Array("\(flowNetwork.nodeCount) \(assignment.source.int) \(assignment.sink.int)\n".utf8)
        for arc in 0 ..< flowNetwork.arcCount {
            let (from, to, capacity, cost) = flowNetwork.arc(arc)
            flowText.append(contentsOf: "\(from.int) \(to.int) \(capacity ?? -1) \(cost)\n".utf8)
        }
        try Data(flowText).write(to: directory.appendingPathComponent("flow.txt"))
        payload["timings"] = timings
        let data = try JSONSerialization.data(withJSONObject: payload)
        try data.write(to: directory.appendingPathComponent("swift.json"))
        say("wrote \(directory.path)/{edges.txt,pairs.txt,flow.txt,swift.json}")
    } catch {
        fail("could not write bench files: \(error)")
    }
}
