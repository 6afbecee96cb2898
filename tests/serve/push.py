"""`newsgraph push` into real remote stores started on loopback: Oxigraph's
server (pip oxigraph) and Virtuoso Open Source (Debian virtuoso-opensource).

    python3 tests/serve/push.py BIN EXAMPLES_STORE BIG_STORE WORKDIR

For each server: push the example store, the same SPARQL query remote and
local gives the same rows, a second push leaves the remote triple count
unchanged, and the push rate of BIG_STORE is measured. On Oxigraph: a server
stopped mid-push makes push fail with a clear error, and a re-run after a
restart completes.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

BIN, EXAMPLES, BIG, WORK = sys.argv[1:5]
os.makedirs(WORK, exist_ok=True)

ROWS = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?g ?event ?who WHERE { GRAPH ?g { ?event a ng:Meeting ; sem:hasActor ?who } } ORDER BY ?g ?event ?who"""
COUNT = """SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newsgraph/") && ?g NOT IN (<https://w3id.org/newsgraph/graph/summary>, <https://w3id.org/newsgraph/graph/ontology>)) }"""

failures = []


def check(what, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + what + (f": {detail}" if detail and not condition else ""), flush=True)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"push.py: no server at {url} after {seconds} s")


def remote_select(endpoint, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(endpoint, data=data, headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["results"]["bindings"]


def local_select(store, query):
    out = subprocess.run([BIN, "query", "--store", store, "--format", "json", query], check=True, capture_output=True).stdout
    return json.loads(out)["results"]["bindings"]


def values(rows):
    return sorted(tuple(sorted((k, v["value"]) for k, v in row.items())) for row in rows)


def push(store, endpoint, extra=()):
    started = time.time()
    run = subprocess.run([BIN, "push", "--quiet", "--store", store, "--endpoint", endpoint, *extra], capture_output=True, text=True)
    return run, time.time() - started


def articles_in(store):
    return int(local_select(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }")[0]["n"]["value"])


def exercise(name, gsp, sparql, stop=None, restart=None):
    run, _ = push(EXAMPLES, gsp)
    check(f"{name}: push of the examples succeeds", run.returncode == 0, run.stderr)
    local, remote = values(local_select(EXAMPLES, ROWS)), values(remote_select(sparql, ROWS))
    check(f"{name}: same meetings remote and local ({len(local)} rows)", local == remote and len(local) > 0, f"local {local[:3]} remote {remote[:3]}")
    before = remote_select(sparql, COUNT)[0]["n"]["value"]
    local_count = local_select(EXAMPLES, COUNT)[0]["n"]["value"]
    run, _ = push(EXAMPLES, gsp)
    after = remote_select(sparql, COUNT)[0]["n"]["value"]
    check(f"{name}: second push leaves the count unchanged ({before} triples)", run.returncode == 0 and before == after, f"{before} -> {after}: {run.stderr}")
    check(f"{name}: remote count equals local count", int(before) == int(local_count), f"remote {before}, local {local_count}")
    n = articles_in(BIG)
    run, seconds = push(BIG, gsp)
    check(f"{name}: push of {n} articles succeeds", run.returncode == 0, run.stderr)
    print(f"RATE {name}: {n} articles in {seconds:.1f} s = {n / seconds:.0f} articles/s", flush=True)
    if stop:
        proc = subprocess.Popen([BIN, "push", "--quiet", "--store", BIG, "--endpoint", gsp, "--batch", "1", "--retries", "3", "--no-gazetteer"], stderr=subprocess.PIPE, text=True)
        time.sleep(min(1.0, seconds / 3))
        stop()
        err = proc.communicate(timeout=300)[1]
        check(f"{name}: a server stopped mid-push ends in a clear error", proc.returncode == 1 and "run the same push again" in err, f"{proc.returncode}: {err}")
        restart()
        run, _ = push(BIG, gsp)
        check(f"{name}: the re-run completes", run.returncode == 0 and re.search(r"pushed (\d+) of \1 ", run.stderr), run.stderr)


# --- Oxigraph server -------------------------------------------------------
port = free_port()
location = os.path.join(WORK, "oxigraph")
shutil.rmtree(location, ignore_errors=True)
oxigraph = {}


def start_oxigraph():
    oxigraph["p"] = subprocess.Popen(["oxigraph", "serve", "--location", location, "--bind", f"127.0.0.1:{port}"], stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/")


def stop_oxigraph():
    oxigraph["p"].send_signal(signal.SIGKILL)
    oxigraph["p"].wait()


start_oxigraph()
try:
    exercise("oxigraph", f"http://127.0.0.1:{port}/store", f"http://127.0.0.1:{port}/query", stop_oxigraph, start_oxigraph)
finally:
    stop_oxigraph()

# --- Virtuoso Open Source --------------------------------------------------
if shutil.which("virtuoso-t"):
    vdir = os.path.join(WORK, "virtuoso")
    shutil.rmtree(vdir, ignore_errors=True)
    os.makedirs(vdir)
    sql_port, http_port = free_port(), free_port()
    ini = open("/etc/virtuoso-opensource-7/virtuoso.ini").read()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db", vdir)
    ini = re.sub(r"(?m)^ServerPort(\s*)=\s*1111", f"ServerPort = 127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort(\s*)=\s*8890", f"ServerPort = 127.0.0.1:{http_port}", ini)
    ini = re.sub(r"(?m)^DirsAllowed.*$", f"DirsAllowed = ., {vdir}, /usr/share/virtuoso-opensource-7/vad", ini)
    open(os.path.join(vdir, "virtuoso.ini"), "w").write(ini)
    virtuoso = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", os.path.join(vdir, "virtuoso.ini")], cwd=vdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{http_port}/sparql")
        grants = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'
        subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={grants}"], check=True, capture_output=True)
        exercise("virtuoso", f"http://127.0.0.1:{http_port}/sparql-graph-crud", f"http://127.0.0.1:{http_port}/sparql")
    finally:
        virtuoso.terminate()
        virtuoso.wait()
else:
    check("virtuoso-t is installed (apt-get install virtuoso-opensource)", False)

if failures:
    print(f"{len(failures)} checks failed", file=sys.stderr)
    sys.exit(1)
print("push checks passed")
