#!/usr/bin/env bash
# `newsgraph serve` and `newsgraph push` against real things (called by .ci/run):
#
#   tests/serve/run.sh BIN WORKDIR [SCREENSHOT]
#
# SPARQLWrapper and rdflib (clients.py) and headless chromium (explorer.py)
# against `serve` over the example store; then push.py into `oxigraph serve`
# and Virtuoso. Needs: pip SPARQLWrapper rdflib playwright oxigraph; apt
# chromium virtuoso-opensource. Fails loudly when one is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=$(realpath "$1")
work=$2
shot=${3:-$work/explorer.png}
mkdir -p "$work"
gen="$(dirname "$bin")/gen-corpus"

for tool in chromium virtuoso-t isql-vt oxigraph; do
    command -v "$tool" >/dev/null || { echo "tests/serve/run.sh: $tool is missing (see .ci/run)" >&2; exit 1; }
done
python3 -c 'import SPARQLWrapper, rdflib, playwright' \
    || { echo "tests/serve/run.sh: pip install SPARQLWrapper rdflib playwright" >&2; exit 1; }

rm -rf "$work/examples-store" "$work/big-store"
"$bin" ingest --quiet --store "$work/examples-store" examples/
"$gen" --seed 7 --count 1000 --lang mix >"$work/big.jsonl"
"$bin" ingest --quiet --store "$work/big-store" "$work/big.jsonl"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --store "$work/examples-store" --bind "127.0.0.1:$port" --time-limit 2 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/sparql" && break
    sleep 0.2
done
python3 tests/serve/clients.py "http://127.0.0.1:$port"
python3 tests/serve/explorer.py "http://127.0.0.1:$port" "$shot"
kill $serve_pid
wait $serve_pid 2>/dev/null || true

python3 tests/serve/push.py "$bin" "$work/examples-store" "$work/big-store" "$work/push"
