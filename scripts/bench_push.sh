#!/usr/bin/env bash
# Push rates (articles/s) of `newsgraph push` into an Oxigraph server and
# Virtuoso Open Source (issue 16); figures go in BENCHMARKS.md.
#
#   scripts/bench_push.sh [--count 2000] [--batches "1 4 8"] [--dir DIR] [--bin PATH]
#
# Generates COUNT articles (gen-corpus --seed 42), ingests them into DIR/store,
# then for each server and each --batch value: starts the server on loopback
# with an empty database, times `newsgraph push` of every article graph and
# the gazetteer graph (wall time), checks that the remote store holds as many
# named graphs as were sent, and times a second push (replacing every graph).
# Needs: `oxigraph` (pip install oxigraph), `virtuoso-t` and `isql-vt`
# (apt-get install virtuoso-opensource); a server that is missing is reported
# and skipped. Prints a Markdown table.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN="$ROOT/target/release/newsgraph"
GEN="$ROOT/target/release/gen-corpus"
COUNT=2000
BATCHES="1 4 8"
DIR="$ROOT/target/bench-push"
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT="$2"; shift 2 ;;
    --batches) BATCHES="$2"; shift 2 ;;
    --dir) DIR="$2"; shift 2 ;;
    --bin) BIN="$2"; GEN="$(dirname "$2")/gen-corpus"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench_push.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$BIN" ] && [ -x "$GEN" ] || { echo "bench_push.sh: build first: cargo build --release --bin newsgraph --bin gen-corpus" >&2; exit 2; }
mkdir -p "$DIR"
log() { echo "bench_push: $*" >&2; }
port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; log "$1 never answered"; return 1; }
now() { date +%s.%N; }

STORE="$DIR/store-$COUNT"
if [ ! -d "$STORE" ]; then
  log "generating and ingesting $COUNT articles"
  "$GEN" --seed 42 --count "$COUNT" > "$DIR/corpus-$COUNT.jsonl"
  "$BIN" ingest --quiet --store "$STORE" "$DIR/corpus-$COUNT.jsonl"
fi

# Named graphs in the remote store, by SPARQL.
remote_graphs() {
  curl -s --data-urlencode 'query=SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newsgraph/")) }' \
    -H 'Accept: text/csv' "$1" | tail -1 | tr -d '\r"'
}

# push SERVER-NAME STORE-URL QUERY-URL BATCH: one table row.
push() {
  local name=$1 gsp=$2 sparql=$3 batch=$4 t0 t1 t2 graphs
  t0=$(now)
  "$BIN" push --quiet --store "$STORE" --endpoint "$gsp" --batch "$batch" 2>"$DIR/push.log" || { log "$name: push failed: $(tail -3 "$DIR/push.log")"; echo "| $name | $batch | failed | | | |"; return; }
  t1=$(now)
  "$BIN" push --quiet --store "$STORE" --endpoint "$gsp" --batch "$batch" 2>>"$DIR/push.log"
  t2=$(now)
  graphs=$(remote_graphs "$sparql")
  awk -v n="$name" -v b="$batch" -v c="$COUNT" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v g="$graphs" \
    'BEGIN { printf "| %s | %d | %.1f | **%.0f** | %.0f | %s |\n", n, b, t1 - t0, c / (t1 - t0), c / (t2 - t1), g }'
}

echo "| server | --batch | first push s | articles/s | second push articles/s | remote graphs |"
echo "|---|---:|---:|---:|---:|---:|"
for batch in $BATCHES; do
  if command -v oxigraph >/dev/null; then
    rm -rf "$DIR/oxigraph"
    p=$(port)
    oxigraph serve --location "$DIR/oxigraph" --bind "127.0.0.1:$p" 2>/dev/null &
    server=$!
    wait_for "http://127.0.0.1:$p/query"
    push "Oxigraph server" "http://127.0.0.1:$p/store" "http://127.0.0.1:$p/query" "$batch"
    kill $server; wait $server 2>/dev/null || true
  else
    log "oxigraph is missing (pip install oxigraph): skipped"
  fi
  if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
    vdir="$DIR/virtuoso"; rm -rf "$vdir"; mkdir -p "$vdir"
    sql=$(port); http=$(port)
    sed -e "s#/var/lib/virtuoso-opensource-7/db#$vdir#" \
        -e "s#^ServerPort\(\s*\)=\s*1111#ServerPort = 127.0.0.1:$sql#" \
        -e "s#^ServerPort\(\s*\)=\s*8890#ServerPort = 127.0.0.1:$http#" \
        -e "s#^DirsAllowed.*#DirsAllowed = ., $vdir, /usr/share/virtuoso-opensource-7/vad#" \
        /etc/virtuoso-opensource-7/virtuoso.ini > "$vdir/virtuoso.ini"
    (cd "$vdir" && exec virtuoso-t +foreground +configfile "$vdir/virtuoso.ini" >/dev/null 2>&1) &
    server=$!
    wait_for "http://127.0.0.1:$http/sparql"
    isql-vt "127.0.0.1:$sql" dba dba "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);" >/dev/null
    push "Virtuoso 7" "http://127.0.0.1:$http/sparql-graph-crud" "http://127.0.0.1:$http/sparql" "$batch"
    kill $server; wait $server 2>/dev/null || true
  else
    log "virtuoso-t or isql-vt is missing (apt-get install virtuoso-opensource): skipped"
  fi
done
