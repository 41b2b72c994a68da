#!/usr/bin/env bash
# Cold start of `./frontera query` with an existing store (issue 2: goal under 2 s), against
# baselines measured in the same hyperfine run: a bare JVM start (`java -version`, the launcher's
# flags) and `./frontera --version` (JVM + jar + command line, no store).
# Each run is a new JVM; the OS page cache stays warm (it cannot be dropped on a shared machine).
# Usage: bench/scripts/cold-start.sh [RUNS]   (env: BENCH_DB, BENCH_OUT)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
# The store lives in this checkout's target folder, made by this checkout's own `frontera ingest`
# (a store in /tmp could be another checkout's, made by older code from fewer files).
db="${BENCH_DB:-$root/bench/target/cold-start.duckdb}"
out="${BENCH_OUT:-$root/bench/target/bench-results}"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"  # what ./frontera gives a query

if ! command -v hyperfine >/dev/null; then
  echo "cold-start: installing hyperfine (Debian package)..." >&2
  apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hyperfine; }
fi
command -v jq >/dev/null || apt-get install -y -qq jq >/dev/null

cd "$root"
./frontera --version >/dev/null   # builds the jar first if it is missing or stale
if [ ! -f "$db" ]; then
  echo "cold-start: making the store $db from the official record in record/..." >&2
  ./frontera --db "$db" ingest >/dev/null
fi
mkdir -p "$out"
releases="$(./frontera --db "$db" releases | tail -n +2 | grep -c .)"
query=(./frontera --db "$db" query --region southwest --period FY2024 --group-by month)
hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$out/cold-start.json" \
  -n "java -version" "java $flags -version" \
  -n "frontera --version" "./frontera --version" \
  -n "frontera query" "${query[*]}"

summary="$(jq -r '
  (.results | map({(.command): .}) | add) as $r
  | ($r["frontera query"].median) as $q
  | ($r["java -version"].median) as $jvm
  | ($r["frontera --version"].median) as $ver
  | "cold start: frontera query median \($q * 1000 | floor) ms (mean \($r["frontera query"].mean * 1000 | floor) ms) vs java -version \($jvm * 1000 | floor) ms (\($q / $jvm * 10 | floor / 10)x) and frontera --version \($ver * 1000 | floor) ms (\($q / $ver * 10 | floor / 10)x); goal < 2000 ms, store of \($releases) releases " + (if $q < 2 then "[goal met]" else "[goal MISSED]" end)
' --arg releases "$releases" "$out/cold-start.json")"
echo
echo "== $summary"
echo "$summary" > "$out/cold-start.txt"
