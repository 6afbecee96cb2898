#!/usr/bin/env bash
# Split a gold-annotated corpus (news-please JSON + .gold.json pairs, one
# directory per language) once, by a hash of the file stem, into a working part
# and a validation part that is scored only at checkpoints.
#
# Rule: sha1(STEM) first byte < 77 -> val (~30%), else -> work.
# The split depends only on the stem, so it is reproducible and an article
# added later falls on a fixed side without moving the others.
#
# usage: scripts/split-real.sh CORPUS_DIR OUT_DIR
#   CORPUS_DIR holds id/ and en/ (or any language subdirectories);
#   OUT_DIR/{work,val}/LANG/ receive symlinks to article and gold.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 CORPUS_DIR OUT_DIR" >&2; exit 2; }
src=$(cd "$1" && pwd)
out=$2
for langdir in "$src"/*/; do
  lang=$(basename "$langdir")
  mkdir -p "$out/work/$lang" "$out/val/$lang"
  for gold in "$langdir"*.gold.json; do
    stem=$(basename "$gold" .gold.json)
    byte=$(printf '%s' "$stem" | sha1sum | cut -c1-2)
    if [ $((16#$byte)) -lt 77 ]; then part=val; else part=work; fi
    ln -sf "$langdir$stem.json" "$out/$part/$lang/$stem.json"
    ln -sf "$gold" "$out/$part/$lang/$stem.gold.json"
  done
done
for part in work val; do
  for d in "$out/$part"/*/; do
    echo "$part/$(basename "$d"): $(ls "$d" | grep -c '\.gold\.json$') articles"
  done
done
