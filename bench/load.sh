#!/usr/bin/env bash
# Pages under load: wrk (a separate process, on loopback) against a running Pulih, at several
# numbers of concurrent connections, with one session per connection; throughput, the 50th,
# 95th and 99th percentile latencies, answers that were not 200 and socket errors per page.
# bench/run.sh runs the same measurement on a data set it starts itself; this script is for
# a Pulih that is already running.
#
# One session per connection: the user signs in N times with curl (N = the largest number of
# connections) and wrk runs one thread per connection (-t N -c N); each thread sets its own
# SESSION cookie in init(). A wrk connection has one request in flight at a time, so no two
# concurrent requests share a session (Spring Session writes a session's last access on
# every request: a shared session would queue the requests on one row).
#
# Usage: BASE=http://127.0.0.1:18100 USER_NAME=manager.nasional bench/load.sh /reports?area=ID ...
# Settings: CONNECTIONS ("10 50 200"), DURATION (15s), WARMUP (5s), PASSWORD (Demo-Pulih-2026),
# THINK ("" or e.g. "1000-3000": each simulated user waits a random time in this range, in ms,
# between an answer and its next request, as a person reading the page would; without it every
# user asks again at once, which measures the server's saturated throughput).
# Needs wrk (apt-get install -y wrk) and curl.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
: "${BASE:?BASE, e.g. http://127.0.0.1:18100}"
USER="${USER_NAME:-manager.nasional}"
PASSWORD="${PASSWORD:-Demo-Pulih-2026}"
CONNECTIONS="${CONNECTIONS:-10 50 200}"
DURATION="${DURATION:-15s}"; WARMUP="${WARMUP:-5s}"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
export BASE PASSWORD WORK
signin() {
  local jar token
  jar=$(mktemp "$WORK/jar.XXXXXX")
  token=$(curl -fsS -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar" | tail -n 1
}
export -f signin
MAXC=$(tr ' ' '\n' <<< "$CONNECTIONS" | sort -n | tail -n 1)
seq "$MAXC" | xargs -P 4 -I{} bash -c 'signin "$0"' "$USER" > "$WORK/sessions"
[[ $(sort -u "$WORK/sessions" | grep -c .) == "$MAXC" ]] || { echo "sign-in failed" >&2; exit 1; }
head -n 10 "$WORK/sessions" > "$WORK/sessions.warm"
[[ -z "${THINK:-}" || "$THINK" =~ ^[0-9]+-[0-9]+$ ]] || { echo "THINK must look like 1000-3000" >&2; exit 1; }
export THINK="${THINK:-}"
echo "| page | users | think ms | requests/s | p50 ms | p95 ms | p99 ms | not 200 | socket errors |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|"
for page in "$@"; do
  code=$(curl -sS -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: SESSION=$(head -n 1 "$WORK/sessions")" "$BASE$page")
  if [[ "$code" != 200 ]] || grep -q 'name="password"' "$WORK/page.html"; then
    echo "GET $page answered $code (not signed in?)" >&2; exit 1
  fi
  SESSIONS="$WORK/sessions.warm" wrk -t10 -c10 -d"$WARMUP" -s "$HERE/sessions.lua" "$BASE$page" > /dev/null
  for c in $CONNECTIONS; do
    line=$(SESSIONS="$WORK/sessions" wrk -t"$c" -c"$c" -d"$DURATION" --timeout 30s -s "$HERE/sessions.lua" "$BASE$page" | grep '^RESULT')
    read -r _ n secs p50 p95 p99 errors not200 _ <<< "$line"
    rps=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.1f", n / s }')
    echo "| \`$page\` | $c | ${THINK:-none} | $rps | $p50 | $p95 | $p99 | $not200 | $errors |"
  done
done
