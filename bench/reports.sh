#!/usr/bin/env bash
# The national report benchmark (issue 6): every published report over a national-scale
# data set on PostgreSQL, cold and warm. Builds the jar, resets the database pulih_reports,
# starts Pulih (profile postgres, demo data), loads bench/national.sql (UNITS IBM units,
# PUSKESMAS Puskesmas, CLIENTS clients, VISITS visits with their services), rebuilds the
# rollups (the time is taken from Pulih's log), then signs in as the national programme
# manager and times GET /reports/<id> for the nation and for one province: the first call
# (cold) and the median of RUNS more (warm); and, for reference, the single raw SQL
# aggregate a hand-written query would run for the busiest figure.
#
# Usage: bench/reports.sh   (a Markdown table on stdout)
# Settings: UNITS (10000), PUSKESMAS (3000), CLIENTS (1000000), VISITS (5000000), RUNS (5),
# YEAR (2025), PROVINCE (32), JAR (skip the build), PORT, DB (pulih_reports), KEEP=1,
# REUSE=1 (keep the database of an earlier run and its data; only rebuild and measure).
# Needs: a JDK 21+, psql, curl, PostgreSQL on 127.0.0.1:5432 (user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
DB="${DB:-pulih_reports}"
UNITS="${UNITS:-10000}"; PUSKESMAS="${PUSKESMAS:-3000}"; CLIENTS="${CLIENTS:-1000000}"; VISITS="${VISITS:-5000000}"
RUNS="${RUNS:-5}"; YEAR="${YEAR:-2025}"; PROVINCE="${PROVINCE:-32}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
WORK="$(mktemp -d)"
PID=""
cleanup() {
  if [[ -n "$PID" && "${KEEP:-0}" != 1 ]]; then kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true; fi
  [[ "${KEEP:-0}" == 1 ]] && echo "kept: app pid $PID, work dir $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
free_port() {
  local port
  for port in $(seq 18100 18999); do
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "$port"; return; fi
  done
}
PORT="${PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"

if [[ -z "${JAR:-}" ]]; then
  log "building"
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true -Dpulih.buildDirectory="$WORK/target" package
  JAR="$(ls "$WORK"/target/pulih-*.jar | grep -v plain | head -n 1)"
fi
if [[ "${REUSE:-0}" != 1 ]]; then
  psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
fi
KEY="$(head -c 32 /dev/urandom | base64)"
start() {
  (cd "$WORK" && PULIH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PULIH_DB_USER=postgres PULIH_DB_PASSWORD= \
    PULIH_DEMO=true PULIH_CRYPTO_KEY="$KEY" exec java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
    --spring.profiles.active=postgres ${APP_ARGS:-} >> "$WORK/app.log" 2>&1) &
  PID=$!
  local t0; t0=$(date +%s)
  until curl -fsS "$BASE/actuator/health" > /dev/null 2>&1; do
    kill -0 "$PID" 2> /dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
    (( $(date +%s) - t0 > 300 )) && { echo "not healthy" >&2; exit 1; }
    sleep 0.5
  done
}
log "starting Pulih on $PORT"
start
t0=$(date +%s)
if [[ "${REUSE:-0}" != 1 ]]; then
  log "loading $UNITS units, $PUSKESMAS Puskesmas, $CLIENTS clients, $VISITS visits"
  psql -q -d "$DB" -v ON_ERROR_STOP=1 -v units="$UNITS" -v puskesmas="$PUSKESMAS" -v agents_per_unit=3 \
    -v clients="$CLIENTS" -v visits="$VISITS" -f bench/national.sql > /dev/null
fi
LOAD_S=$(( $(date +%s) - t0 ))
CLIENTS=$(psql -d "$DB" -Atc "SELECT count(*) FROM client")
EVENTS=$(psql -d "$DB" -Atc "SELECT (SELECT count(*) FROM hr_visit) + (SELECT count(*) FROM hr_visit_nsp)
  + (SELECT count(*) FROM hr_visit_hiv_test) + (SELECT count(*) FROM hr_visit_condoms) + (SELECT count(*) FROM hr_visit_kie)
  + (SELECT count(*) FROM activity) + (SELECT count(*) FROM recovery_enrolment)")
log "loaded in $LOAD_S s ($EVENTS service events and records); rebuilding the rollups"
psql -q -d "$DB" -c "UPDATE rpt_refresh_state SET refreshed_to = NULL"
START_REBUILDS=$(grep -ac "Rebuilt report rollups" "$WORK/app.log" || true)
until (( $(grep -ac "Rebuilt report rollups" "$WORK/app.log" || true) > START_REBUILDS )); do
  kill -0 "$PID" 2> /dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
  sleep 2
done
REBUILD="$(grep -a "Rebuilt report rollups" "$WORK/app.log" | tail -n 1 | sed 's/.*\(Rebuilt report rollups: [0-9]* rows, committed after [0-9]* ms\).*/\1/')"
ROWS=$(psql -d "$DB" -Atc "SELECT count(*) FROM rpt_rollup")
log "$REBUILD"

JAR_COOKIES="$WORK/cookies"
login() {
  local csrf
  csrf=$(curl -fsS -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
  curl -fsS -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -d "username=manager.nasional&password=Demo-Pulih-2026&_csrf=$csrf" "$BASE/login"
}
login
ms() { curl -fsS -b "$JAR_COOKIES" -o /dev/null -w '%{time_total}' "$BASE$1" | awk '{printf "%.0f", $1 * 1000}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
echo
echo "Reports over $CLIENTS clients and $EVENTS service events and records ($UNITS IBM units, $PUSKESMAS Puskesmas; rollups: $ROWS rows; $REBUILD; load $LOAD_S s). Times in ms, measured with curl on loopback."
echo
echo "| report | area | period | cold | warm (median of $RUNS) |"
echo "|---|---|---|---:|---:|"
for report in overview ibm-units ibm-activities whoqol phases compliance benefit hr-indicators hr-monthly commodities budget; do
  for area in ID "$PROVINCE"; do
    for period in "period=year&year=$YEAR" "period=month&month=$YEAR-06"; do
      url="/reports/$report?area=$area&$period"
      cold=$(ms "$url")
      warm=$(for i in $(seq "$RUNS"); do ms "$url"; echo; done | median)
      echo "| $report | $area | ${period#period=} | $cold | $warm |"
    done
  done
done
for period in "period=custom&from=$YEAR-01&to=$YEAR-06"; do
  url="/reports/overview?area=ID&$period"
  echo "| overview (custom, counted fresh) | ID | ${period#period=} | $(ms "$url") | $(for i in 1 2 3; do ms "$url"; echo; done | median) |"
done
echo
echo "Reference: the raw aggregate for the same national year figure (distinct NSP clients), run in psql:"
psql -d "$DB" -Atc "EXPLAIN (ANALYZE, FORMAT TEXT) SELECT count(DISTINCT v.client_id) FROM hr_visit v JOIN hr_visit_nsp s ON s.visit_id = v.id WHERE v.voided_at IS NULL AND v.visit_on BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'" | grep -E "Execution Time"
