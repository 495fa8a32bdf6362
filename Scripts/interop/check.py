"""Loads every actorgraph export into one consumer and compares it with the database (make interop).

    python check.py EXPORTS CLI_JSON networkx|igraph|kuzu [GEXF_XSD_DIR]

EXPORTS holds what `actorgraph export` wrote for each format (graphml/, gexf/, json/, csv/, kuzu/,
neo4j/, cypher/); CLI_JSON is a file with the database's counts and the CLI's centralities. Prints one
line per check, "ok" or "FAIL", and exits 1 if any check failed.
"""
import csv
import json
import os
import sys

from actorgraph_view import actorgraph_view, centralities, is_symmetric

TOLERANCE = 1e-9
failures = []


def report(consumer, fmt, what, ok, detail=""):
    print(f"{consumer:14} {fmt:8} {what:44} {'ok' if ok else 'FAIL'} {detail}".rstrip())
    if not ok:
        failures.append((consumer, fmt, what))


def compare_centralities(consumer, fmt, view, names, cli, label=""):
    """Runs the recipe's measures on `view` and compares them with the CLI's, by actor name."""
    for measure, scores in centralities(view).items():
        expected = cli["centrality"][measure]
        diffs = [abs(scores[node] - expected[names[node]]) for node in view.nodes]
        worst = max(diffs) if diffs else 0.0
        report(consumer, fmt, f"{measure}{label} = CLI", worst <= TOLERANCE, f"max |diff| {worst:.1e}")


def check_graph(consumer, fmt, graph, cli, name_key="name"):
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    report(
        consumer, fmt, "counts", (nodes, edges) == (cli["entities"], cli["relations"]),
        f"{nodes} nodes, {edges} edges (database {cli['entities']}, {cli['relations']})")
    names = {node: data.get(name_key) for node, data in graph.nodes(data=True)}
    report(consumer, fmt, "every actor named and typed",
           all(names[n] and data.get("type") for n, data in graph.nodes(data=True)))
    types = {(names[u], data.get("type", data.get("label")), names[v]) for u, v, data in graph.edges(data=True)}
    report(consumer, fmt, "relations = database's (source, type, target)",
           types == {tuple(r) for r in cli["triples"]})
    weights = sum(int(float(data.get("weight", 0))) for _, _, data in graph.edges(data=True))
    report(consumer, fmt, "sum of weights", weights == cli["weight_sum"], f"{weights}")
    compare_centralities(consumer, fmt, actorgraph_view(graph), names, cli)


def networkx_checks(exports, cli, xsd):
    import networkx as nx
    consumer = f"networkx {nx.__version__}"
    check_graph(consumer, "graphml", nx.read_graphml(os.path.join(exports, "graphml", "actorgraph.graphml")), cli)
    try:
        gexf = nx.read_gexf(os.path.join(exports, "gexf", "actorgraph.gexf"))
    except Exception as error:
        # NetworkX 2.x reads only the GEXF 1.1draft and 1.2draft namespaces: `--format gexf-1.2` is the
        # export for it (checked below); the 1.3 file is for Gephi.
        print(f"{consumer:14} {'gexf':8} {'loads (GEXF 1.3 unknown to this release)':44} n/a {type(error).__name__}: {error}")
    else:
        check_graph(consumer, "gexf", gexf, cli, name_key="label")
    check_graph(consumer, "gexf-1.2", nx.read_gexf(os.path.join(exports, "gexf-1.2", "actorgraph.gexf")), cli,
                name_key="label")
    with open(os.path.join(exports, "json", "actorgraph.json"), encoding="utf-8") as handle:
        check_graph(consumer, "json", nx.node_link_graph(json.load(handle)), cli)
    graph = nx.MultiDiGraph()
    with open(os.path.join(exports, "csv", "nodes.csv"), newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            graph.add_node(row["Id"], name=row["Label"], type=row["type"])
    with open(os.path.join(exports, "csv", "edges.csv"), newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            graph.add_edge(row["Source"], row["Target"], type=row["Kind"], weight=int(row["Weight"]),
                           symmetric=row["symmetric"])
    check_graph(consumer, "csv", graph, cli)
    if xsd:
        from lxml import etree
        schema = etree.XMLSchema(etree.parse(os.path.join(xsd, "gexf.xsd")))
        document = etree.parse(os.path.join(exports, "gexf", "actorgraph.gexf"))
        valid = schema.validate(document)
        report("lxml", "gexf", "valid against the GEXF 1.3 XSD", valid,
               "" if valid else str(schema.error_log.last_error))


def igraph_checks(exports, cli):
    import igraph
    import networkx as nx
    consumer = f"igraph {igraph.__version__}"
    graph = igraph.Graph.Read_GraphML(os.path.join(exports, "graphml", "actorgraph.graphml"))
    report(consumer, "graphml", "counts", (graph.vcount(), graph.ecount()) == (cli["entities"], cli["relations"]),
           f"{graph.vcount()} nodes, {graph.ecount()} edges")
    names = graph.vs["name"]
    triples = {(names[e.source], e["type"], names[e.target]) for e in graph.es}
    report(consumer, "graphml", "relations = database's (source, type, target)",
           triples == {tuple(r) for r in cli["triples"]})
    # The CLI's view in igraph: symmetric relations both ways, parallel arcs merged with summed weights.
    arcs = {}
    for e in graph.es:
        ends = [(e.source, e.target)] + ([(e.target, e.source)] if is_symmetric(e.attributes()) else [])
        for pair in ends:
            arcs[pair] = arcs.get(pair, 0) + e["weight"]
    view = igraph.Graph(n=graph.vcount(), edges=list(arcs), directed=True)
    n = graph.vcount()
    ours = {
        "pagerank": view.pagerank(),
        "betweenness": [b / ((n - 1) * (n - 2)) for b in view.betweenness()],
        "degree": [d / (n - 1) for d in view.degree()],
    }
    for measure, scores in ours.items():
        worst = max(abs(scores[i] - cli["centrality"][measure][names[i]]) for i in range(n))
        # igraph's PRPACK solves PageRank exactly; NetworkX and the CLI stop iterating once the L1 change
        # falls below n·1e-6, so they agree with each other to 1e-9 but with PRPACK only to about 1e-5.
        tolerance = 1e-5 if measure == "pagerank" else TOLERANCE
        report(consumer, "graphml", f"{measure} = CLI (tol {tolerance:g})", worst <= tolerance, f"max |diff| {worst:.1e}")


def kuzu_checks(exports, cli):
    import kuzu
    import networkx as nx
    import tempfile
    consumer = f"kuzu {kuzu.__version__}"
    folder = os.path.join(exports, "kuzu")
    database = kuzu.Database(os.path.join(tempfile.mkdtemp(), "graph.kuzu"))
    connection = kuzu.Connection(database)
    here = os.getcwd()
    os.chdir(folder)  # COPY reads the CSV files by relative path, from the export folder
    try:
        statements = 0
        for script in ("schema.cypher", "copy.cypher"):
            with open(script, encoding="utf-8") as handle:
                for statement in [s.strip() for s in handle.read().split(";\n") if s.strip()]:
                    connection.execute(statement if statement.endswith(";") else statement + ";")
                    statements += 1
        report(consumer, "kuzu", "schema.cypher + copy.cypher run unedited", True, f"{statements} statements")
    except Exception as error:
        report(consumer, "kuzu", "schema.cypher + copy.cypher run unedited", False, str(error))
        return
    finally:
        os.chdir(here)
    nodes = connection.execute("MATCH (a:Actor) RETURN a.id, a.name, a.type").get_all()
    edges = connection.execute(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, label(r), b.id, r.weight, r.symmetric, r.confidence").get_all()
    report(consumer, "kuzu", "counts", (len(nodes), len(edges)) == (cli["entities"], cli["relations"]),
           f"{len(nodes)} nodes, {len(edges)} edges")
    names = {row[0]: row[1] for row in nodes}
    triples = {(names[a], label.lower(), names[b]) for a, label, b, *_ in edges}
    report(consumer, "kuzu", "relations = database's (source, type, target)",
           triples == {tuple(r) for r in cli["triples"]})
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(names)
    for a, _, b, weight, symmetric, _ in edges:
        graph.add_edge(a, b, weight=weight, symmetric=symmetric)
    compare_centralities(consumer, "kuzu", actorgraph_view(graph), names, cli)


def main():
    exports, cli_path, consumer = sys.argv[1:4]
    xsd = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
    with open(cli_path, encoding="utf-8") as handle:
        cli = json.load(handle)
    {"networkx": lambda: networkx_checks(exports, cli, xsd), "igraph": lambda: igraph_checks(exports, cli),
     "kuzu": lambda: kuzu_checks(exports, cli)}[consumer]()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
