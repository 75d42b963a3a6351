#!/usr/bin/env python3
"""Reads every `chainmap export` format back with the tools analysts use and checks it against the map.

Usage: check_exports.py CHAINMAP_BINARY MAP [MAP ...]

For each map: the expected records (id, kind, name) come from `chainmap list MAP --format json` and the counts of
records by kind and ties by type from `chainmap stats MAP --format json` — code paths apart from the writers.
GraphML is read by NetworkX and igraph; GEXF by NetworkX (and handed to igraph with from_networkx: igraph has no
GEXF reader) and validated with xmllint against the GEXF 1.3 schema in Tests/interop/gexf-1.3; node-link JSON by
networkx.node_link_graph(data, edges="edges"); the csv folder and chainmap JSON by the csv and json modules; the
Neo4j folder by the header grammar of neo4j-admin database import. Prints one line per check and a closing
`N passed, N failed`; exits 1 when any check failed.
"""
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

import igraph
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
XSD = os.path.join(HERE, "gexf-1.3", "gexf.xsd")
passed = 0
failed = 0


def check(label, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok    {label}")
    else:
        failed += 1
        print(f"FAIL  {label} {detail}")


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def rows_of(document):
    """A command's JSON rows, whether printed bare or wrapped as {"schema", "rows"}."""
    if isinstance(document, dict):
        return document["rows"]
    return document


class Expected:
    def __init__(self, binary, folder):
        stats = json.loads(run(binary, "stats", folder, "--format", "json"))
        self.kinds = collections.Counter({k: v for k, v in stats["nodes"].items() if v})
        self.types = collections.Counter({k: v for k, v in stats["edges"].items() if v})
        self.node_count = sum(self.kinds.values())
        self.edge_count = sum(self.types.values())
        listed = rows_of(json.loads(run(binary, "list", folder, "--format", "json")))
        self.names = {row["id"]: row["name"] for row in listed}
        self.has_chinese = any(re.search("[\u4e00-\u9fff]", name) for name in self.names.values())


def compare(label, expected, nodes, edges):
    """nodes: {id: (kind, name)}; edges: [type]."""
    check(f"{label}: {expected.node_count} nodes", len(nodes) == expected.node_count, f"got {len(nodes)}")
    check(f"{label}: {expected.edge_count} edges", len(edges) == expected.edge_count, f"got {len(edges)}")
    kinds = collections.Counter(kind for kind, _ in nodes.values())
    check(f"{label}: records by kind", kinds == expected.kinds, f"got {dict(kinds)} want {dict(expected.kinds)}")
    check(f"{label}: ties by type", collections.Counter(edges) == expected.types,
          f"got {dict(collections.Counter(edges))} want {dict(expected.types)}")
    wrong = [i for i, name in expected.names.items() if i not in nodes or nodes[i][1] != name]
    check(f"{label}: names (Chinese intact)", not wrong and expected.has_chinese, f"{len(wrong)} differ, e.g. {wrong[:3]}")


def check_networkx(label, expected, graph):
    nodes = {n: (d.get("kind"), d.get("name", d.get("label"))) for n, d in graph.nodes(data=True)}
    edges = [d.get("type") for _, _, d in graph.edges(data=True)]
    compare(label, expected, nodes, edges)
    check(f"{label}: directed", graph.is_directed())


def check_igraph(label, expected, graph):
    ids = graph.vs["id"] if "id" in graph.vs.attributes() else graph.vs["_nx_name"]
    names = graph.vs["name"] if "name" in graph.vs.attributes() else graph.vs["label"]
    nodes = dict(zip(ids, zip(graph.vs["kind"], names)))
    compare(label, expected, nodes, graph.es["type"])


def check_map(binary, folder, out):
    expected = Expected(binary, folder)
    base = os.path.basename(os.path.normpath(folder))

    def export(fmt, target):
        path = os.path.join(out, target)
        run(binary, "export", folder, "--format", fmt, "-o", path)
        return path

    graphml = export("graphml", "map.graphml")
    check_networkx(f"{base} graphml networkx", expected, nx.read_graphml(graphml))
    check_igraph(f"{base} graphml igraph", expected, igraph.Graph.Read_GraphML(graphml))

    gexf = export("gexf", "map.gexf")
    lint = subprocess.run(["xmllint", "--noout", "--schema", XSD, gexf], capture_output=True, text=True)
    check(f"{base} gexf valid against GEXF 1.3 schema", lint.returncode == 0, lint.stderr[-2000:])
    gexf_graph = nx.read_gexf(gexf)
    check_networkx(f"{base} gexf networkx", expected, gexf_graph)
    check_igraph(f"{base} gexf igraph (from networkx)", expected, igraph.Graph.from_networkx(gexf_graph))
    dated = [d for _, _, d in gexf_graph.edges(data=True) if "start" in d]
    with open(gexf, encoding="utf-8") as handle:
        starts = handle.read().count(" start=\"")
    check(f"{base} gexf since as edge start ({starts})", len(dated) == starts)

    node_link = export("node-link", "map.json")
    with open(node_link, encoding="utf-8") as handle:
        data = json.load(handle)
    graph = nx.node_link_graph(data, edges="edges")
    check(f"{base} node-link multigraph", graph.is_multigraph())
    check_networkx(f"{base} node-link networkx", expected, graph)

    own = export("json", "chainmap.json")
    with open(own, encoding="utf-8") as handle:
        doc = json.load(handle)
    check(f"{base} json schema tag", doc.get("schema") == "chainmap/export@1")
    compare(f"{base} json", expected, {n["id"]: (n["kind"], n["name"]) for n in doc["nodes"]}, [e["type"] for e in doc["edges"]])

    tables = export("csv", "csv")
    with open(os.path.join(tables, "nodes.csv"), encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(os.path.join(tables, "edges.csv"), encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    compare(f"{base} csv", expected, {n["Id"]: (n["kind"], n["Label"]) for n in nodes}, [e["relation"] for e in edges])
    check(f"{base} csv edge ends are node ids", {e["Source"] for e in edges} | {e["Target"] for e in edges} <= {n["Id"] for n in nodes})

    check_neo4j(base, expected, binary, folder, out)

    edgelist = export("edgelist", "map.edgelist")
    projection = nx.read_edgelist(edgelist)
    check(f"{base} edgelist: simple undirected projection within the map",
          set(projection.nodes) <= set(expected.names) and projection.number_of_edges() <= expected.edge_count)


FIELD = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*)?(?::(?:ID|LABEL|START_ID|END_ID|TYPE|IGNORE|"
                   r"(?:string|int|long|float|double|boolean|byte|short|char|date|datetime|point)(?:\[\])?))?$")


def check_neo4j(base, expected, binary, folder, out):
    target = os.path.join(out, "neo4j")
    printed = run(binary, "export", folder, "--format", "neo4j", "-o", target)
    check(f"{base} neo4j import command printed",
          f"neo4j-admin database import full --nodes={target}/nodes.csv --relationships={target}/relationships.csv" in printed, printed)
    with open(os.path.join(target, "nodes.csv"), encoding="utf-8", newline="") as handle:
        node_rows = list(csv.reader(handle))
    with open(os.path.join(target, "relationships.csv"), encoding="utf-8", newline="") as handle:
        edge_rows = list(csv.reader(handle))
    node_header, edge_header = node_rows[0], edge_rows[0]
    check(f"{base} neo4j header grammar", all(FIELD.match(f) and f for f in node_header + edge_header),
          f"{node_header} {edge_header}")
    check(f"{base} neo4j nodes: one :ID, one :LABEL",
          sum(f.endswith(":ID") for f in node_header) == 1 and node_header.count(":LABEL") == 1)
    check(f"{base} neo4j relationships: :START_ID, :END_ID, :TYPE",
          all(edge_header.count(f) == 1 for f in (":START_ID", ":END_ID", ":TYPE")))
    check(f"{base} neo4j rows as wide as headers",
          all(len(r) == len(node_header) for r in node_rows[1:]) and all(len(r) == len(edge_header) for r in edge_rows[1:]))
    id_column = next(i for i, f in enumerate(node_header) if f.endswith(":ID"))
    kind_column, name_column = node_header.index("kind"), node_header.index("name")
    type_column = edge_header.index(":TYPE")
    check(f"{base} neo4j labels and types are identifiers",
          all(re.match(r"^[A-Z][A-Za-z]*(;[A-Z][A-Za-z]*)*$", r[node_header.index(":LABEL")]) for r in node_rows[1:])
          and all(re.match(r"^[A-Z][A-Z_]*$", r[type_column]) for r in edge_rows[1:]))
    nodes = {r[id_column]: (r[kind_column], r[name_column]) for r in node_rows[1:]}
    types = [r[type_column].lower().replace("_", "-") for r in edge_rows[1:]]
    compare(f"{base} neo4j", expected, nodes, types)
    ids = set(nodes)
    check(f"{base} neo4j relationship ends are node ids",
          all(r[0] in ids and r[1] in ids for r in edge_rows[1:]))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 64
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as out:
        for index, folder in enumerate(sys.argv[2:]):
            target = os.path.join(out, str(index))
            os.makedirs(target)
            try:
                check_map(binary, folder, target)
            except Exception as error:  # a crash is a failure, reported, not a traceback that hides the count
                check(f"{folder}: exports read back", False, repr(error))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
