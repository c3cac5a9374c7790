#!/usr/bin/env bash
# Pages under load: wrk (a separate process, on loopback) against a running Pulih, signed in
# as one user, at several numbers of concurrent connections; throughput and the 50th, 95th
# and 99th percentile latencies per page. Start Pulih first (e.g. KEEP=1 REUSE=1
# bench/reports.sh leaves the national data set running and prints its port).
#
# Usage: BASE=http://127.0.0.1:18100 USER_NAME=manager.nasional bench/load.sh /reports?area=ID ...
# Settings: CONNECTIONS ("10 50 200"), DURATION (20s), WARMUP (5s), THREADS (2),
# PASSWORD (Demo-Pulih-2026). Needs wrk (apt-get install -y wrk) and curl.
set -euo pipefail
: "${BASE:?BASE, e.g. http://127.0.0.1:18100}"
USER="${USER_NAME:-manager.nasional}"
PASSWORD="${PASSWORD:-Demo-Pulih-2026}"
CONNECTIONS="${CONNECTIONS:-10 50 200}"
DURATION="${DURATION:-20s}"; WARMUP="${WARMUP:-5s}"; THREADS="${THREADS:-2}"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
csrf=$(curl -fsS -c "$WORK/c" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
curl -fsS -b "$WORK/c" -c "$WORK/c" -o /dev/null -d "username=$USER&password=$PASSWORD&_csrf=$csrf" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$WORK/c")
[[ -n "$SESSION" ]] || { echo "sign-in failed" >&2; exit 1; }
cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.requests))
end
LUA
echo "| page | users | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for page in "$@"; do
  wrk -t "$THREADS" -c 10 -d "$WARMUP" -H "Cookie: SESSION=$SESSION" "$BASE$page" > /dev/null
  for c in $CONNECTIONS; do
    line=$(wrk -t "$THREADS" -c "$c" -d "$DURATION" --timeout 30s -H "Cookie: SESSION=$SESSION" -s "$WORK/report.lua" "$BASE$page" | grep '^RESULT')
    read -r _ rps p50 p95 p99 errors _ <<< "$line"
    echo "| \`$page\` | $c | $rps | $p50 | $p95 | $p99 | $errors |"
  done
done
