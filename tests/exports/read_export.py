#!/usr/bin/env python3
"""Reads one export of stance with the tool its users read it with, and prints what that tool
saw as JSON, for the export tests to compare with the corpus:

  read_export.py svg FILE              Graphviz's SVG of a dot export (xml.etree)
  read_export.py graphml-networkx FILE
  read_export.py graphml-igraph FILE
  read_export.py gexf-networkx FILE
  read_export.py argdown-json FILE     the JSON that `argdown json` wrote
  read_export.py aif FILE              AIFdb JSON, checked against AIFdb's structure
  read_export.py csv-igraph FILE       csv-edges through igraph

Any error the reader raises ends the script with a traceback and a non-zero exit code.
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET


def svg(path):
    ns = {"svg": "http://www.w3.org/2000/svg", "xlink": "http://www.w3.org/1999/xlink"}
    root = ET.parse(path).getroot()
    groups = root.iter("{http://www.w3.org/2000/svg}g")
    nodes, edges, clusters, tooltips, texts = [], [], [], [], []
    for g in groups:
        kind = g.get("class")
        title = g.find("svg:title", ns)
        if kind == "node":
            nodes.append(title.text)
            texts.append(" ".join(t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text")))
            for a in g.iter("{http://www.w3.org/2000/svg}a"):
                tooltips.append(a.get("{http://www.w3.org/1999/xlink}title"))
        elif kind == "edge":
            edges.append(title.text)
        elif kind == "cluster":
            clusters.append(title.text)
    return {"nodes": nodes, "edges": edges, "clusters": clusters, "tooltips": tooltips, "texts": texts}


def networkx_summary(graph):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "weight": sum(float(d.get("weight", 0)) for _, _, d in graph.edges(data=True)),
        "node_data": {str(n): d for n, d in graph.nodes(data=True)},
        "edge_data": [d for _, _, d in graph.edges(data=True)],
        "directed": graph.is_directed(),
    }


def graphml_networkx(path):
    import networkx
    return networkx_summary(networkx.read_graphml(path))


def gexf_networkx(path):
    import networkx
    return networkx_summary(networkx.read_gexf(path))


def graphml_igraph(path):
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    return {
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "weight": sum(graph.es["weight"]) if graph.ecount() else 0,
        "ids": graph.vs["id"] if graph.vcount() else [],
        "labels": graph.vs["label"] if graph.vcount() else [],
        "directed": graph.is_directed(),
    }


def csv_igraph(path):
    import igraph
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    graph = igraph.Graph.TupleList(
        ((r["source"], r["target"], r["kind"], float(r["weight"])) for r in rows),
        directed=True, edge_attrs=["kind", "weight"])
    kinds = {}
    for kind in graph.es["kind"] if graph.ecount() else []:
        kinds[kind] = kinds.get(kind, 0) + 1
    return {"nodes": graph.vcount(), "edges": graph.ecount(), "kinds": kinds,
            "weight": sum(graph.es["weight"]) if graph.ecount() else 0,
            "names": graph.vs["name"] if graph.vcount() else []}


def argdown_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    statements = {title: s["members"][0].get("text", "") for title, s in data.get("statements", {}).items()
                  if s["members"] and s["members"][0].get("role") == "top-level-statement"}
    arguments = {title: {"text": a["members"][0].get("text", "") if a["members"] else "", "data": a.get("data", {})}
                 for title, a in data.get("arguments", {}).items()}
    relations = sorted([r["from"], r["to"], r["relationType"]] for r in data.get("relations", []))
    return {"statements": statements, "arguments": arguments, "relations": relations,
            "sections": [s["title"] for s in data.get("sections", [])]}


# AIFdb: node types and which edges between them an argument graph may hold.
AIF_TYPES = {"I", "L", "RA", "CA", "MA", "YA", "TA"}
AIF_EDGES = {("I", "RA"), ("RA", "I"), ("I", "CA"), ("CA", "I"), ("I", "MA"), ("MA", "I"),
             ("L", "YA"), ("YA", "I"), ("L", "TA"), ("TA", "L"), ("TA", "YA"), ("YA", "RA"),
             ("YA", "CA"), ("YA", "MA"), ("RA", "RA"), ("CA", "RA"), ("CA", "CA"), ("RA", "CA")}


def aif(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    errors = []
    for key in ("nodes", "edges", "locutions", "participants"):
        if not isinstance(data.get(key), list):
            errors.append(f"no list '{key}'")
    if errors:
        return {"errors": errors}
    nodes = {}
    for n in data["nodes"]:
        for field in ("nodeID", "text", "type"):
            if not isinstance(n.get(field), str):
                errors.append(f"node without string {field}: {n}")
        if n.get("type") not in AIF_TYPES:
            errors.append(f"node of unknown type: {n}")
        if n.get("nodeID") in nodes:
            errors.append(f"duplicate nodeID {n.get('nodeID')}")
        nodes[n.get("nodeID")] = n
    incoming = {k: [] for k in nodes}
    outgoing = {k: [] for k in nodes}
    edge_ids = set()
    for e in data["edges"]:
        if e.get("edgeID") in edge_ids:
            errors.append(f"duplicate edgeID {e.get('edgeID')}")
        edge_ids.add(e.get("edgeID"))
        a, b = nodes.get(e.get("fromID")), nodes.get(e.get("toID"))
        if a is None or b is None:
            errors.append(f"edge to a missing node: {e}")
            continue
        if (a["type"], b["type"]) not in AIF_EDGES:
            errors.append(f"edge {a['type']} -> {b['type']} not allowed: {e}")
        outgoing[a["nodeID"]].append(b)
        incoming[b["nodeID"]].append(a)
    for n in nodes.values():
        if n["type"] in ("RA", "CA", "MA", "YA") and (not incoming[n["nodeID"]] or not outgoing[n["nodeID"]]):
            errors.append(f"{n['type']} node {n['nodeID']} lacks a premise or a conclusion")
    people = {p.get("participantID") for p in data["participants"]}
    for loc in data["locutions"]:
        if nodes.get(loc.get("nodeID"), {}).get("type") != "L":
            errors.append(f"locution of a node that is not an L-node: {loc}")
        if loc.get("personID") not in people:
            errors.append(f"locution of an unknown participant: {loc}")
    counts = {}
    for n in nodes.values():
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    return {"errors": errors, "types": counts, "edges": len(data["edges"]),
            "locutions": len(data["locutions"]), "participants": len(data["participants"]),
            "texts": {n["nodeID"]: n["text"] for n in nodes.values() if n["type"] in ("I", "L")}}


READERS = {"svg": svg, "graphml-networkx": graphml_networkx, "graphml-igraph": graphml_igraph,
           "gexf-networkx": gexf_networkx, "argdown-json": argdown_json, "aif": aif, "csv-igraph": csv_igraph}

if __name__ == "__main__":
    json.dump(READERS[sys.argv[1]](sys.argv[2]), sys.stdout, ensure_ascii=False, default=str)
