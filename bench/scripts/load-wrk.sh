#!/usr/bin/env bash
# Load test of `frontera serve` (issue 5) with wrk, on loopback only, for a bounded time.
# Starts the server on a fresh store (it stores the official record of record/ first), then:
#   1. GET  /api/v1/query, typical questions in turn (issue 2's: by month, per day, by citizenship,
#      as first published...)                                              goal >= 5,000 req/s, p99 < 20 ms, 0 errors
#   2. POST /api/v1/check with the seed article (published 2023-12-28)     goal >= 300 req/s
# The server runs with a high --check-rate (CHECK_RATE, default 1000000 per second) so that its
# per-client rate limit (5/s by default) does not answer 429 to wrk's few connections.
# Reports requests/s, p99 latency, errors (socket errors and non-2xx answers), the server's
# resident memory under load (peak VmRSS sampled each second from /proc/PID/status, VmHWM at the
# end) and the machine's load average during each run.
# Usage: bench/scripts/load-wrk.sh
#   (env: PORT, DURATION (default 15s), CONNECTIONS (16), CHECK_RATE, FRONTERA_SHARED, BENCH_OUT)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${FRONTERA_SHARED:-$root/../shared}"
port="${PORT:-18080}"
duration="${DURATION:-15s}"
connections="${CONNECTIONS:-16}"
check_rate="${CHECK_RATE:-1000000}"
out="${BENCH_OUT:-$root/bench/target/bench-results}"
host=127.0.0.1   # loopback only: never point this at another address
seed="$shared/fixtures/articles/blinken-mexico-city-2023-12.txt"

if [ ! -f "$seed" ]; then
  echo "load-wrk: the seed article is not at $seed (the shared fixtures); set FRONTERA_SHARED" >&2
  exit 2
fi
for tool in wrk curl jq; do
  if ! command -v "$tool" >/dev/null; then
    echo "load-wrk: installing $tool (Debian package)..." >&2
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
./frontera --version >/dev/null   # builds the jar first if needed, outside the timed part
./frontera --db "$work/store.duckdb" serve --host "$host" --port "$port" \
  --check-rate "$check_rate" > "$work/server.log" 2>&1 &
server_pid=$!   # ./frontera execs java: this is the server's own PID

query_url="http://$host:$port/api/v1/query?region=southwest&period=FY2024&group-by=month"
echo "load-wrk: waiting for the server (pid $server_pid) on $host:$port..." >&2
for _ in $(seq 1 180); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "load-wrk: the server exited before it answered; its log:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  if curl -sf -o /dev/null "$query_url"; then break; fi
  sleep 1
done
curl -sf -o /dev/null "$query_url" || { echo "load-wrk: no answer from $query_url after 180 s" >&2; exit 1; }

# Typical questions, asked in turn by every wrk connection (the parameters of `frontera query`).
cat > "$work/queries.lua" <<'LUA'
local paths = {
  "/api/v1/query?region=southwest&period=FY2024&group-by=month",
  "/api/v1/query?region=southwest&period=2023-12&per-day=true",
  "/api/v1/query?measure=usbp-encounters&region=southwest&period=2023-11..2023-12&group-by=month",
  "/api/v1/query?region=southwest&period=FY2022",
  "/api/v1/query?region=southwest&period=FY2023",
  "/api/v1/query?period=FY2022",
  "/api/v1/query?region=southwest&period=FY2023&group-by=citizenship&top=10",
  "/api/v1/query?region=southwest&demographic=UAC&period=FY2022",
  "/api/v1/query?region=southwest&period=2023-11&as-of=2023-12-31",
  "/api/v1/query?region=southwest&period=2023-12&as-of=2024-01-31",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
while IFS= read -r path; do   # every question must answer 200 before the load, else the figures mean nothing
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://$host:$port$path")"
  [ "$code" = 200 ] || { echo "load-wrk: GET $path answers HTTP $code" >&2; exit 1; }
done < <(grep -o '"/api/v1/query[^"]*"' "$work/queries.lua" | tr -d '"')

jq -Rs '{text: ., published: "2023-12-28"}' < "$seed" > "$work/check.json"
cat > "$work/post.lua" <<LUA
local file = io.open("$work/check.json", "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
LUA
status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$work/check.json" \
  "http://$host:$port/api/v1/check")"
echo "load-wrk: POST /api/v1/check answers HTTP $status before the load" >&2
[ "$status" = 200 ] || { echo "load-wrk: POST /api/v1/check must answer 200 before the load" >&2; exit 1; }

rss_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0; }

# Runs wrk while sampling the server's VmRSS and the load average; prints "req/s p99 errors peak_rss_mb load".
load() {
  local name="$1"; shift
  local peak=0 rss load_max=0 load_now
  wrk -t2 -c"$connections" -d"$duration" --timeout 5s --latency "$@" > "$work/$name.txt" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss="$(rss_kb VmRSS)"; [ "${rss:-0}" -gt "$peak" ] && peak="$rss"
    load_now="$(cut -d' ' -f1 /proc/loadavg)"
    load_max="$(awk -v a="$load_now" -v b="$load_max" 'BEGIN { print (a > b) ? a : b }')"
    sleep 1
  done
  wait "$wrk_pid"
  cp "$work/$name.txt" "$out/wrk-$name.txt"
  awk -v peak="$peak" -v load="$load_max" '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx responses/ { errors += $NF }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %s %d %.0f %s\n", rps, p99, errors, peak / 1024, load }' "$work/$name.txt"
}

read -r q_rps q_p99 q_errors q_rss q_load <<<"$(load query -s "$work/queries.lua" "http://$host:$port")"
read -r c_rps c_p99 c_errors c_rss c_load <<<"$(load check -s "$work/post.lua" "http://$host:$port/api/v1/check")"
hwm="$(rss_kb VmHWM)"

verdict() { if [ "$1" = 1 ]; then echo "[goal met]"; else echo "[goal MISSED]"; fi; }
ms() { awk -v t="$1" 'BEGIN { if (t ~ /us$/) print t / 1000; else if (t ~ /ms$/) print t + 0; else if (t ~ /s$/) print t * 1000; else print -1 }'; }
q_ok="$(awk -v r="$q_rps" -v p="$(ms "$q_p99")" -v e="$q_errors" 'BEGIN { print (r >= 5000 && p < 20 && e == 0) ? 1 : 0 }')"
c_ok="$(awk -v r="$c_rps" 'BEGIN { print (r >= 300) ? 1 : 0 }')"
{
  echo "load GET /api/v1/query (10 typical questions in turn): $q_rps req/s, p99 $q_p99, $q_errors errors, server RSS peak $q_rss MB under load, load average up to $q_load (goal >= 5,000 req/s, p99 < 20 ms, 0 errors) $(verdict "$q_ok")"
  echo "load POST /api/v1/check (seed article): $c_rps req/s, p99 $c_p99, $c_errors errors (non-2xx), server RSS peak $c_rss MB, load average up to $c_load (goal >= 300 req/s) $(verdict "$c_ok")"
  echo "load: wrk -t2 -c$connections -d$duration on $host, server --check-rate $check_rate; server peak resident memory over the whole run (VmHWM) $((${hwm:-0} / 1024)) MB"
} | tee "$out/load-wrk.txt" | sed 's/^/== /'
