#!/usr/bin/env python3
"""Times python-igraph (and NetworkX on small graphs) on the graph written by chainmap-bench,
checks that the results agree with ChainGraph's, and prints speed ratios.

Usage:
    swift run -c release chainmap-bench --out out/bench      # writes edges, pairs, timings
    python3 bench/peers.py out/bench [--networkx-max-nodes 3000]

igraph's betweenness and Jaccard are single-threaded. Both wall and process-CPU seconds are
shown, since the machine may be shared; ratios use wall time of each side in the same run.
"""
import argparse
import json
import os
import sys
import time


def timed(function):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default="out/bench")
    parser.add_argument("--networkx-max-nodes", type=int, default=3000)
    args = parser.parse_args()

    with open(os.path.join(args.directory, "edges.txt")) as handle:
        n = int(handle.readline())
        edges = [tuple(map(int, line.split())) for line in handle if line.strip()]
    with open(os.path.join(args.directory, "pairs.txt")) as handle:
        pairs = [tuple(map(int, line.split())) for line in handle if line.strip()]
    with open(os.path.join(args.directory, "swift-timings.json")) as handle:
        swift = json.load(handle)
    ours = swift["timings"]

    import igraph

    graph = igraph.Graph(n=n, edges=edges)
    print(f"graph: {n} nodes, {graph.ecount()} edges; {len(pairs)} pairs; igraph {igraph.__version__}")

    wall, cpu, betweenness = timed(graph.betweenness)
    worst = max(abs(a - b) / max(1.0, abs(a)) for a, b in zip(betweenness, swift["betweenness_unnormalized"]))
    print(f"igraph betweenness:            {wall:8.3f} s wall, {cpu:8.3f} s CPU   (max rel. diff vs ChainGraph {worst:.1e})")
    rows = [("betweenness, ChainGraph 1 worker", wall, ours.get("betweenness_single")),
            (f"betweenness, ChainGraph {int(ours['cores'])} workers", wall, ours.get("betweenness_parallel"))]

    wall_j, cpu_j, jaccard = timed(lambda: graph.similarity_jaccard(pairs=pairs))
    print(f"igraph similarity_jaccard:     {wall_j:8.4f} s wall, {cpu_j:8.4f} s CPU")
    # Check ChainGraph against the NetworkX definition, |N(u) & N(v)| / |N(u) | N(v)|, with
    # plain sets. igraph 1.0's pair mode reports a larger union for pairs that do have common
    # neighbours (e.g. 1/53 where NetworkX gives 1/51), so its values are shown for information.
    neighbours = [set() for _ in range(n)]
    for u, v in edges:
        if u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    def reference(u, v):
        union = len(neighbours[u] | neighbours[v])
        return len(neighbours[u] & neighbours[v]) / union if union else 0.0
    worst_j = max(abs(reference(u, v) - b) for (u, v), b in zip(pairs, swift["jaccard"]))
    differing = sum(abs(a - b) > 1e-12 for a, b in zip(jaccard, swift["jaccard"]))
    print(f"  ChainGraph vs set-based NetworkX definition: max abs. diff {worst_j:.1e};"
          f" igraph differs on {differing} of {len(pairs)} pairs")
    rows.append(("jaccard pairs, ChainGraph", wall_j, ours.get("jaccard_pairs")))

    if n <= args.networkx_max_nodes:
        import networkx as nx

        nxgraph = nx.Graph()
        nxgraph.add_nodes_from(range(n))
        nxgraph.add_edges_from(edges)
        wall_n, cpu_n, _ = timed(lambda: nx.betweenness_centrality(nxgraph, normalized=False))
        print(f"networkx betweenness:          {wall_n:8.3f} s wall, {cpu_n:8.3f} s CPU")
        rows.append(("betweenness vs networkx, ChainGraph 1 worker", wall_n, ours.get("betweenness_single")))
        wall_nj, _, _ = timed(lambda: list(nx.jaccard_coefficient(nxgraph, pairs)))
        print(f"networkx jaccard_coefficient:  {wall_nj:8.4f} s wall")
        rows.append(("jaccard vs networkx, ChainGraph", wall_nj, ours.get("jaccard_pairs")))
    else:
        print(f"networkx skipped (more than {args.networkx_max_nodes} nodes)")

    print("\nspeed-up of ChainGraph (peer wall time / ChainGraph wall time):")
    for label, peer, mine in rows:
        if mine:
            print(f"  {label:48s} {peer / mine:7.2f}x")
    if worst > 1e-6 or worst_j > 1e-12:
        print("\nRESULTS DISAGREE", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
