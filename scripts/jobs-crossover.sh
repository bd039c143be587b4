#!/usr/bin/env bash
# When do worker threads pay? Wall time, CPU time and peak memory of --jobs 1
# against --jobs 2 on N pages (the CWCED pages of ../shared, repeated by
# symbolic links up to N), each run thrice, outputs compared byte for byte.
# Prints: run N jobs wall user sys maxRSS-KB load. See docs/scale.md.
#   bash scripts/jobs-crossover.sh [N ...]    (default: 5 10 20 40 69 100 120 138 160 276)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PAGES="${PAGES:-$ROOT/../shared/bench/html/cwced/pages}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
sizes=("${@:-5 10 20 40 69 100 120 138 160 276}")
for n in ${sizes[*]}; do
  mkdir "$TMP/n$n"; i=0
  while [ "$i" -lt "$n" ]; do
    for f in "$PAGES"/*; do
      [ "$i" -ge "$n" ] && break
      ln -s "$f" "$TMP/n$n/$(printf %05d "$i")_$(basename "$f")"; i=$((i + 1))
    done
  done
done
for run in 1 2 3; do
  for n in ${sizes[*]}; do
    for j in 1 2; do
      /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" node "$ROOT/bin/zhfin.js" extract "$TMP/n$n" -j "$j" -q --table figures -o "$TMP/out-$j.csv"
      echo "$run $n $j $(cat "$TMP/time") $(cut -d' ' -f1 /proc/loadavg)"
    done
    cmp -s "$TMP/out-1.csv" "$TMP/out-2.csv" || echo "$n pages: --jobs 1 and --jobs 2 outputs DIFFER"
  done
done
