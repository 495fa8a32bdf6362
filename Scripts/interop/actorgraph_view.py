"""The graph actorgraph's analysis commands see, built from any of its exports (docs/interchange.md).

Conventions, the same in every export:
- every relation is one directed edge; a symmetric relation (cooperates_with) is written once, with
  symmetric = true, and counts as two opposite arcs in the directed view;
- several relations between the same ordered pair (parallel relations) merge into one arc whose weight
  is the sum of their weights (evidence sentences); in the undirected view (u, v) and (v, u) merge too;
- unweighted measures ignore the weights (every arc weighs 1); with --weighted, flow measures (PageRank)
  use the weight and path measures (betweenness, closeness) use the length 1/weight.
"""
import networkx as nx


def is_symmetric(data):
    value = data.get("symmetric", False)
    return value is True or str(value).lower() == "true"


def actorgraph_view(multigraph, directed=True):
    """A simple DiGraph (or Graph) with 'weight' and 'length' = 1/weight on each edge."""
    view = nx.DiGraph() if directed else nx.Graph()
    view.add_nodes_from(multigraph.nodes)
    for u, v, data in multigraph.edges(data=True):
        weight = float(data.get("weight", 1))
        pairs = [(u, v), (v, u)] if directed and is_symmetric(data) and u != v else [(u, v)]
        for a, b in pairs:
            if view.has_edge(a, b):
                view[a][b]["weight"] += weight
            else:
                view.add_edge(a, b, weight=weight)
    for _, _, data in view.edges(data=True):
        data["length"] = 1.0 / data["weight"]
    return view


def centralities(view, weighted=False):
    """The CLI's default measures on a view: {measure: {node: score}}."""
    return {
        "pagerank": nx.pagerank(view, weight="weight" if weighted else None),
        "betweenness": nx.betweenness_centrality(view, weight="length" if weighted else None),
        "degree": nx.degree_centrality(view),
        "closeness": nx.closeness_centrality(view, distance="length" if weighted else None),
    }
