#!/usr/bin/env bash
# Fuzzes newsgraph's extraction stages with cargo-fuzz (libFuzzer), one
# target after another, and fails on the first crash, panic, hang or leak
# of memory past the limit.
#
#   fuzz/run.sh                      # every target, 60 s each
#   fuzz/run.sh --seconds 30         # every target, 30 s each (CI)
#   fuzz/run.sh --seconds 600 analyse read_warc
#
# Needs a nightly toolchain and cargo-fuzz (`rustup toolchain install
# nightly --profile minimal`, `cargo install cargo-fuzz --locked`). Seeds come
# from fuzz/seed.py; inputs that find new code are kept in fuzz/corpus/TARGET
# (not in git), a crashing input in fuzz/artifacts/TARGET. Each run appends
# `target <tab> executions <tab> seconds` to fuzz/executions.tsv.
#
# Built without AddressSanitizer (`-s none`): the code under test is safe
# Rust, whose panics, overflows (debug assertions are on) and hangs libFuzzer
# catches alone, and ASan made the targets 3 to 5 times slower.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=60
targets=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --seconds) seconds=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

python3 fuzz/seed.py
cargo +nightly fuzz build -s none
mkdir -p fuzz/logs
for target in "${targets[@]}"; do
    log="fuzz/logs/$target.log"
    echo "fuzz/run.sh: $target for ${seconds}s (log: $log)" >&2
    status=0
    # -timeout: an input that takes longer is a hang; -rss_limit_mb: memory.
    cargo +nightly fuzz run -s none "$target" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    printf '%s\t%s\t%s\n' "$target" "${execs:-0}" "$seconds" >>fuzz/executions.tsv
    if [[ $status -ne 0 ]]; then
        grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" >&2 || tail -20 "$log" >&2
        echo "fuzz/run.sh: $target FAILED (exit $status); the input is in fuzz/artifacts/$target" >&2
        exit 1
    fi
    echo "fuzz/run.sh: $target: ${execs:-0} executions, no crash" >&2
done
