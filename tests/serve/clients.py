"""Real SPARQL clients against `newsgraph serve` over the example store.

    python3 tests/serve/clients.py http://127.0.0.1:PORT

SPARQLWrapper and rdflib's SPARQLStore ask for the meetings of the example
articles in every result format and graph syntax; then the bad requests get
their status (400, 404, 403/405, 503 on the time limit, 413) and the server
still answers. Needs: pip install SPARQLWrapper rdflib.
"""

import csv
import io
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, N3, TSV, XML, JSONLD, RDFXML, TURTLE, SPARQLWrapper

BASE = sys.argv[1].rstrip("/")
ENDPOINT = BASE + "/sparql"

# The meetings of the example articles: parties by English label.
MEETINGS = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?event ?name WHERE {
  GRAPH ?g { ?event a ng:Meeting ; sem:hasActor ?who }
  GRAPH <https://w3id.org/newsgraph/graph/gazetteer> { ?who rdfs:label ?name FILTER(LANG(?name) = "en") }
} ORDER BY ?event ?name
"""
CONSTRUCT = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
CONSTRUCT { ?event sem:hasActor ?who } WHERE { GRAPH ?g { ?event a ng:Meeting ; sem:hasActor ?who } }
"""
EXPECTED = {"Fumio Kishida", "Ferdinand Marcos Jr.", "Kim Jong-un", "Vladimir Putin"}

failures = []


def check(what, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + what + (f": {detail}" if detail and not condition else ""))
    if not condition:
        failures.append(what)


def names_from_json(doc):
    return {b["name"]["value"] for b in doc["results"]["bindings"]}


# SPARQLWrapper, SELECT in every results format, GET and POST.
for method in ("GET", "POST"):
    for fmt in (JSON, XML, CSV, TSV):
        client = SPARQLWrapper(ENDPOINT)
        client.setMethod(method)
        client.setQuery(MEETINGS)
        client.setReturnFormat(fmt)
        result = client.query().convert()
        if fmt == JSON:
            names = names_from_json(result)
        elif fmt == XML:
            names = {n.firstChild.firstChild.data for n in result.getElementsByTagName("binding") if n.getAttribute("name") == "name"}
        else:
            text = result.decode("utf-8")
            rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == CSV else "\t"))
            col = rows[0].index("name" if fmt == CSV else "?name")
            names = {r[col].split("@")[0].strip('"') for r in rows[1:] if r}
        check(f"SPARQLWrapper {method} {fmt}: meetings of the examples", EXPECTED <= names, f"got {sorted(names)}")

# SPARQLWrapper, CONSTRUCT in every graph syntax.
for fmt in (TURTLE, N3, JSONLD, RDFXML):
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(fmt)
    graph = client.query().convert()
    if not isinstance(graph, Graph):
        graph = Graph().parse(data=graph, format={TURTLE: "turtle", N3: "turtle", JSONLD: "json-ld", RDFXML: "xml"}[fmt])
    check(f"SPARQLWrapper CONSTRUCT {fmt}: participants", len(graph) >= 4, f"{len(graph)} triples")

# rdflib's SPARQLStore.
store = SPARQLStore(ENDPOINT, returnFormat="json")
names = {str(row.name) for row in store.query(MEETINGS)}
check("rdflib SPARQLStore json: meetings", EXPECTED <= names, f"got {sorted(names)}")
store = SPARQLStore(ENDPOINT, returnFormat="xml")
names = {str(row.name) for row in store.query(MEETINGS)}
check("rdflib SPARQLStore xml: meetings", EXPECTED <= names, f"got {sorted(names)}")
store = SPARQLStore(ENDPOINT, returnFormat="csv")
names = {str(row.name) for row in store.query(MEETINGS)}
check("rdflib SPARQLStore csv: meetings", EXPECTED <= names, f"got {sorted(names)}")
store = SPARQLStore(ENDPOINT, returnFormat="json")
ask = store.query("ASK { GRAPH ?g { ?s a <https://w3id.org/newsgraph/ontology#Meeting> } }")
check("rdflib SPARQLStore ASK", bool(ask.askAnswer))


def request(path, data=None, headers=None, method=None):
    req = urllib.request.Request(BASE + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


# Canned queries, the service description, Graph Store reads, CORS.
status, headers, body = request("/query/meetings", headers={"Accept": "text/csv"})
check("canned /query/meetings as CSV", status == 200 and "Fumio Kishida" in body, f"{status} {body[:200]}")
check("CORS header", headers.get("Access-Control-Allow-Origin") == "*")
status, _, body = request("/sparql", headers={"Accept": "text/turtle"})
check("service description", status == 200 and "sparql-service-description" in body, body[:200])
status, _, body = request("/store?graph=" + urllib.parse.quote("https://w3id.org/newsgraph/graph/gazetteer", safe=""), headers={"Accept": "application/n-triples"})
check("GSP GET gazetteer graph", status == 200 and "Kishida" in body, f"{status}")
status, _, body = request("/store?default", headers={"Accept": "text/turtle"})
check("GSP GET default graph (union)", status == 200 and len(Graph().parse(data=body, format="turtle")) > 100, f"{status}")

# Bad requests.
status, _, body = request("/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p }"))
check("malformed SPARQL: 400 with the parser's message", status == 400 and "invalid SPARQL" in body, f"{status} {body}")
status, _, body = request("/query/no-such-query")
check("unknown canned query: 404", status == 404 and "meetings" in body, f"{status} {body}")
status, _, body = request("/sparql", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", headers={"Content-Type": "application/sparql-update"}, method="POST")
check("update via sparql-update: 403", status == 403 and "read-only" in body, f"{status} {body}")
status, _, body = request("/sparql", data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"}, method="POST")
check("update via form: 403", status == 403, f"{status} {body}")
status, _, body = request("/sparql?query=" + urllib.parse.quote("DELETE WHERE { ?s ?p ?o }"))
check("update as a query: 403", status == 403, f"{status} {body}")
status, _, body = request("/store?graph=urn:x", data=b"<urn:a> <urn:b> <urn:c> .", headers={"Content-Type": "application/n-triples"}, method="PUT")
check("GSP PUT: 405", status == 405, f"{status} {body}")
slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x:none>)* ?b . ?c (!<urn:x:none>)* ?d . ?e (!<urn:x:none>)* ?f }"
status, _, body = request("/sparql", data=slow.encode(), headers={"Content-Type": "application/sparql-query"}, method="POST")
check("query over the time limit: 503 with a message", status == 503 and "time limit" in body, f"{status} {body}")
status, _, body = request("/query/meetings", headers={"Accept": "text/csv"})
check("server still answers after the time limit", status == 200 and "Fumio Kishida" in body, f"{status}")
huge = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (2 * 1024 * 1024)
status, _, body = request("/sparql", data=huge, headers={"Content-Type": "application/sparql-query"}, method="POST")
check("huge body: 413", status == 413, f"{status} {body[:200]}")

if failures:
    print(f"{len(failures)} checks failed", file=sys.stderr)
    sys.exit(1)
print("all client checks passed")
