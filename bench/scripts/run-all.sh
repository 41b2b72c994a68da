#!/usr/bin/env bash
# Every benchmark, one after the other, with short settings (about 15 minutes on 2 shared cores);
# BENCH_LONG=true for longer, steadier runs. Summaries land in bench/target/bench-results/.
#   1. ingest vs DuckDB read_csv, warm query latency vs plain SQL, claims throughput vs SQL per candidate (JMH, -Pbench)
#   2. cold start of `frontera query` (hyperfine)
#   3. load test of `frontera serve` (wrk), skipped when this build has no `serve` command yet
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/bench/target/bench-results"
failed=0
cd "$root"

./mvnw -q -B -Pbench -pl bench -am -DskipTests package -Dbench=all -Dbench.long="${BENCH_LONG:-false}" || failed=1
bench/scripts/cold-start.sh || failed=1
if ./frontera serve --help >/dev/null 2>&1; then
  bench/scripts/load-wrk.sh || failed=1
else
  echo "run-all: this build has no 'frontera serve' yet; load test skipped" | tee "$out/load-wrk.txt"
fi

echo
echo "All summaries ($out):"
cat "$out"/*.txt 2>/dev/null | sed 's/^/  /'
exit "$failed"
