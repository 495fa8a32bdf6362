#!/usr/bin/env python3
"""Check that NetworkX loads ActorGraph's GraphML, GEXF and node-link JSON exports.

Usage: python3 check_with_networkx.py DIR [EXPECTED_NAME ...]
DIR holds actorgraph.graphml, actorgraph.gexf and actorgraph.json (from `Exporter.export`).
Each EXPECTED_NAME must come back as a node's `name` (GraphML, JSON) or `label` (GEXF) exactly.
Not run by the Swift tests, which must never need Python; run by hand, it prints one line per format.
"""
import json
import sys

import networkx as nx


def main() -> int:
    folder, expected = sys.argv[1], set(sys.argv[2:])
    failures = 0
    graphml = nx.read_graphml(f"{folder}/actorgraph.graphml")
    gexf = nx.read_gexf(f"{folder}/actorgraph.gexf")
    with open(f"{folder}/actorgraph.json", encoding="utf-8") as handle:
        linked = nx.node_link_graph(json.load(handle))
    for label, graph, attribute in (("graphml", graphml, "name"), ("gexf", gexf, "label"), ("json", linked, "name")):
        names = {data.get(attribute) for _, data in graph.nodes(data=True)}
        missing = expected - names
        weights = sorted(d.get("weight") for *_, d in graph.edges(data=True))
        status = "ok" if not missing else f"MISSING {sorted(missing)!r}"
        failures += bool(missing)
        print(f"{label}: {type(graph).__name__} nodes={graph.number_of_nodes()} "
              f"edges={graph.number_of_edges()} weights={weights} {status}")
    print(f"networkx {nx.__version__}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
