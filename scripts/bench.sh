#!/usr/bin/env bash
# Whole-process benchmarks of newsgraph (issue 4); the figures go in BENCHMARKS.md.
#
#   scripts/bench.sh            # 10k and 100k generated articles (about 15 minutes on 2 cores)
#   scripts/bench.sh --smoke    # 200 articles, for CI (well under 2 minutes once built)
#   scripts/bench.sh --sizes "1000 5000" --dir /tmp/ngbench
#
# For each size N it generates N articles (gen-corpus --seed 42), then, each
# process timed by /usr/bin/time -v (wall time, peak RSS):
#   1. newsgraph ingest into a fresh persistent store;
#   2. newsgraph extract --format nquads of the same articles to a file;
#   1b. newsgraph ingest of the same articles again (all unchanged, so skipped);
#   3. oxigraph load of that file into a fresh RocksDB directory (the store's
#      own bulk loader: the physical limit);
# and reports articles/s, quads/s, quads per article, and the ratios
# ingest / (extract + oxigraph load) and ingest / oxigraph load.
# On the largest store it then runs every canned query in queries/ (best of 3
# wall times of `newsgraph query --store DIR --format csv NAME`, which include
# process start and store open; the time of a trivial ASK is shown for scale;
# a query still running after QUERY_TIMEOUT seconds, default 60, is stopped and
# reported as such; one that fails is reported as an error). event-provenance
# is run with the IRI of a real Meeting event of the store substituted for the
# example IRI in its VALUES (through --file), so that it returns rows.
# CPU% (user+sys over wall, 200% = both cores) of ingest, extract and load is
# reported, and the user+sys seconds of each step go to DIR/cpu.md.
# INGEST_TIMEOUT=SECS (default 0: none) stops an ingest that runs longer; its
# row then says so, and the query store of that size is built instead from the
# same articles' N-Quads by `oxigraph load` plus `newsgraph ingest` of an empty
# file (which adds the gazetteer and ontology graphs): the same quads, but
# loaded by Oxigraph's own loader, so query times are not those of an ingested store.
# Results: a Markdown summary in DIR/results.md, raw logs beside it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Cargo's build directory: CI may keep it outside the clone.
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
SIZES="10000 100000"
DIR="$TARGET/bench"
SEED=42
SMOKE=0
QUERY_TIMEOUT=${QUERY_TIMEOUT:-60}
INGEST_TIMEOUT=${INGEST_TIMEOUT:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1; SIZES="200"; QUERY_TIMEOUT=5; shift ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --dir) DIR="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

log() { echo "bench: $*" >&2; }

# Tools: GNU time for peak RSS, the oxigraph CLI (same version as the library) for the limit.
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time"
  apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
OXIGRAPH=""
if ! command -v oxigraph >/dev/null 2>&1; then
  log "installing the oxigraph CLI (pip install oxigraph)"
  pip install -q oxigraph >/dev/null 2>&1 || log "pip install oxigraph failed: the limit comparison is skipped"
fi
if command -v oxigraph >/dev/null 2>&1; then
  # Bypass a pyenv shim so its start-up is not timed.
  OXIGRAPH=$(pyenv which oxigraph 2>/dev/null || command -v oxigraph)
fi

log "building (release)"
(cd "$ROOT" && cargo build --release --quiet --bin newsgraph --bin gen-corpus)
mkdir -p "$DIR/bin"
# A private copy, so that a rebuild during a long run does not change what is measured.
cp "$TARGET/release/newsgraph" "$TARGET/release/gen-corpus" "$DIR/bin/"
NG="$DIR/bin/newsgraph"
GEN="$DIR/bin/gen-corpus"
RESULTS="$DIR/results.md"
REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(cd "$ROOT" && git status --porcelain -- src Cargo.toml ontology 2>/dev/null | head -1)

# Fields of a /usr/bin/time -v log.
wall_s() { # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
cpu_pct() { awk -F': ' '/Percent of CPU/ { print $2 }' "$1"; }
cpu_s() { # "user + sys" seconds
  awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f + %.1f", u, s }' "$1"
}
cpu_total_s() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$1"; }
csv_rows() { # records of a CSV result minus the header; quoted fields may hold newlines
  awk '{ n += gsub(/"/, "\""); if (n % 2 == 0) r++ } END { print r - 1 }' "$1"
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
now_ns() { date +%s%N; }

{
  echo "# newsgraph benchmark results"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $REV${DIRTY:+ (work tree has uncommitted changes)}"
  echo "- machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(free -g | awk '/Mem:/ { print $2 }') GB RAM"
  echo "- newsgraph: $("$NG" --version); oxigraph CLI: ${OXIGRAPH:+$("$OXIGRAPH" --version 2>/dev/null || echo present)}"
  echo
  echo "| articles | MB in | ingest s | articles/s | quads (articles) | quads/article | quads/s | ingest peak RSS MiB | ingest CPU | extract s | extract RSS MiB | extract CPU | oxigraph load s | load RSS MiB | load CPU | ingest/(extract+load) | ingest/load |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULTS"
{
  echo "| step | articles | wall s | user + sys s | CPU |"
  echo "|---|---:|---:|---:|---:|"
} > "$DIR/cpu.md"
cpu_row() { echo "| $1 | $2 | $(wall_s "$3") | $(cpu_s "$3") | $(cpu_pct "$3") |" >> "$DIR/cpu.md"; }

LAST_STORE=""
REINGEST_ROWS=""
for N in $SIZES; do
  CORPUS="$DIR/corpus-$N.jsonl"
  if [ ! -s "$CORPUS" ] || [ "$(wc -l < "$CORPUS")" -ne "$N" ]; then
    log "generating $N articles"
    "$GEN" --seed "$SEED" --count "$N" > "$CORPUS"
  fi
  MB=$(calc "%.1f" "$(stat -c %s "$CORPUS") / 1e6")

  STORE="$DIR/store-$N"
  rm -rf "$STORE"
  log "ingest $N articles into a fresh store"
  RC=0
  /usr/bin/time -v timeout "$INGEST_TIMEOUT" "$NG" ingest --store "$STORE" "$CORPUS" 2> "$DIR/ingest-$N.log" || RC=$?
  STOPPED=0
  if [ "$RC" = 124 ]; then STOPPED=1; log "ingest stopped after $INGEST_TIMEOUT s"; elif [ "$RC" != 0 ]; then log "ingest failed ($RC)"; exit 1; fi
  INGEST_S=$(wall_s "$DIR/ingest-$N.log")
  INGEST_RSS=$(rss_mb "$DIR/ingest-$N.log")
  INGEST_CPU=$(cpu_pct "$DIR/ingest-$N.log")
  grep -E '^ingested' "$DIR/ingest-$N.log" >&2 || true
  if [ "$STOPPED" = 0 ]; then
    # The same crawl again: every article unchanged, so skipped (issue 15: >= 10x faster).
    log "re-ingest of the same $N unchanged articles"
    /usr/bin/time -v "$NG" ingest --store "$STORE" "$CORPUS" 2> "$DIR/reingest-$N.log"
    REINGEST_S=$(wall_s "$DIR/reingest-$N.log")
    # CPU seconds too: on a shared machine they vary less than wall times.
    INGEST_CPU_S=$(cpu_total_s "$DIR/ingest-$N.log")
    REINGEST_CPU_S=$(cpu_total_s "$DIR/reingest-$N.log")
    REINGEST_ROWS="$REINGEST_ROWS| $N | $INGEST_S | $REINGEST_S | $(calc "%.1f" "$INGEST_S / $REINGEST_S") | $INGEST_CPU_S | $REINGEST_CPU_S | $(calc "%.1f" "$INGEST_CPU_S / $REINGEST_CPU_S") | $(rss_mb "$DIR/reingest-$N.log") |
"
  fi

  NQ="$DIR/corpus-$N.nq"
  log "extract $N articles to N-Quads"
  /usr/bin/time -v "$NG" extract --format nquads "$CORPUS" > "$NQ" 2> "$DIR/extract-$N.log"
  EXTRACT_S=$(wall_s "$DIR/extract-$N.log")
  EXTRACT_RSS=$(rss_mb "$DIR/extract-$N.log")
  EXTRACT_CPU=$(cpu_pct "$DIR/extract-$N.log")
  cpu_row ingest "$N" "$DIR/ingest-$N.log"
  cpu_row extract "$N" "$DIR/extract-$N.log"
  QUADS=$(wc -l < "$NQ")

  LOAD_S="n/a"; LOAD_RSS="n/a"; LOAD_CPU="n/a"; R1="n/a"; R2="n/a"
  if [ -n "$OXIGRAPH" ]; then
    OXI="$DIR/oxigraph-$N"
    rm -rf "$OXI"
    log "oxigraph load of the same $QUADS quads into a fresh store"
    /usr/bin/time -v "$OXIGRAPH" load --location "$OXI" --file "$NQ" > "$DIR/oxigraph-load-$N.out" 2> "$DIR/oxigraph-load-$N.log"
    LOAD_S=$(wall_s "$DIR/oxigraph-load-$N.log")
    LOAD_RSS=$(rss_mb "$DIR/oxigraph-load-$N.log")
    LOAD_CPU=$(cpu_pct "$DIR/oxigraph-load-$N.log")
    cpu_row "oxigraph load" "$N" "$DIR/oxigraph-load-$N.log"
    R1=$(calc "%.2f" "$INGEST_S / ($EXTRACT_S + $LOAD_S)")
    R2=$(calc "%.2f" "$INGEST_S / $LOAD_S")
    if [ "$STOPPED" = 1 ]; then
      log "query store of $N articles from the oxigraph load (ingest was stopped)"
      rm -rf "$STORE"; mv "$OXI" "$STORE"
      : > "$DIR/empty.jsonl"
      "$NG" ingest -q --store "$STORE" "$DIR/empty.jsonl" 2> /dev/null || true
    fi
    rm -rf "$OXI"
  fi
  if [ "$STOPPED" = 1 ]; then
    INGEST_S="> $INGEST_TIMEOUT (stopped)"; R1="> $R1"; R2="> $R2"
  fi
  if [ "$STOPPED" = 1 ]; then RATE="< $(calc "%.0f" "$N / $INGEST_TIMEOUT")"; QRATE="< $(calc "%.0f" "$QUADS / $INGEST_TIMEOUT")"
  else RATE=$(calc "%.0f" "$N / $INGEST_S"); QRATE=$(calc "%.0f" "$QUADS / $INGEST_S"); fi
  echo "| $N | $MB | $INGEST_S | $RATE | $QUADS | $(calc "%.1f" "$QUADS / $N") | $QRATE | $INGEST_RSS | $INGEST_CPU | $EXTRACT_S | $EXTRACT_RSS | $EXTRACT_CPU | $LOAD_S | $LOAD_RSS | $LOAD_CPU | $R1 | $R2 |" >> "$RESULTS"
  NOTE=""; if [ "$STOPPED" = 1 ]; then NOTE=" (built by oxigraph load: the ingest was stopped)"; fi
  { du -sm "$STORE" | awk '{ printf "%s MB on disk", $1 }'; echo ", $(ls "$STORE" | wc -l) files$NOTE"; } > "$DIR/store-$N.size"
  rm -f "$NQ"
  LAST_STORE="$STORE"; LAST_N="$N"
done

if [ -n "$REINGEST_ROWS" ]; then
  {
    echo
    echo "| articles | first ingest s | unchanged re-ingest s | speed-up | first ingest CPU s | re-ingest CPU s | CPU speed-up | re-ingest peak RSS MiB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s' "$REINGEST_ROWS"
  } >> "$RESULTS"
fi

# Canned queries on the largest store, from the repository root so queries/NAME.rq is used.
cd "$ROOT"
{
  echo
  echo "Store of $LAST_N articles: $(cat "$DIR/store-$LAST_N.size")."
  echo
  echo "| query | best of 3, ms (whole process) | minus baseline, ms | result rows |"
  echo "|---|---:|---:|---:|"
} >> "$RESULTS"
best_ms() { # best wall time of 3 runs of `newsgraph query ... "$@"`, in ms, or "timeout"
  # or "error"; the output of the last run in $DIR/query.out, its errors in $DIR/query.err
  local best="" t0 t1 ms rc
  for _ in 1 2 3; do
    t0=$(now_ns)
    rc=0
    timeout "$QUERY_TIMEOUT" "$NG" query --store "$LAST_STORE" --format csv "$@" > "$DIR/query.out" 2> "$DIR/query.err" || rc=$?
    if [ "$rc" = 124 ]; then echo timeout; return; fi
    if [ "$rc" != 0 ]; then echo error; return; fi
    t1=$(now_ns)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
BASE=$(best_ms 'ASK { }')
echo "| (baseline: \`ASK { }\`, process start + store open) | $BASE | 0 | - |" >> "$RESULTS"
FAST=()
# event-provenance names one event in VALUES: substitute a real one of this store.
EVENT=$("$NG" query --store "$LAST_STORE" --format csv \
  'SELECT ?e WHERE { GRAPH ?g { ?e a <https://w3id.org/newsgraph/ontology#Meeting> } } LIMIT 1' | sed -n 2p | tr -d '\r')
PROV_RQ="$DIR/event-provenance.rq"
if [ -n "$EVENT" ]; then
  sed -E "s|VALUES \?event \{ <[^>]*> \}|VALUES ?event { <$EVENT> }|" "$ROOT/queries/event-provenance.rq" > "$PROV_RQ"
  log "event-provenance with <$EVENT>"
else
  cp "$ROOT/queries/event-provenance.rq" "$PROV_RQ"
fi
for Q in "$ROOT"/queries/*.rq; do
  NAME=$(basename "$Q" .rq)
  log "query $NAME"
  if [ "$NAME" = event-provenance ]; then
    MS=$(best_ms --file "$PROV_RQ")
  else
    MS=$(best_ms "$NAME")
  fi
  if [ "$MS" = timeout ]; then
    echo "| $NAME | > $((QUERY_TIMEOUT * 1000)) (stopped) | - | - |" >> "$RESULTS"
    continue
  fi
  if [ "$MS" = error ]; then
    echo "| $NAME | error: $(head -c 200 "$DIR/query.err" | tr '\n|' '  ') | - | - |" >> "$RESULTS"
    continue
  fi
  ROWS=$(csv_rows "$DIR/query.out")
  echo "| $NAME | $MS | $(( MS > BASE ? MS - BASE : 0 )) | $ROWS |" >> "$RESULTS"
  if [ "$MS" -lt 5000 ]; then FAST+=("$NAME"); fi
done
if command -v hyperfine >/dev/null 2>&1 && [ "$SMOKE" = 0 ]; then
  log "hyperfine (5 runs each) for the canned queries"
  CMDS=()
  for NAME in "${FAST[@]}"; do # the slow ones are timed above
    if [ "$NAME" = event-provenance ]; then
      CMDS+=("-n" "$NAME" "$NG query --store $LAST_STORE --format csv --file $PROV_RQ")
    else
      CMDS+=("-n" "$NAME" "$NG query --store $LAST_STORE --format csv $NAME")
    fi
  done
  hyperfine -N --warmup 1 --runs 5 --style basic --export-markdown "$DIR/queries-hyperfine.md" \
    -n baseline "$NG query --store $LAST_STORE --format csv 'ASK { }'" "${CMDS[@]}" > "$DIR/queries-hyperfine.log" 2>&1 \
    || log "hyperfine failed; see $DIR/queries-hyperfine.log"
fi
if [ "$SMOKE" = 1 ]; then
  rm -rf "$DIR"/store-*
fi
echo >> "$RESULTS"
cat "$DIR/cpu.md" >> "$RESULTS"
cat "$RESULTS"
