#!/usr/bin/env bash
# Start-up time, idle memory and area-search latency of the embedded default (H2), measured
# on this machine. Usage: bench/baseline.sh   (writes its figures to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PORT="${PORT:-18080}"
WORK="$(mktemp -d)"
trap 'kill "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

BUILD="${BUILD:-$PWD/target}"
./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true -Dpulih.buildDirectory="$BUILD" package
JAR="$(ls "$BUILD"/pulih-*.jar | grep -v plain | head -n 1)"
echo "jar: $JAR ($(du -h "$JAR" | cut -f1))"

start() {
  local label="$1"
  local t0; t0=$(date +%s%N)
  (cd "$WORK" && exec java -jar "$JAR" --server.port="$PORT" > "$WORK/app-$label.log" 2>&1) &
  PID=$!
  until curl -fsS "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do sleep 0.1; done
  local t1; t1=$(date +%s%N)
  echo "$label start-up: $(( (t1 - t0) / 1000000 )) ms to healthy; Spring says: $(grep -o 'Started PulihApplication in [0-9.]* seconds' "$WORK/app-$label.log")"
}

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$PID/status"; }

start first   # creates ./data, loads the 91,603 areas and the demo data
kill "$PID"; wait "$PID" 2>/dev/null || true
start second  # an existing database
sleep 30
echo "idle RSS after 30 s: $(rss)"

# Sign in as the programme manager and time area searches through the page's htmx endpoint.
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(curl -fsS -c "$JAR_COOKIES" "http://127.0.0.1:$PORT/login" | csrf)
curl -fsS -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null \
  --data-urlencode "username=manager.jabar" --data-urlencode "password=Demo-Pulih-2026" --data-urlencode "_csrf=$TOKEN" \
  "http://127.0.0.1:$PORT/login"
TERMS=(bogor gunung "kota bandung" sukasari 32.01 32.73.01 cicadas jakarta papua "desa baru" makassar 11.01 ambon surabaya medan)
: > "$WORK/times"
for round in $(seq 1 20); do
  for term in "${TERMS[@]}"; do
    curl -fsS -b "$JAR_COOKIES" -H 'HX-Request: true' -o /dev/null -w '%{time_total}\n' -G \
      --data-urlencode "q=$term" "http://127.0.0.1:$PORT/areas/search" >> "$WORK/times"
  done
done
sort -n "$WORK/times" | awk '{a[NR]=$1} END {printf "area search over HTTP (%d requests): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", NR, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'
echo "RSS after searches: $(rss)"
