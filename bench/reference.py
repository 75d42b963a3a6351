#!/usr/bin/env python3
"""Writes the NetworkX reference fixtures of the ChainGraph tests.

Usage: python3 bench/reference.py            (from the repository root; needs networkx)

Every graph is generated from fixed seeds, so re-running gives identical files. Each JSON
file holds the input (node ids in insertion order, the raw edge list) and what NetworkX
computes on it, plus the NetworkX version. Output: Tests/ChainGraphTests/Fixtures/*.json.

Undirected fixtures mirror ChainGraph's `Graph.undirectedSimple()`: the raw edge list (which
may hold self-loops and parallel edges, i.e. a MultiGraph) is projected to a simple
nx.Graph without self-loops, keeping the minimum weight of parallel edges.
"""
import json
import os
import random
import sys

# NetworkX sums Adamic-Adar and resource-allocation terms over Python sets, whose order for
# string ids depends on the hash seed; fix it so the last bits are the same on every run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ChainGraphTests", "Fixtures")


def simple_projection(nodes, edges):
    """MultiGraph edge list -> simple nx.Graph: loops dropped, parallel edges at min weight."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for u, v, w in edges:
        if u == v:
            continue
        if graph.has_edge(u, v):
            graph[u][v]["weight"] = min(graph[u][v]["weight"], w)
        else:
            graph.add_edge(u, v, weight=w)
    return graph


def by_id(mapping):
    return {str(k): v for k, v in sorted(mapping.items(), key=lambda item: str(item[0]))}


def pagerank_expectations(graph):
    """PageRank converged tightly (tol=1e-12: what ChainGraph's default must match to 1e-6 relative), and at
    NetworkX's default tolerance (what `--tolerance 1e-6` reproduces)."""
    return {
        "pagerank": by_id(nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)),
        "pagerank_unweighted": by_id(nx.pagerank(graph, alpha=0.85, weight=None, tol=1e-12, max_iter=10000)),
        "pagerank_networkx_default": by_id(nx.pagerank(graph, alpha=0.85, weight="weight")),
        "pagerank_unweighted_networkx_default": by_id(nx.pagerank(graph, alpha=0.85, weight=None)),
    }


def link_pairs(graph, rng, count):
    """Edges, non-edges, pairs without common neighbours and pairs of isolated nodes."""
    nodes = list(graph.nodes())
    pairs = []
    edges = sorted(graph.edges())
    pairs += [list(e) for e in edges[: max(1, count // 4)]]
    while len(pairs) < count:
        u, v = rng.sample(nodes, 2)
        pairs.append([u, v])
    no_common = [[u, v] for u in nodes for v in nodes
                 if u < v and not graph.has_edge(u, v) and not set(graph[u]) & set(graph[v])]
    pairs += no_common[:3]
    isolated = [u for u in nodes if graph.degree(u) == 0]
    pairs += [[u, v] for u, v in zip(isolated, isolated[1:])][:2]
    pairs += [[u, isolated[0]] for u in nodes[:1] if isolated and u != isolated[0]]
    return pairs


def undirected_fixture(name, nodes, edges, sources, pair_count, seed, description):
    graph = simple_projection(nodes, edges)
    rng = random.Random(seed)
    pairs = link_pairs(graph, rng, pair_count)

    def scores(function):
        return [p for _, _, p in function(graph, [tuple(p) for p in pairs])]

    expected = {
        "degree": by_id(dict(graph.degree())),
        "degree_centrality": by_id(nx.degree_centrality(graph)),
        "components": sorted(sorted(c) for c in nx.connected_components(graph)),
        "bfs": {s: by_id(nx.single_source_shortest_path_length(graph, s)) for s in sources},
        "dijkstra": {s: by_id(nx.single_source_dijkstra_path_length(graph, s, weight="weight")) for s in sources},
        "ego2": {s: sorted(nx.ego_graph(graph, s, radius=2).nodes()) for s in sources},
        "betweenness": by_id(nx.betweenness_centrality(graph, normalized=True)),
        "betweenness_unnormalized": by_id(nx.betweenness_centrality(graph, normalized=False)),
        **pagerank_expectations(graph),
        "link_pairs": pairs,
        "common_neighbors": [len(list(nx.common_neighbors(graph, u, v))) for u, v in pairs],
        "jaccard": scores(nx.jaccard_coefficient),
        "adamic_adar": scores(nx.adamic_adar_index),
        "resource_allocation": scores(nx.resource_allocation_index),
        "preferential_attachment": scores(nx.preferential_attachment),
        "edge_count": graph.number_of_edges(),
    }
    return {
        "name": name,
        "description": description,
        "networkx_version": nx.__version__,
        "directed": False,
        "nodes": nodes,
        "edges": [[u, v, w] for u, v, w in edges],
        "sources": sources,
        "expected": expected,
    }


def directed_fixture():
    rng = random.Random(11)
    base = nx.gnm_random_graph(60, 240, seed=3, directed=True)
    nodes = [f"d{i:02d}" for i in base.nodes()]
    edges = [[f"d{u:02d}", f"d{v:02d}", round(rng.uniform(0.5, 5.0), 3)] for u, v in sorted(base.edges())]
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(edges)
    sources = ["d00", "d07", "d31"]
    expected = {
        "bfs": {s: by_id(nx.single_source_shortest_path_length(graph, s)) for s in sources},
        "dijkstra": {s: by_id(nx.single_source_dijkstra_path_length(graph, s, weight="weight")) for s in sources},
        **pagerank_expectations(graph),
        "in_degree": by_id(dict(graph.in_degree())),
        "out_degree": by_id(dict(graph.out_degree())),
    }
    return {
        "name": "directed",
        "description": "nx.gnm_random_graph(60, 240, seed=3, directed=True), weights uniform(0.5, 5) rounded",
        "networkx_version": nx.__version__,
        "directed": True,
        "nodes": nodes,
        "edges": edges,
        "sources": sources,
        "expected": expected,
    }


def flow_case(name, arcs, source, sink, amount=None, note=""):
    """arcs: [u, v, capacity or None (unbounded), cost]. amount: None = max flow min cost."""
    graph = nx.DiGraph()
    for u, v, capacity, cost in arcs:
        attributes = {"weight": cost}
        if capacity is not None:
            attributes["capacity"] = capacity
        graph.add_edge(u, v, **attributes)
    case = {"name": name, "note": note, "arcs": arcs, "source": source, "sink": sink, "amount": amount}
    try:
        if amount is None:
            flow = nx.max_flow_min_cost(graph, source, sink)
        else:
            graph.nodes[source]["demand"] = -amount
            graph.nodes[sink]["demand"] = amount
            flow = nx.min_cost_flow(graph)
        value = sum(flow[source].values()) - sum(flow[u][source] for u in graph.predecessors(source))
        case["expected"] = {"flow": value, "cost": nx.cost_of_flow(graph, flow)}
    except (nx.NetworkXUnbounded, nx.NetworkXUnfeasible) as error:
        case["expected"] = {"error": type(error).__name__}
    return case


def flow_fixture():
    doc_example = [  # the example of networkx.max_flow_min_cost's docstring (cost 373)
        [1, 2, 12, 4], [1, 3, 20, 6], [2, 3, 6, -3], [2, 6, 14, 1], [3, 4, None, 9],
        [3, 5, 10, 5], [4, 2, 19, 13], [4, 5, 4, 0], [5, 7, 28, 2], [6, 5, 11, 1],
        [6, 7, None, 8], [7, 4, 6, 6],
    ]
    # The example of networkx.min_cost_flow's docstring (a -> d, demand 5, cost 24), with
    # nodes a, b, c, d numbered 0, 1, 2, 3.
    small = [[0, 1, 4, 3], [0, 2, 10, 6], [1, 3, 9, 1], [2, 3, 5, 2]]
    rng = random.Random(5)
    random_arcs, seen = [], set()
    while len(random_arcs) < 120:
        u, v = rng.randrange(30), rng.randrange(30)
        if u != v and (u, v) not in seen and (v, u) not in seen:
            seen.add((u, v))
            random_arcs.append([u, v, rng.randint(1, 20), rng.randint(0, 10)])
    # Negative costs on a DAG (arcs go from lower to higher index): no cycle at all.
    dag_arcs, seen = [], set()
    while len(dag_arcs) < 80:
        u, v = sorted(rng.sample(range(25), 2))
        if (u, v) not in seen:
            seen.add((u, v))
            dag_arcs.append([u, v, rng.randint(1, 15), rng.randint(-8, 10)])
    negative_cycle = [[0, 1, 5, 1], [1, 2, None, -4], [2, 1, None, 1], [1, 3, 5, 1]]
    # What `chainmap match` builds: source 0 -> 30 experts (capacity 1-4) -> 90 tasks -> sink 1, with costs
    # from a few values, so many shortest paths tie and one search carries many units.
    assignment = [[0, 2 + e, rng.randint(1, 4), 0] for e in range(30)]
    for task in range(90):
        for e in rng.sample(range(30), 6):
            assignment.append([2 + e, 32 + task, 1, rng.choice([0, 100, 250, 400])])
        assignment.append([32 + task, 1, 1, 0])
    # Arcs both ways at cost 0 or 1: cycles of reduced cost 0 in the admissible network.
    zero_cycles, seen = [], set()
    while len(zero_cycles) < 90:
        u, v = rng.randrange(20), rng.randrange(20)
        if u != v and (u, v) not in seen:
            seen.add((u, v))
            zero_cycles.append([u, v, rng.randint(1, 6), rng.choice([0, 0, 1])])
    unbounded_path = [[0, 1, None, 1], [1, 2, None, 2], [0, 2, 3, 1]]
    cases = [
        flow_case("networkx_max_flow_min_cost_doc", doc_example, 1, 7, note="NetworkX docstring: cost 373"),
        flow_case("networkx_min_cost_flow_doc", small, 0, 3, amount=5, note="NetworkX docstring: cost 24"),
        flow_case("networkx_min_cost_flow_doc_max", small, 0, 3),
        flow_case("random_30_nodes", random_arcs, 0, 29),
        flow_case("random_30_nodes_amount", random_arcs, 0, 29, amount=5),
        flow_case("negative_costs_dag", dag_arcs, 0, 24),
        flow_case("negative_cycle_unbounded_capacity", negative_cycle, 0, 3,
                  note="cycle 1-2-1 costs -3 with unbounded capacity"),
        flow_case("unbounded_capacity_path", unbounded_path, 0, 2, note="0-1-2 has unbounded capacity"),
        flow_case("amount_too_large", small, 0, 3, amount=10, note="maximum flow is 9"),
        flow_case("assignment_ties", assignment, 0, 1, note="experts to tasks, few distinct costs"),
        flow_case("assignment_ties_amount", assignment, 0, 1, amount=37),
        flow_case("zero_cost_cycles", zero_cycles, 0, 19, note="arcs both ways, costs 0 or 1"),
    ]
    return {"networkx_version": nx.__version__, "cases": cases}


def main():
    os.makedirs(OUT, exist_ok=True)
    fixtures = {}

    # A small hand-built graph: the Krackhardt kite with letter ids and integer weights.
    kite = nx.krackhardt_kite_graph()
    letters = "abcdefghij"
    rng = random.Random(1)
    nodes = list(letters)
    edges = [[letters[u], letters[v], rng.randint(1, 5)] for u, v in sorted(kite.edges())]
    fixtures["small"] = undirected_fixture(
        "small", nodes, edges, ["a", "d", "j"], 20, 2,
        "Krackhardt kite, letter ids, integer weights 1..5")

    # Several components and isolated nodes, ids deliberately not in sorted order.
    nodes = ["t1", "t2", "t3", "p1", "p2", "p3", "p4", "s0", "s1", "s2", "s3", "s4", "i1", "i2", "i3"]
    edges = [["t1", "t2", 1], ["t2", "t3", 2], ["t3", "t1", 3],
             ["p1", "p2", 1], ["p2", "p3", 1], ["p3", "p4", 1],
             ["s0", "s1", 2], ["s0", "s2", 2], ["s0", "s3", 2], ["s0", "s4", 2]]
    fixtures["components"] = undirected_fixture(
        "components", nodes, edges, ["t1", "p1", "s1", "i1"], 20, 3,
        "triangle, path, star and three isolated nodes")

    # MultiGraph input: self-loops, parallel edges and reversed duplicates.
    nodes = ["m0", "m1", "m2", "m3", "m4", "m5"]
    edges = [["m0", "m1", 4.0], ["m1", "m0", 2.5], ["m0", "m1", 3.0], ["m1", "m1", 1.0],
             ["m1", "m2", 1.5], ["m2", "m3", 2.0], ["m3", "m2", 0.5], ["m3", "m3", 9.0],
             ["m3", "m4", 1.0], ["m4", "m0", 6.0], ["m0", "m4", 7.0], ["m2", "m4", 3.25]]
    fixtures["multi"] = undirected_fixture(
        "multi", nodes, edges, ["m0", "m3"], 12, 4,
        "MultiGraph edge list with self-loops and parallel edges, projected with min weight")

    # A random graph of a few hundred nodes (some isolated).
    base = nx.gnm_random_graph(300, 900, seed=42)
    rng = random.Random(6)
    nodes = [f"r{i:03d}" for i in base.nodes()]
    edges = [[f"r{u:03d}", f"r{v:03d}", rng.randint(1, 10)] for u, v in sorted(base.edges())]
    fixtures["random"] = undirected_fixture(
        "random", nodes, edges, ["r000", "r137", "r299"], 150, 5,
        "nx.gnm_random_graph(300, 900, seed=42), integer weights 1..10")

    # Hubs with many leaves, pendant chains and trees, twins (nodes with the same neighbours),
    # a separate tree, a separate edge and isolated nodes: what degree renumbering and 16-bit
    # indices in the betweenness kernel see most on chain maps (hubs, leaves, ties in degree).
    core = nx.barabasi_albert_graph(80, 2, seed=7)
    rng = random.Random(8)
    ids = [f"h{i:03d}" for i in range(80)]
    edges = [[ids[u], ids[v], rng.randint(1, 9)] for u, v in sorted(core.edges())]
    nodes = list(ids)

    def add(node, neighbours):
        nodes.append(node)
        edges.extend([node, other, rng.randint(1, 9)] for other in neighbours)

    for i in range(70):  # leaves, most of them on the first (largest) hubs
        add(f"f{i:03d}", [ids[min(rng.randrange(80), rng.randrange(80))]])
    for i in range(6):  # pendant chains of three
        add(f"c{i}a", [ids[rng.randrange(80)]])
        add(f"c{i}b", [f"c{i}a"])
        add(f"c{i}c", [f"c{i}b"])
    for group in range(4):  # twins of degree 2 and 3: same neighbours, 3 to 6 of them
        shared = [ids[k] for k in rng.sample(range(80), 2 + group % 2)]
        for j in range(3 + group):
            add(f"w{group}{j}", shared)
    add("t00", [])  # a separate tree: a star of stars
    for i in range(1, 5):
        add(f"t{i}0", ["t00"])
        for j in range(1, 4):
            add(f"t{i}{j}", [f"t{i}0"])
    add("d0", [])
    add("d1", ["d0"])
    for i in range(3):
        add(f"i{i}", [])
    fixtures["leaves"] = undirected_fixture(
        "leaves", nodes, edges, ["h000", "f000", "c0c", "w00", "t00", "i0"], 60, 9,
        "nx.barabasi_albert_graph(80, 2, seed=7) with 70 leaves, pendant chains, twins, a separate "
        "star of stars, a separate edge and isolated nodes")

    fixtures["directed"] = directed_fixture()
    fixtures["flows"] = flow_fixture()

    for name, content in fixtures.items():
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w") as handle:
            json.dump(content, handle, indent=1, sort_keys=True)
            handle.write("\n")
        print(f"wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
