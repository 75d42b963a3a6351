#!/usr/bin/env python3
"""Runs python-igraph and NetworkX on the graph chainmap-bench measured, checks that they agree
with ChainGraph, and prints speed ratios (peer time / ChainGraph time, in the same run).

Usage (chainmap-bench runs it for each map when igraph and networkx import; see bench/README.md):
    python3 bench/peers.py .bench/10k [--networkx-max-nodes 3000] [--networkx-max-edges 2000000]

Reads DIR/edges.txt (first line: node count; then "u v" per undirected edge of the simple
projection), DIR/pairs.txt, DIR/flow.txt and DIR/swift.json; writes DIR/peers.json with the ratios.

igraph's betweenness and Jaccard are single-threaded; ChainGraph's figures are given for 1
worker and for all cores. NetworkX's exact betweenness takes about 20 minutes on the 10k map,
so it runs only below --networkx-max-nodes. Wall and process-CPU seconds are both shown, since
the machine may be shared; ratios use wall time.
"""
import argparse
import heapq
import json
import os
import statistics
import subprocess
import sys
import time


def timed(function):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def line(label, wall, cpu=None, note=""):
    cpu_text = f", {cpu:8.3f} s CPU" if cpu is not None else ""
    print(f"{label:44s}{wall:8.3f} s wall{cpu_text}   {note}".rstrip(), flush=True)


def max_relative(ours, theirs, floor=1.0):
    return max((abs(a - b) / max(floor, abs(a), abs(b)) for a, b in zip(ours, theirs)), default=0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=".bench/10k")
    parser.add_argument("--networkx-max-nodes", type=int, default=3000,
                        help="run NetworkX's exact betweenness only up to this many nodes")
    parser.add_argument("--networkx-max-edges", type=int, default=2_000_000,
                        help="skip NetworkX entirely above this many edges")
    args = parser.parse_args()

    with open(os.path.join(args.directory, "edges.txt")) as handle:
        n = int(handle.readline())
        edges = [tuple(map(int, text.split())) for text in handle if text.strip()]
    with open(os.path.join(args.directory, "pairs.txt")) as handle:
        pairs = [tuple(map(int, text.split())) for text in handle if text.strip()]
    with open(os.path.join(args.directory, "swift.json")) as handle:
        swift = json.load(handle)
    ours = swift["timings"]
    cores = int(ours.get("cores", 1))
    rows = []  # (label, peer seconds, ChainGraph seconds, target ratio or None)
    disagreements = []

    import igraph

    wall, cpu, graph = timed(lambda: igraph.Graph(n=n, edges=edges))
    print(f"graph: {n} nodes, {graph.ecount()} edges; {len(pairs)} pairs; igraph {igraph.__version__}")
    line("igraph Graph(edges)", wall, cpu, "(ChainGraph builds from the map instead: not compared)")

    wall, cpu, parts = timed(lambda: graph.connected_components())
    agree = len(parts) == swift["components"]
    line("igraph connected_components", wall, cpu, f"{len(parts)} components, {'same' if agree else 'DIFFERENT'} count")
    rows.append(("components vs igraph", wall, ours.get("components"), None))
    if not agree:
        disagreements.append("components")

    # igraph solves PageRank exactly (PRPACK): the reference for ChainGraph's converged default (target: every
    # node within 1e-6 relative), and the measure of how far NetworkX's default stopping rule leaves the scores.
    wall, cpu, rank = timed(lambda: graph.pagerank(damping=0.85))
    worst = max(abs(a - b) / b for a, b in zip(swift["pagerank"], rank) if b > 0)
    line("igraph pagerank (PRPACK, exact)", wall, cpu, f"ChainGraph within {worst:.1e} relative on every node (target 1e-6)")
    rows.append(("PageRank (converged) vs igraph", wall, ours.get("pagerank"), 3.0))
    if worst > 1e-6:
        disagreements.append("pagerank")
    if "pagerank_networkx" in swift:
        loose = max(abs(a - b) / b for a, b in zip(swift["pagerank_networkx"], rank) if b > 0)
        print(f"{'':44s}NetworkX's rule (tol 1e-6) stops {loose:.1e} relative away from it")

    if "betweenness_unnormalized" in swift:
        wall, cpu, between = timed(graph.betweenness)
        diff = max_relative(between, swift["betweenness_unnormalized"])
        line("igraph betweenness (exact)", wall, cpu, f"max rel. diff vs ChainGraph {diff:.1e}")
        rows.append(("exact betweenness, ChainGraph 1 worker vs igraph", wall, ours.get("betweenness_single"), 3.0))
        rows.append((f"exact betweenness, ChainGraph {cores} workers vs igraph", wall, ours.get("betweenness_parallel"), 5.0))
        if diff > 1e-6:
            disagreements.append("betweenness")

    if "sampled" in swift:
        pivots = swift["sampled"]["pivots"]
        values = swift["sampled"]["values"]
        # igraph's subset betweenness from the same sources does the same work (one BFS per pivot);
        # ChainGraph's estimate is that sum times a constant, which must be the same for every node.
        wall, cpu, subset = timed(lambda: graph.betweenness(sources=pivots))
        pivot_set = set(pivots)
        ratios = [v / s for i, (v, s) in enumerate(zip(values, subset)) if i not in pivot_set and s > 1e-9]
        scale = statistics.median(ratios) if ratios else 0.0
        spread = max((abs(r - scale) / scale for r in ratios), default=0.0) if scale else 0.0
        line(f"igraph betweenness(sources={len(pivots)} pivots)", wall, cpu,
             f"ChainGraph = {scale:.4g} x igraph on {len(ratios)} nodes, max rel. spread {spread:.1e}")
        rows.append(("sampled betweenness, ChainGraph 1 worker vs igraph", wall, ours.get("sampled_single"), None))
        rows.append((f"sampled betweenness, ChainGraph {cores} workers vs igraph", wall, ours.get("sampled_parallel"), None))
        if spread > 1e-6:
            disagreements.append("sampled betweenness")

    wall, cpu, jaccard = timed(lambda: graph.similarity_jaccard(pairs=pairs))
    line("igraph similarity_jaccard(pairs)", wall, cpu)
    rows.append(("Jaccard, 100k pairs, ChainGraph vs igraph", wall, ours.get("jaccard_pairs"), 2.0))

    # links end to end: `chainmap links --pairs` as a whole process (load the map, build the graph, read the
    # pair file, score, write JSON) against a whole python process that reads the edge list and the pairs into
    # igraph and calls similarity_jaccard. Alternated, medians of 5, in the same run.
    command = swift.get("links_command")
    if command:
        script = ("import sys, igraph\n"
                  "with open(sys.argv[1]) as h:\n"
                  "    n = int(h.readline()); edges = [tuple(map(int, t.split())) for t in h if t.strip()]\n"
                  "with open(sys.argv[2]) as h:\n"
                  "    pairs = [tuple(map(int, t.split())) for t in h if t.strip()]\n"
                  "scores = igraph.Graph(n=n, edges=edges).similarity_jaccard(pairs=pairs)\n")
        peer_command = [sys.executable, "-c", script, os.path.join(args.directory, "edges.txt"),
                        os.path.join(args.directory, "pairs.txt")]

        def whole(argv):
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
            return time.perf_counter() - start

        mine, theirs = [], []
        for _ in range(5):
            mine.append(whole(command))
            theirs.append(whole(peer_command))
        line("igraph whole process: read + similarity_jaccard", statistics.median(theirs), None,
             f"range {min(theirs):.3f}-{max(theirs):.3f} s")
        line("chainmap links --pairs (whole process, JSON)", statistics.median(mine), None,
             f"range {min(mine):.3f}-{max(mine):.3f} s")
        rows.append(("links --pairs end to end vs igraph whole process", statistics.median(theirs), statistics.median(mine), 1.5))

    edge_count = graph.ecount()
    del graph
    if edge_count > args.networkx_max_edges:
        print(f"networkx skipped (more than {args.networkx_max_edges} edges)")
    else:
        import networkx as nx

        def build():
            g = nx.Graph()
            g.add_nodes_from(range(n))
            g.add_edges_from(edges)
            return g

        wall, cpu, nxgraph = timed(build)
        line(f"networkx Graph (networkx {nx.__version__})", wall, cpu, "(not compared)")
        wall, cpu, count = timed(lambda: nx.number_connected_components(nxgraph))
        line("networkx connected_components", wall, cpu)
        rows.append(("components vs networkx", wall, ours.get("components"), None))
        wall, cpu, rank = timed(lambda: nx.pagerank(nxgraph, alpha=0.85))
        diff = max(abs(rank[i] - swift["pagerank_networkx"][i]) for i in range(n))
        line("networkx pagerank (tol 1e-6)", wall, cpu, f"max abs. diff vs ChainGraph with NetworkX's rule {diff:.1e}")
        rows.append(("PageRank, NetworkX's rule, vs networkx", wall, ours.get("pagerank_networkx"), None))
        if diff > 1e-12:
            disagreements.append("pagerank vs networkx")

        if "betweenness_unnormalized" in swift and n <= args.networkx_max_nodes:
            wall, cpu, between = timed(lambda: nx.betweenness_centrality(nxgraph, normalized=False))
            diff = max_relative([between[i] for i in range(n)], swift["betweenness_unnormalized"])
            line("networkx betweenness (exact)", wall, cpu, f"max rel. diff {diff:.1e}")
            rows.append(("exact betweenness, ChainGraph 1 worker vs networkx", wall, ours.get("betweenness_single"), None))
        elif "betweenness_unnormalized" in swift:
            print(f"networkx exact betweenness skipped (more than {args.networkx_max_nodes} nodes; about 20 minutes at 10k)")

        # NetworkX defines the scores; its values are the reference for ChainGraph's.
        wall, cpu, reference = timed(lambda: [p for _, _, p in nx.jaccard_coefficient(nxgraph, pairs)])
        diff = max((abs(a - b) for a, b in zip(reference, swift["jaccard"])), default=0.0)
        differing = sum(abs(a - b) > 1e-12 for a, b in zip(jaccard, reference))
        line("networkx jaccard_coefficient(pairs)", wall, cpu,
             f"max abs. diff vs ChainGraph {diff:.1e}; igraph's pair mode differs from it on {differing} pairs")
        rows.append(("Jaccard, 100k pairs, ChainGraph vs networkx", wall, ours.get("jaccard_pairs"), None))
        if diff > 1e-12:
            disagreements.append("jaccard")
        wall, cpu, reference = timed(lambda: [p for _, _, p in nx.resource_allocation_index(nxgraph, pairs)])
        diff = max_relative(reference, swift["resource_allocation"], floor=1e-300)
        line("networkx resource_allocation_index(pairs)", wall, cpu, f"max rel. diff vs ChainGraph {diff:.1e}")
        rows.append(("resource allocation, 100k pairs, vs networkx", wall, ours.get("resource_allocation_pairs"), None))
        if diff > 1e-12:
            disagreements.append("resource allocation")

        # Top-k new partners by resource allocation, the way one would with NetworkX: score the
        # two-hop candidates (all others score 0), keep the k best. ChainGraph's batch per query vs this.
        queries = swift.get("topk", [])
        k = swift.get("topk_k", 10)
        adjacency = {v: sorted(nxgraph[v]) for v in range(n)}
        degree = {v: len(adjacency[v]) for v in range(n)}

        def top_k(u):
            blocked = set(adjacency[u]) | {u}
            scores = {}
            for w in adjacency[u]:  # increasing order, as ChainGraph sums
                share = 1.0 / degree[w]
                for x in adjacency[w]:
                    if x not in blocked:
                        scores[x] = scores.get(x, 0.0) + share
            return heapq.nsmallest(k, ((-s, x) for x, s in scores.items()))

        wall, cpu, found = timed(lambda: [top_k(q["query"]) for q in queries])
        mismatched = sum(
            [x for _, x in mine] != q["nodes"] or any(abs(-s - t) > 1e-12 * max(1.0, t) for (s, _), t in zip(mine, q["scores"]))
            for mine, q in zip(found, queries))
        if queries:
            per_query = wall / len(queries)
            line(f"python top-{k} (2-hop RA) for {len(queries)} demands", wall, cpu,
                 f"{per_query * 1e6:.0f} µs per query; {mismatched} of {len(queries)} differ from ChainGraph")
            total = ours.get("topk_demands")
            queries_total = ours.get("topk_queries", 0)
            if total and queries_total:
                rows.append((f"top-{k} partners per demand vs python/networkx", per_query, total / queries_total, None))
        if mismatched:
            disagreements.append("top-k")

        # Min-cost max-flow on the commissioner-assignment network: NetworkX max_flow_min_cost (a maximum flow,
        # then network simplex) against ChainGraph's primal-dual successive shortest paths. Per-arc flows may
        # differ between optimal solutions; flow value and cost may not.
        flow_path = os.path.join(args.directory, "flow.txt")
        if os.path.exists(flow_path) and "mincost_flow" in swift:
            with open(flow_path) as handle:
                _, source, sink = map(int, handle.readline().split())
                arcs = [tuple(map(int, text.split())) for text in handle if text.strip()]
            network = nx.DiGraph()
            for u, v, capacity, cost in arcs:
                if network.has_edge(u, v):
                    sys.exit("flow.txt has parallel arcs, which a networkx DiGraph cannot hold")
                if capacity < 0:
                    network.add_edge(u, v, weight=cost)
                else:
                    network.add_edge(u, v, capacity=capacity, weight=cost)

            def solve():
                flow = nx.max_flow_min_cost(network, source, sink)
                return sum(flow[source].values()), nx.cost_of_flow(network, flow)

            wall, cpu, (value, cost) = timed(solve)
            expected = swift["mincost_flow"]
            agree = value == expected["flow"] and cost == expected["cost"]
            line("networkx max_flow_min_cost", wall, cpu,
                 f"{len(arcs)} arcs; flow {value}, cost {cost}: {'same' if agree else 'DIFFERENT'} as ChainGraph")
            rows.append(("min-cost max-flow vs networkx", wall, ours.get("mincost_flow"), None))
            if not agree:
                disagreements.append("min-cost flow")

    print(f"\nspeed-up of ChainGraph (peer wall time / ChainGraph wall time), {cores} cores:")
    ratios = []
    for label, peer, mine, target in rows:
        if not mine:
            continue
        ratio = peer / mine
        verdict = "" if target is None else (f"  (target >= {target:g}: {'ok' if ratio >= target else 'MISSED'})")
        print(f"  {label:58s} {ratio:8.2f}x{verdict}")
        entry = {"label": label, "ratio": ratio, "peer_seconds": peer, "chaingraph_seconds": mine}
        if target is not None:
            entry["target"] = target
        ratios.append(entry)
    with open(os.path.join(args.directory, "peers.json"), "w") as handle:
        json.dump({"ratios": ratios, "disagreements": disagreements}, handle, indent=1)
    if disagreements:
        print("\nRESULTS DISAGREE: " + ", ".join(disagreements), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
