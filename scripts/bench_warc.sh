#!/usr/bin/env bash
# WARC throughput and peak memory (issue 17): writes a WARC.gz of PAGES
# generated news pages (scripts/warc_fixtures.py, warcio; each page with its
# request record, as a crawl has), then times `newsgraph extract` of it with
# 1 and 2 cores (RAYON_NUM_THREADS) and `newsgraph ingest` with all cores,
# reporting MB/s of the compressed file, articles/s and peak RSS (GNU time).
#
#   scripts/bench_warc.sh [PAGES]     # default 10000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pages=${1:-10000}
bin=${CARGO_TARGET_DIR:-target}/release/newsgraph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/warc_fixtures.py "$tmp" --pages "$pages"
warc="$tmp/bench.warc.gz"
mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$warc")
run() { # label, then the command
    local label=$1
    shift
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" 2>"$tmp/err" >/dev/null || true
    read -r seconds kib <"$tmp/time"
    python3 -c "import sys; s, k, mb, n = map(float, sys.argv[2:]); print(f'{sys.argv[1]:<24} {s:7.2f} s {mb / s:7.2f} MB/s {n / s:8.1f} articles/s  peak RSS {k / 1024:6.1f} MiB')" \
        "$label" "$seconds" "$kib" "$mb" "$pages"
}
echo "bench.warc.gz: $pages pages, $mb MB compressed, $(nproc) cores (shared machine: figures vary with load)"
RAYON_NUM_THREADS=1 run "extract, 1 core" "$bin" extract --format nquads "$warc"
RAYON_NUM_THREADS=2 run "extract, 2 cores" "$bin" extract --format nquads "$warc"
run "ingest, all cores" "$bin" ingest --quiet --store "$tmp/store" "$warc"
