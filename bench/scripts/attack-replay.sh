#!/usr/bin/env bash
# Replays issue 12's memory attack on `frontera serve`, on loopback only, for a bounded time.
# Makes a store with `frontera ingest ../shared/data/cbp`, starts `frontera serve` on it as the
# launcher does (its -Xmx, the default limits: 5 checks per second per client in bursts of 20),
# then runs bench/src/main/java/dev/frontera/bench/load/AttackReplay.java: every 4 s one client
# sends 20 texts to POST /api/v1/check at once (the issue's 693 KB article repeating one sentence;
# a 99,000-character text with too many figures; a text of a few hundred figures, the largest
# answer allowed) and 20 to POST /api/v1/movements/proposals (700 KB and 99 KB), while another
# client asks questions one at a time and measures its latency.
# Goals: no 5xx, the other client's p99 under 1 s, the server's peak resident memory below the
# launcher's -Xmx plus DuckDB's memory limit (1 GB). Reports requests, answers by status, the other
# client's p50/p99/max, peak VmRSS (sampled every 0.2 s) and VmHWM, and the load average.
# Usage: bench/scripts/attack-replay.sh   (env: PORT (18081), DURATION seconds (60), FRONTERA_SHARED, BENCH_OUT)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${FRONTERA_SHARED:-$root/../shared}"
port="${PORT:-18081}"
duration="${DURATION:-60}"
out="${BENCH_OUT:-$root/bench/target/bench-results}"
host=127.0.0.1   # loopback only: never point this at another address
duckdb_limit_mb=1024   # Store's SET memory_limit = '1GB'

if [ ! -d "$shared/data/cbp" ]; then
  echo "attack-replay: the shared files are not at $shared/data/cbp; set FRONTERA_SHARED" >&2
  exit 2
fi
for tool in curl jq; do
  if ! command -v "$tool" >/dev/null; then
    echo "attack-replay: installing $tool (Debian package)..." >&2
    apt-get install -y -qq "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$tool"; }
  fi
done
mkdir -p "$out"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
xmx_mb="$(grep -o 'serve) quick="[^"]*' frontera | grep -o 'Xmx[0-9]*m' | tr -dc '0-9')"
limit_mb=$((xmx_mb + duckdb_limit_mb))
./frontera --db "$work/store.duckdb" ingest "$shared/data/cbp" > "$work/ingest.log" 2>&1 \
  || { echo "attack-replay: ingest failed; its log:" >&2; cat "$work/ingest.log" >&2; exit 1; }
./frontera --db "$work/store.duckdb" serve --host "$host" --port "$port" > "$work/server.log" 2>&1 &
server_pid=$!   # ./frontera execs java: this is the server's own PID

probe="http://$host:$port/api/v1/query?region=southwest&period=2023-12"
echo "attack-replay: waiting for the server (pid $server_pid, -Xmx${xmx_mb}m) on $host:$port..." >&2
for _ in $(seq 1 180); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "attack-replay: the server exited before it answered; its log:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  if curl -sf -o /dev/null "$probe"; then break; fi
  sleep 1
done
curl -sf -o /dev/null "$probe" || { echo "attack-replay: no answer from $probe after 180 s" >&2; exit 1; }

# The bodies: one sentence with figures, repeated (the issue's attack), as JSON made by jq.
sentence="Border Patrol agents recorded 191,113 encounters at the southwest border in December 2023, the highest monthly total on record. "
repeat() { local text=""; while [ "${#text}" -lt "$1" ]; do text+="$sentence"; done; printf '%s' "${text:0:$1}"; }
body() { jq -Rs --arg published 2023-12-28 '{text: ., published: $published}'; }
repeat 693000 | body > "$work/check-original.json"
repeat 99000 | body > "$work/check-over-claims.json"
repeat 30000 | body > "$work/check-largest-answer.json"
repeat 700000 | body > "$work/proposal-original.json"
{ printf 'A caravan of about 5,000 people left Tapachula on Sunday, some 1,000 miles from the border. '; repeat 98000; } \
  | body > "$work/proposal-long.json"
ls -l "$work"/*.json | awk '{ printf "attack-replay: body %s: %d bytes\n", $NF, $5 }' >&2

rss_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0; }
peak=0
load_max=0
java bench/src/main/java/dev/frontera/bench/load/AttackReplay.java "$port" "$duration" "$work" > "$work/replay.txt" 2>&1 &
replay_pid=$!
while kill -0 "$replay_pid" 2>/dev/null; do
  rss="$(rss_kb VmRSS)"; [ "${rss:-0}" -gt "$peak" ] && peak="$rss"
  load_now="$(cut -d' ' -f1 /proc/loadavg)"
  load_max="$(awk -v a="$load_now" -v b="$load_max" 'BEGIN { print (a > b) ? a : b }')"
  sleep 0.2
done
replay_status=0
wait "$replay_pid" || replay_status=$?
hwm="$(rss_kb VmHWM)"
alive=yes; kill -0 "$server_pid" 2>/dev/null || alive=no
cp "$work/replay.txt" "$out/attack-replay-client.txt"
cp "$work/server.log" "$out/attack-replay-server.log"

peak_mb=$((peak / 1024)); hwm_mb=$((${hwm:-0} / 1024))
memory_ok=$([ "$hwm_mb" -lt "$limit_mb" ] && [ "$peak_mb" -lt "$limit_mb" ] && echo 1 || echo 0)
verdict() { if [ "$1" = 1 ]; then echo "[goal met]"; else echo "[goal MISSED]"; fi; }
{
  sed 's/^/attack-replay: /' "$work/replay.txt"
  echo "attack-replay: server resident memory: peak VmRSS $peak_mb MB (sampled every 0.2 s), VmHWM $hwm_mb MB; limit ${xmx_mb} MB (-Xmx) + $duckdb_limit_mb MB (DuckDB) = $limit_mb MB $(verdict "$memory_ok")"
  echo "attack-replay: no 5xx and the other client's p99 under 1 s $(verdict "$([ "$replay_status" = 0 ] && echo 1 || echo 0)"); server still running afterwards: $alive; load average up to $load_max; $duration s on $host:$port"
} | tee "$out/attack-replay.txt"
[ "$replay_status" = 0 ] && [ "$memory_ok" = 1 ] && [ "$alive" = yes ]
