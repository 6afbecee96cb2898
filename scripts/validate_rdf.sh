#!/usr/bin/env bash
# Check newsgraph RDF output with tools independent of the Rust exporter.
#
# usage: scripts/validate_rdf.sh [--shacl] [--riot] [--shapes FILE] DIR_OR_FILE...
#
# Every file is parsed by a second parser, chosen by extension:
#   .ttl Turtle, .trig TriG, .nt N-Triples, .nq N-Quads, .rdf/.owl RDF/XML
#       -> rapper (Debian package raptor2-utils)
#   .jsonld JSON-LD
#       -> rdflib (python3)
# Directories are searched recursively for files with these extensions.
# With --riot, every file is also parsed by Apache Jena's `riot --validate
# --strict` (Debian libapache-jena-java, run with java from
# openjdk-17-jre-headless), a third parser that also checks literals against
# their datatypes (all syntaxes but JSON-LD, which Debian's Jena cannot read
# for want of a JSON-P implementation); without --riot it runs when Jena is
# installed.  Any message from riot is a failure.
#
# With --shacl, every file is also validated against ontology/shapes.ttl
# with the pyshacl library (no inference).  An article graph is lean: it
# points to entities (and to the tool) that only the gazetteer graph
# <https://w3id.org/newsgraph/graph/gazetteer> types, labels and links, so
# the data graph for an article graph is that graph together with the
# gazetteer graph.
#   .trig .nq .jsonld  (datasets) -> when the file holds the gazetteer graph
#       (a store export): the gazetteer graph on its own, then each other
#       named graph (and a non-empty default graph) together with the
#       gazetteer graph.  (Only the part of the gazetteer reachable from the
#       article graph is added: the shapes follow paths forward from the
#       article's nodes, and the rest of the gazetteer has been checked on
#       its own, so the verdict is that of article graph + whole gazetteer,
#       at a fraction of the cost.)
#       When the file holds no gazetteer graph, each graph on its own: the
#       file must then be `newsgraph extract --self-contained` output, whose
#       article graphs also describe their entities and the tool; lean
#       `extract` output fails (entities untyped).
#       Each graph is checked against shapes.ttl and shapes-per-graph.ttl
#       (one place per event per article); then the union of all graphs
#       against shapes.ttl, which holds there too (an event reported by two
#       articles may carry two places, one per article graph).  The
#       store's ontology graph <https://w3id.org/newsgraph/graph/ontology> is
#       not instance data: it is not validated against the shapes but must
#       equal ontology/newsgraph.ttl.
#   .ttl .nt .rdf .owl  (one graph: the union of an export's graphs, which
#       includes the gazetteer graph, or `extract --self-contained` output)
#       -> the whole graph against shapes.ttl; with one article graph, also
#       against shapes-per-graph.ttl.
#
# Exit status: 0 when every file passes, 1 when any file fails or none is
# found, 2 on a usage error.  Each failure names the file and the reason.
#
# Needs: rapper (apt-get install -y raptor2-utils); python3 with rdflib, and
# pyshacl for --shacl (pip install rdflib pyshacl).
set -euo pipefail

prog=validate_rdf
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shapes="${NEWSGRAPH_SHAPES:-$here/../ontology/shapes.ttl}"
ontology="$here/../ontology/newsgraph.ttl"
per_graph_shapes="$here/../ontology/shapes-per-graph.ttl"
shacl=0
riot=0

usage() {
    cat >&2 <<EOF
usage: scripts/validate_rdf.sh [--shacl] [--shapes FILE] DIR_OR_FILE...

Parse RDF files with rapper (.ttl .trig .nt .nq .rdf .owl) or rdflib
(.jsonld); with --shacl also validate them against ontology/shapes.ttl
with pySHACL (datasets one named graph at a time, each article graph
together with the file's gazetteer graph when it has one; without one, the
file must come from 'newsgraph extract --self-contained').

examples:
  scripts/validate_rdf.sh out/
  scripts/validate_rdf.sh --shacl out/export.trig ontology/newsgraph.ttl
  scripts/validate_rdf.sh --riot out/export.nq
  newsgraph extract --self-contained a.json > a.trig && scripts/validate_rdf.sh --shacl a.trig
EOF
}

args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --shacl) shacl=1; shift ;;
        --riot) riot=1; shift ;;
        --shapes)
            [[ $# -ge 2 ]] || { echo "$prog: --shapes needs a file" >&2; usage; exit 2; }
            shapes="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        --) shift; args+=("$@"); break ;;
        -*) echo "$prog: unknown option $1" >&2; usage; exit 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
if [[ ${#args[@]} -eq 0 ]]; then
    usage
    exit 2
fi

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "$prog: $1 not found; install it with: $2" >&2
        exit 1
    fi
}
need rapper "apt-get install -y raptor2-utils"
need python3 "apt-get install -y python3"
if ! python3 -c 'import rdflib' 2>/dev/null; then
    echo "$prog: python3 cannot import rdflib; install it with: pip install rdflib" >&2
    exit 1
fi
if [[ $shacl -eq 1 ]]; then
    if ! python3 -c 'import pyshacl' 2>/dev/null; then
        echo "$prog: pyshacl not found; install it with: pip install pyshacl" >&2
        exit 1
    fi
    if [[ ! -f $shapes ]]; then
        echo "$prog: shapes file $shapes not found (set --shapes FILE)" >&2
        exit 1
    fi
fi

# Jena's riot, as Debian packages it: no `riot` script, so java with the
# jars; Debian's jena-core relocates its bundled Xerces to the package
# `xerces.` but keeps the message bundles under org/apache/jena/ext/, so they
# are copied where the classes look for them (without them every datatype
# check fails with "internal error").
riot_cp=""
jars=/usr/share/java
if [[ -f $jars/jena-cmds.jar ]] && command -v java >/dev/null 2>&1; then
    messages=$(mktemp -d)
    trap 'rm -rf "$messages"' EXIT
    python3 - "$jars/jena-core.jar" "$messages" <<'PY'
import os, sys, zipfile
jar, out = sys.argv[1:3]
prefix = "org/apache/jena/ext/"
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        if name.startswith(prefix + "xerces/") and name.endswith(".properties"):
            dest = os.path.join(out, name[len(prefix):])
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as f:
                f.write(z.read(name))
PY
    riot_cp="$messages"
    for j in jena-arq jena-base jena-core jena-iri jena-cmds guava commons-cli commons-io \
             commons-lang3 commons-codec commons-compress commons-csv dexx.collection gson \
             jsonld-java slf4j-api slf4j-simple thrift jackson-core jackson-databind \
             jackson-annotations httpclient httpcore titanium-json-ld jakarta.json-api; do
        [[ -f $jars/$j.jar ]] && riot_cp="$riot_cp:$jars/$j.jar"
    done
elif [[ $riot -eq 1 ]]; then
    echo "$prog: Jena not found; install it with: apt-get install -y libapache-jena-java openjdk-17-jre-headless" >&2
    exit 1
fi

# Collect the files, in a stable order.
files=()
failed=0
for a in "${args[@]}"; do
    if [[ -d $a ]]; then
        found=0
        while IFS= read -r -d '' f; do
            files+=("$f"); found=1
        done < <(find "$a" -type f \( -name '*.ttl' -o -name '*.trig' -o -name '*.nt' \
                    -o -name '*.nq' -o -name '*.rdf' -o -name '*.owl' -o -name '*.jsonld' \) \
                    -print0 | sort -z)
        if [[ $found -eq 0 ]]; then
            echo "$prog: $a: no .ttl .trig .nt .nq .rdf .owl or .jsonld file in this directory" >&2
            failed=$((failed + 1))
        fi
    elif [[ -f $a ]]; then
        files+=("$a")
    else
        echo "$prog: $a: no such file or directory" >&2
        failed=$((failed + 1))
    fi
done

# Indent a tool's output under the failure line.
indent() { sed 's/^/    /' >&2; }

# Validate a file against the shapes with pySHACL (see the header).
shacl_check() { # FORMAT FILE
    python3 - "$shapes" "$ontology" "$1" "$2" "$per_graph_shapes" <<'PY'
import sys
import rdflib
from rdflib.compare import isomorphic
from pyshacl import validate

shapes_path, ontology_path, fmt, path, per_graph_path = sys.argv[1:6]
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ONTOLOGY_GRAPH = rdflib.URIRef("https://w3id.org/newsgraph/graph/ontology")
shapes = rdflib.Graph().parse(shapes_path, format="turtle")
# What holds in one article graph: the shapes and the per-graph ones.
graph_shapes = rdflib.Graph().parse(shapes_path, format="turtle")
graph_shapes.parse(per_graph_path, format="turtle")

hint = None  # printed once, before the first failure, when set

def check(data, name, shapes_graph):
    global hint
    conforms, report, text = validate(data, shacl_graph=shapes_graph, inference="none")
    if conforms:
        return True
    if hint:
        print(hint)
        hint = None
    if not isinstance(report, rdflib.Graph):  # pySHACL could not run the shapes
        print(f"{name}: pySHACL failed: {text}")
        return False
    for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path_ = report.value(r, SH.resultPath)
        value = report.value(r, SH.value)
        msg = report.value(r, SH.resultMessage)
        where = f" {path_.n3()}" if isinstance(path_, rdflib.URIRef) else ""
        what = f" (value {value.n3()})" if value is not None and value != focus else ""
        print(f"{name}: {focus.n3()}{where}: {msg}{what}")
    return False

GAZETTEER_GRAPH = rdflib.URIRef("https://w3id.org/newsgraph/graph/gazetteer")
LEAN_HINT = ("(the file has no gazetteer graph, so its article graphs must describe their "
             "entities and the tool themselves: validate `newsgraph extract --self-contained` "
             "output or a store export)")

def reachable(graph, gazetteer):
    """The triples of the gazetteer about nodes reachable from graph's nodes."""
    out = rdflib.Graph()
    todo = {o for _, _, o in graph if isinstance(o, rdflib.URIRef)}
    todo |= {s for s, _, _ in graph if isinstance(s, rdflib.URIRef)}
    seen = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for _, p, o in gazetteer.triples((node, None, None)):
            out.add((node, p, o))
            if isinstance(o, rdflib.URIRef) and o not in seen:
                todo.add(o)
    return out

bad = 0
checked = 0
if fmt in ("trig", "nquads", "json-ld"):
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    gazetteer = None
    for g in ds.graphs():
        if g.identifier == GAZETTEER_GRAPH and len(g):
            gazetteer = rdflib.Graph()
            for t in g:
                gazetteer.add(t)
    if gazetteer is None:
        hint = LEAN_HINT
    for g in ds.graphs():
        if len(g) == 0:
            continue
        name = "default graph" if g.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else f"graph <{g.identifier}>"
        data = rdflib.Graph()
        for t in g:
            data.add(t)
        checked += 1
        if g.identifier == ONTOLOGY_GRAPH:
            # Not instance data: it must be ontology/newsgraph.ttl, unchanged.
            if not isomorphic(data, rdflib.Graph().parse(ontology_path, format="turtle")):
                print(f"{name}: differs from {ontology_path}")
                bad += 1
            continue
        if gazetteer is not None and g.identifier != GAZETTEER_GRAPH:
            # An article graph reads with the gazetteer graph (see the header).
            data += reachable(data, gazetteer)
            name += " + gazetteer graph"
        if not check(data, name, graph_shapes):
            bad += 1
    # The union of every graph but the ontology graph, as a user loads it.
    union = rdflib.Graph()
    for g in ds.graphs():
        if g.identifier != ONTOLOGY_GRAPH and g.identifier != GAZETTEER_GRAPH:
            for t in g:
                union.add(t)
    if gazetteer is not None:
        union += reachable(union, gazetteer)
    if len(union) and not check(union, "union of graphs", shapes):
        bad += 1
else:
    data = rdflib.Graph().parse(path, format=fmt)
    checked = 1 if len(data) else 0
    # A triple syntax holds the union of graphs.  With several article graphs
    # an event reported by two articles may rightly carry two places; the
    # terms of the ontology graph are simply ignored.
    several = len(set(data.subjects(PROV.wasDerivedFrom, None))) > 1
    if (None, rdflib.RDF.type, PROV.SoftwareAgent) not in data:
        hint = LEAN_HINT.replace("no gazetteer graph, so its article graphs",
                                 "neither the gazetteer graph nor a tool description, so article graphs")
    if checked and not check(data, "union of graphs" if several else "graph",
                             shapes if several else graph_shapes):
        bad += 1
if checked == 0:
    print("no triples")
    sys.exit(1)
sys.exit(1 if bad else 0)
PY
}

passed=0
for f in "${files[@]}"; do
    case "$f" in
        *.ttl) fmt=turtle ;;
        *.trig) fmt=trig ;;
        *.nt) fmt=ntriples ;;
        *.nq) fmt=nquads ;;
        *.rdf|*.owl) fmt=rdfxml ;;
        *.jsonld) fmt=jsonld ;;
        *)
            echo "$prog: $f: unknown extension (expected .ttl .trig .nt .nq .rdf .owl .jsonld)" >&2
            failed=$((failed + 1)); continue ;;
    esac

    ok=1
    if [[ $fmt == jsonld ]]; then
        if ! out=$(python3 -c '
import sys, rdflib
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format="json-ld")
if len(ds) == 0:
    sys.exit("parsed, but no triples")
' "$f" 2>&1); then
            echo "$prog: $f: JSON-LD does not parse (rdflib):" >&2
            printf '%s\n' "$out" | tail -n 5 | indent
            ok=0
        fi
    else
        if ! out=$(rapper -q -i "$fmt" -c "$f" 2>&1); then
            echo "$prog: $f: $fmt does not parse (rapper):" >&2
            printf '%s\n' "$out" | head -n 20 | indent
            ok=0
        fi
    fi

    # Debian's Jena lacks a JSON-P implementation, which its JSON-LD 1.1
    # reader needs: JSON-LD is left to rdflib.
    if [[ $ok -eq 1 && -n $riot_cp && $fmt != jsonld ]]; then
        if ! out=$(java -cp "$riot_cp" riotcmd.riot --validate --strict "$f" 2>&1) || [[ -n $out ]]; then
            echo "$prog: $f: riot --validate --strict reports:" >&2
            printf '%s\n' "$out" | head -n 20 | indent
            ok=0
        fi
    fi

    if [[ $ok -eq 1 && $shacl -eq 1 ]]; then
        case "$fmt" in  # rdflib's names
            rdfxml) rdflib_fmt=xml ;;
            jsonld) rdflib_fmt=json-ld ;;
            *) rdflib_fmt=$fmt ;;
        esac
        if ! out=$(shacl_check "$rdflib_fmt" "$f" 2>&1); then
            echo "$prog: $f: does not conform to $shapes (pyshacl):" >&2
            printf '%s\n' "$out" | head -n 80 | indent
            ok=0
        fi
    fi

    if [[ $ok -eq 1 ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done

echo "$prog: ${#files[@]} files checked, $passed passed; $failed failures" >&2
[[ $failed -eq 0 ]]
