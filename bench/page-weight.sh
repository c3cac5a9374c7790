#!/usr/bin/env bash
# Page weight of the main pages on first load: the page and every script and stylesheet it
# links, as transferred with gzip. Budget (docs/benchmarks.md): <= 100 KB per first load.
# Usage: bench/page-weight.sh [JAR]   (builds the jar when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PORT="${PORT:-18081}"
WORK="$(mktemp -d)"
trap 'kill "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
JAR="${1:-}"
if [ -z "$JAR" ]; then
  BUILD="${BUILD:-$PWD/target}"
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true -Dpulih.buildDirectory="$BUILD" package
  JAR="$(ls "$BUILD"/pulih-*.jar | grep -v plain | head -n 1)"
fi
(cd "$WORK" && exec java -jar "$JAR" --server.port="$PORT" > "$WORK/app.log" 2>&1) &
PID=$!
until curl -fsS "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do sleep 0.2; done
BASE="http://127.0.0.1:$PORT"

signin() {
  local jar="$WORK/cookies-$1"
  local token
  token=$(curl -fsS -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" \
    --data-urlencode "password=Demo-Pulih-2026" --data-urlencode "_csrf=$token" "$BASE/login"
  echo "$jar"
}

weigh() {
  local user="$1" path="$2" jar html total assets=0 size
  jar=$(signin "$user")
  html="$WORK/page.html"
  size=$(curl -fsSL -b "$jar" -H 'Accept-Encoding: gzip' -o "$WORK/page.gz" -w '%{size_download}' "$BASE$path")
  gunzip -c "$WORK/page.gz" > "$html" 2>/dev/null || cp "$WORK/page.gz" "$html"
  total=$size
  for asset in $(grep -oE '(src|href)="/(webjars|css|js)/[^"]+"' "$html" | sed -E 's/^(src|href)="//; s/"$//' | sort -u); do
    assets=$(curl -fsS -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$asset")
    total=$((total + assets))
  done
  printf '| %s | `%s` | %.1f KB | %.1f KB |\n' "$user" "$path" "$(echo "$size/1024" | bc -l)" "$(echo "$total/1024" | bc -l)"
}

echo "| user | page | HTML (gzip) | first load with scripts and styles (gzip) |"
echo "|---|---|---|---|"
weigh agent.gunungputri /
weigh agent.gunungputri /recovery/worklist
weigh nakes.sukasari /
weigh nakes.sukasari /harm-reduction/visits/new
weigh nakes.sukasari /stock
weigh nakes.sukasari /referrals
weigh peer.sukasari /
weigh manager.jabar /budget
weigh manager.nasional /reports
weigh manager.nasional /reports/hr-indicators
weigh manager.jabar /reports/estimates
