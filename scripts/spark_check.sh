#!/usr/bin/env bash
# Proves the Spark stage (scripts/spark_extract.py) right: a generated JSON
# Lines corpus goes through Spark in local mode (local[2], RDD.pipe into
# `newsgraph extract --format nquads -`); its N-Quads, loaded with
# `oxigraph load` beside `newsgraph gazetteer`, must be the same set of
# quads as `newsgraph ingest` of the same articles, and the canned queries
# that read article graphs only must answer the same on both stores.
#
#   scripts/spark_check.sh [ARTICLES]     # default 300; run by .ci/run
#
# Requires Java 17, pip pyspark and oxigraph, and a release build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-300}
bin=${CARGO_TARGET_DIR:-target}/release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin/gen-corpus" --seed 17 --count "$n" --lang mix >"$tmp/corpus.jsonl"
python3 scripts/spark_extract.py --master 'local[2]' --partitions 4 \
    --newsgraph "$bin/newsgraph" "$tmp/corpus.jsonl" "$tmp/spark-out" 2>"$tmp/spark.log" \
    || { tail -n 40 "$tmp/spark.log" >&2; exit 1; }
cat "$tmp"/spark-out/part-* >"$tmp/spark.nq"
"$bin/newsgraph" gazetteer --format nquads >"$tmp/gazetteer.nq"
oxigraph load --location "$tmp/spark-store" --file "$tmp/spark.nq" "$tmp/gazetteer.nq"

"$bin/newsgraph" ingest --quiet --store "$tmp/ng-store" "$tmp/corpus.jsonl"
"$bin/newsgraph" export --store "$tmp/ng-store" --format nquads -o "$tmp/ingest.nq"

mkdir -p "$tmp/answers" "$tmp/spark-answers"
for query in queries/*.rq; do
    name=$(basename "$query" .rq)
    "$bin/newsgraph" query --store "$tmp/ng-store" --format csv "$name" >"$tmp/answers/$name.csv"
done
python3 scripts/spark_compare.py "$tmp/spark-store" "$tmp/ingest.nq" "$tmp/answers" "$tmp/spark.nq" "$tmp/gazetteer.nq"

# The summary graph of a store loaded by another tool comes from `refresh`;
# then every canned query, summary-reading ones included, answers as on the
# ingest store (rows compared as multisets).
"$bin/newsgraph" refresh --store "$tmp/spark-store"
for query in queries/*.rq; do
    name=$(basename "$query" .rq)
    "$bin/newsgraph" query --store "$tmp/spark-store" --format csv "$name" >"$tmp/spark-answers/$name.csv"
done
python3 - "$tmp/answers" "$tmp/spark-answers" <<'EOF2'
import sys
from pathlib import Path
ingest, spark = map(Path, sys.argv[1:3])
differ = []
for want in sorted(ingest.glob("*.csv")):
    got = spark / want.name
    if sorted(want.read_text().splitlines()) != sorted(got.read_text().splitlines()):
        differ.append(want.stem)
if differ:
    sys.exit(f"spark_check: after refresh, these canned queries answer differently: {', '.join(differ)}")
print(f"spark_check: after refresh, all {len(list(ingest.glob('*.csv')))} canned queries answer the Spark store as the ingest store")
EOF2
