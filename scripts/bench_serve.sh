#!/usr/bin/env bash
# Latency of the explorer's API requests on a store (issue 16); figures go in BENCHMARKS.md.
#
#   scripts/bench_serve.sh --store DIR [--bin PATH] [--runs 3]
#
# Starts `newsgraph serve` over DIR (for the 100k figures: the store
# scripts/bench.sh builds, target/bench/store-100000), waits for it, and
# times each request with curl (time_total: connection, server work and
# transfer of the whole answer), best of RUNS; the first run of each request
# is also shown (cold caches). The entity of the entity filters is the first
# party of the most frequent pair, the event of the evidence request the
# first of the unfiltered list. Prints a Markdown table.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN="$ROOT/target/release/newsgraph"
STORE=""
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --store) STORE="$2"; shift 2 ;;
    --bin) BIN="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench_serve.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$STORE" ] || { echo "bench_serve.sh: --store DIR is required" >&2; exit 2; }
[ -x "$BIN" ] || { echo "bench_serve.sh: no binary at $BIN (cargo build --release)" >&2; exit 2; }
command -v curl >/dev/null || { echo "bench_serve.sh: curl is missing" >&2; exit 2; }

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
"$BIN" serve --store "$STORE" --bind "127.0.0.1:$PORT" --time-limit 120 2>"${TMPDIR:-/tmp}/bench_serve.$$.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  curl -s -o /dev/null "$BASE/api/types" && break
  kill -0 $SERVER 2>/dev/null || { cat "${TMPDIR:-/tmp}/bench_serve.$$.log" >&2; exit 1; }
  sleep 0.5
done

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
field() { python3 -c 'import sys, json; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }

ENTITY=$(curl -s "$BASE/api/pairs?limit=1" | field 'd["pairs"][0]["x"]')
EVENT=$(curl -s "$BASE/api/events?limit=1" | field 'd["events"][0]["event"]')
echo "store: $STORE ($(du -sh "$STORE" | cut -f1)); entity: $ENTITY; event: $EVENT" >&2

# One request: "best first rows" (seconds), failing loudly on a non-200 answer.
time_request() {
  local url="$BASE$1" best="" first="" out
  for i in $(seq "$RUNS"); do
    out=$(curl -s -o "${TMPDIR:-/tmp}/bench_serve.$$.body" -w '%{http_code} %{time_total}' "$url")
    if [ "${out%% *}" != 200 ]; then
      echo "bench_serve.sh: $1 answered ${out%% *}: $(head -c 300 "${TMPDIR:-/tmp}/bench_serve.$$.body")" >&2
      echo "error - -"; return
    fi
    local t=${out#* }
    [ -n "$first" ] || first=$t
    if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
  done
  echo "$best $first $(python3 -c 'import sys, json; d = json.load(open(sys.argv[1])); print(len(next((d[k] for k in ("events", "cells", "pairs", "evidence", "labels", "types") if k in d), [])))' "${TMPDIR:-/tmp}/bench_serve.$$.body")"
}

echo "| request | best of $RUNS ms | first ms | items |"
echo "|---|---:|---:|---:|"
while IFS='|' read -r name path; do
  read -r best first items < <(time_request "$path")
  if [ "$best" = error ]; then
    echo "| $name | error | | |"
  else
    awk -v n="$name" -v b="$best" -v f="$first" -v i="$items" 'BEGIN { printf "| %s | %.0f | %.0f | %s |\n", n, b * 1000, f * 1000, i }'
  fi
done <<EOF
list, first page|/api/events?limit=50
list, page 3|/api/events?limit=50&offset=100
list, deep page (offset 20000)|/api/events?limit=50&offset=20000
list by type|/api/events?type=Meeting&limit=50
list by type and status|/api/events?type=MissileTest&status=expected&limit=50
list by date range|/api/events?from=2024-01&to=2024-03-31&limit=50
list by entity|/api/events?entity=$(enc "$ENTITY")&limit=50
list by entity and type|/api/events?entity=$(enc "$ENTITY")&type=Meeting&limit=50
list by text search|/api/events?q=putin&limit=50
timeline by month|/api/timeline?by=month
timeline by week, one type|/api/timeline?by=week&type=Meeting
timeline of an entity|/api/timeline?by=month&entity=$(enc "$ENTITY")
who met whom|/api/pairs
who met whom, one entity|/api/pairs?entity=$(enc "$ENTITY")
one event and its evidence|/api/event?iri=$(enc "$EVENT")
one entity|/api/entity?iri=$(enc "$ENTITY")
event types|/api/types
EOF
rm -f "${TMPDIR:-/tmp}/bench_serve.$$.body" "${TMPDIR:-/tmp}/bench_serve.$$.log"
