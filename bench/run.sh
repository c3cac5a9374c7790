#!/usr/bin/env bash
# Every benchmark of Pulih on this machine in one run, for one data set size and one database:
# build, start-up on an empty database, generation of the synthetic data set, start-up on it,
# ingest (bench/ingest.sh when present), every published report beside the raw SQL a
# hand-written report would run, pages under load with one session per connection, memory,
# and page weight. The figures replace the block between
#   <!-- figures:SIZE-DB:begin --> and <!-- figures:SIZE-DB:end -->
# in docs/benchmarks.md (a new section is appended when the markers are missing).
#
# Usage: bench/run.sh SIZE DB        SIZE = S | M | L, DB = h2 | postgres
# Settings (environment):
#   JAR=path          use this jar, no build
#   REUSE=1           keep the generated database of an earlier run (skips generation)
#   NO_GENERATE=1     no synthetic data: the demo data set and the demo logins
#                     (agent.gunungputri, chair.gunungputri, nakes.sukasari, manager.nasional)
#   NATIONAL=1        with NO_GENERATE=1 on postgres: also load bench/national.sql
#                     (UNITS 10000, PUSKESMAS 3000, CLIENTS 1000000, VISITS 5000000)
#   YEAR (2025), RUNS (5 warm calls), CONNECTIONS ("10 50 200"), DURATION (15s), WARMUP (5s),
#   THINK (1000-3000: ms a user waits between pages in the think-time runs), THINK_CONNECTIONS ("50 200"),
#   IDLE (30: seconds before the idle RSS), PORT, OUT (docs/benchmarks.md; OUT=- prints only),
#   BENCH_DATA (/var/tmp/pulih-bench: where the H2 data set is kept for REUSE=1),
#   ROLLUP_WAIT (1800: seconds to wait for the first rollup refresh on the generated data)
# Needs: JDK 21+ (JAVA_HOME), curl, wrk, psql; PostgreSQL on 127.0.0.1:5432 (user postgres,
# trust) for DB=postgres.
#
# Load model: wrk runs one thread per connection (-t N -c N) and each thread sets its own
# SESSION cookie in init(), taken from a list of N sessions signed in beforehand with curl. A
# wrk connection never has more than one request in flight, so no two concurrent requests
# ever share a session (Spring Session writes each session's last access on every request;
# a shared session would serialise the requests on one row).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${1:-}"; DBKIND="${2:-}"
[[ "$SIZE" =~ ^(S|M|L)$ && "$DBKIND" =~ ^(h2|postgres)$ ]] || { sed -n '9,10p' "$0" >&2; exit 2; }
COMMAND="bench/run.sh $SIZE $DBKIND"
for v in DURATION CONNECTIONS NATIONAL NO_GENERATE REUSE; do
  if [[ -n "${!v:-}" ]]; then COMMAND="$v=$(printf '%q' "${!v}") $COMMAND"; fi
done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
YEAR="${YEAR:-2025}"; RUNS="${RUNS:-5}"; IDLE="${IDLE:-30}"
CONNECTIONS="${CONNECTIONS:-10 50 200}"; DURATION="${DURATION:-15s}"; WARMUP="${WARMUP:-5s}"
OUT="${OUT:-docs/benchmarks.md}"
BENCH_DATA="${BENCH_DATA:-/var/tmp/pulih-bench}"
ROLLUP_WAIT="${ROLLUP_WAIT:-1800}"
PASSWORD="${PASSWORD:-Demo-Pulih-2026}"
# A fixed key, so a kept data set (REUSE=1) can still read what it encrypted.
export PULIH_CRYPTO_KEY="${PULIH_CRYPTO_KEY:-cHVsaWgtYmVuY2htYXJrLWtleS0zMi1ieXRlcy0hISE=}"
size_lc="$(tr 'SML' 'sml' <<< "$SIZE")"
PGDB="pulih_bench_$size_lc"
if [[ "${NO_GENERATE:-0}" == 1 ]]; then
  AGENT=agent.gunungputri; CHAIR=chair.gunungputri; NAKES=nakes.sukasari; MANAGER=manager.nasional
  PGDB="pulih_bench_demo"
else
  AGENT=agen.sintetis; CHAIR=ketua.sintetis; NAKES=nakes.sintetis; MANAGER=manajer.sintetis
fi
H2DIR="$BENCH_DATA/h2-$SIZE$([[ "${NO_GENERATE:-0}" == 1 ]] && echo -demo || true)"

WORK="$(mktemp -d /tmp/pulih-run.XXXXXX)"
PID=""
SHELL_PID=""
stop_app() { # the JVM is a grandchild: wait until it is gone (H2 keeps its file locked until then)
  if [[ -n "$PID" ]]; then
    kill "$PID" 2> /dev/null || true
    local i
    for i in $(seq 600); do [[ -d "/proc/$PID" ]] || break; sleep 0.1; done
    [[ -n "$SHELL_PID" ]] && { wait "$SHELL_PID" 2> /dev/null || true; }
    PID=""; SHELL_PID=""
  fi
}
cleanup() { stop_app; [[ "${KEEP_WORK:-0}" == 1 ]] && echo "work dir: $WORK" >&2 || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
free_port() {
  local port
  for port in $(seq 18100 18999); do
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "$port"; return; fi
  done
}
PORT="${PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$PID/status"; }
# budget <value> <limit> <unit>: "met" or "missed by X unit"
budget() { awk -v v="$1" -v b="$2" -v u="$3" 'BEGIN { if (v <= b) print "met"; else printf "**missed by %s %s**\n", (v - b == int(v - b)) ? v - b : sprintf("%.1f", v - b), u }'; }
fmt() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9]{4}/) sub(/[0-9]{3}($|,)/, ",&", s); print s }' | sed 's/,,/,/g; s/,$//'; }

# --- databases --------------------------------------------------------------------------
h2_url() { echo "jdbc:h2:file:$1/data/pulih;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"; }
fresh_pg() { psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; }
# app_env <dir-or-db>: the environment that points Pulih at a database
run_jar() { # <dir> <db> <log> <extra args...>: runs the jar in the foreground
  local dir="$1" db="$2" logf="$3"; shift 3
  if [[ "$DBKIND" == postgres ]]; then
    (cd "$dir" && PULIH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PULIH_DB_USER=postgres PULIH_DB_PASSWORD= \
      exec java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres "$@" >> "$logf" 2>&1)
  else
    (cd "$dir" && exec java ${JAVA_OPTS:-} -jar "$JAR" "$@" >> "$logf" 2>&1)
  fi
}
START_MS=0
start_app() { # <dir> <db> <log> <args...>: starts Pulih, waits for health UP
  local dir="$1" db="$2" logf="$3"; shift 3
  local t0; t0=$(date +%s%N)
  run_jar "$dir" "$db" "$logf" --server.port="$PORT" "$@" &
  PID=$!; SHELL_PID=$PID
  # the subshell's child is the JVM: find its pid for VmRSS
  until curl -fsS "$BASE/actuator/health" 2> /dev/null | grep -q '"UP"'; do
    kill -0 "$PID" 2> /dev/null || { tail -n 40 "$logf" >&2; echo "Pulih did not start" >&2; exit 1; }
    (( $(ms_since "$t0") > 600000 )) && { echo "not healthy after 600 s" >&2; exit 1; }
    sleep 0.1
  done
  START_MS=$(ms_since "$t0")
  local child; child=$(pgrep -P "$PID" java || true)
  [[ -n "$child" ]] && PID="$child"
}
# lookup <sql>: one value, on the stopped (H2) or running (PostgreSQL) database
lookup() {
  if [[ "$DBKIND" == postgres ]]; then
    psql -d "$PGDB" -Atc "$1" | head -n 1
  else
    printf -- '-- name: lookup\n%s;\n' "$1" > "$WORK/lookup.sql"
    java -Dwarm=0 -cp "$H2JAR" bench/Sql.java "$(h2_url "$H2DIR")" "$WORK/lookup.sql" | awk '/^RESULT/ {print $6}'
  fi
}

# --- 1. build -----------------------------------------------------------------------------
if [[ -z "${JAR:-}" ]]; then
  log "building the jar"
  ./mvnw -o -B -q package -DskipTests -Dspring-javaformat.skip=true -Dpulih.buildDirectory="$WORK/target" > "$WORK/build.log" 2>&1 \
    || { tail -n 30 "$WORK/build.log" >&2; exit 1; }
  JAR="$(ls "$WORK"/target/pulih-*.jar | grep -v plain | head -n 1)"
fi
JAR="$(readlink -f "$JAR")"
JAR_MB=$(du -m "$JAR" | cut -f1)
H2VER=$(unzip -l "$JAR" | grep -o 'BOOT-INF/lib/h2-[0-9.]*\.jar' | head -n 1 | sed 's/.*h2-//; s/\.jar//')
H2JAR="$HOME/.m2/repository/com/h2database/h2/$H2VER/h2-$H2VER.jar"
[[ -f "$H2JAR" ]] || { echo "H2 $H2VER is not in ~/.m2 (needed by bench/Sql.java)" >&2; exit 1; }
log "jar: $JAR ($JAR_MB MB)"

# --- 2. start-up on an empty database -----------------------------------------------------
log "start-up on an empty database"
mkdir -p "$WORK/empty"
if [[ "$DBKIND" == postgres ]]; then fresh_pg pulih_bench_empty; fi
PULIH_DEMO=false start_app "$WORK/empty" pulih_bench_empty "$WORK/empty.log"
EMPTY_START=$START_MS
EMPTY_SPRING=$(grep -ao 'Started PulihApplication in [0-9.]* seconds' "$WORK/empty.log" | grep -o '[0-9.]* seconds' || echo '?')
sleep "$IDLE"
EMPTY_RSS=$(rss_mb)
stop_app
[[ "$DBKIND" == postgres ]] && psql -q -d postgres -c "DROP DATABASE IF EXISTS pulih_bench_empty WITH (FORCE)"
log "empty: $EMPTY_START ms, $EMPTY_RSS MB"

# --- 3. the data set ----------------------------------------------------------------------
mkdir -p "$H2DIR"
GEN_S="—"; GEN_NOTE=""
if [[ "${REUSE:-0}" == 1 ]]; then
  GEN_NOTE="kept from an earlier run (REUSE=1)"
elif [[ "${NO_GENERATE:-0}" == 1 ]]; then
  log "loading the demo data set (NO_GENERATE=1)"
  rm -rf "$H2DIR"; mkdir -p "$H2DIR"
  [[ "$DBKIND" == postgres ]] && fresh_pg "$PGDB"
  t0=$(date +%s%N)
  PULIH_DEMO=true start_app "$H2DIR" "$PGDB" "$WORK/generate.log"
  stop_app
  GEN_NOTE="demo data set (NO_GENERATE=1): first start with PULIH_DEMO=true"
  if [[ "${NATIONAL:-0}" == 1 && "$DBKIND" == postgres ]]; then
    log "loading bench/national.sql"
    psql -q -d "$PGDB" -v ON_ERROR_STOP=1 -v units="${UNITS:-10000}" -v puskesmas="${PUSKESMAS:-3000}" \
      -v agents_per_unit=3 -v clients="${CLIENTS:-1000000}" -v visits="${VISITS:-5000000}" -f bench/national.sql > /dev/null
    psql -q -d "$PGDB" -c "UPDATE rpt_refresh_state SET refreshed_to = NULL"
    GEN_NOTE="$GEN_NOTE, then bench/national.sql"
  fi
  GEN_S=$(awk -v m="$(ms_since "$t0")" 'BEGIN { printf "%.1f", m / 1000 }')
else
  [[ -d src/main/java/id/pulih/synthetic ]] || log "warning: no id.pulih.synthetic package in this tree"
  log "generating the synthetic data set $SIZE"
  rm -rf "$H2DIR"; mkdir -p "$H2DIR"
  [[ "$DBKIND" == postgres ]] && fresh_pg "$PGDB"
  t0=$(date +%s%N)
  PULIH_DEMO=true run_jar "$H2DIR" "$PGDB" "$WORK/generate.log" --server.port=0 \
    --pulih.synthetic.size="$SIZE" --pulih.synthetic.exit=true \
    || { tail -n 40 "$WORK/generate.log" >&2; echo "generation failed" >&2; exit 1; }
  GEN_S=$(awk -v m="$(ms_since "$t0")" 'BEGIN { printf "%.1f", m / 1000 }')
  GEN_NOTE="\`--pulih.synthetic.size=$SIZE --pulih.synthetic.exit=true\`"
  log "generated in $GEN_S s"
fi

# Facts of the data set, read while no Pulih holds the H2 file (one connection for all).
declare -A FACT
cat > "$WORK/facts.sql" <<SQL
-- name: clients
SELECT count(*) FROM client;
-- name: visits
SELECT count(*) FROM hr_visit;
-- name: enrolments
SELECT count(*) FROM recovery_enrolment;
-- name: activities
SELECT count(*) FROM activity;
-- name: organisations
SELECT count(*) FROM organisation;
-- name: scope
SELECT scope_kind || ':' || COALESCE(scope_area_code, CAST(scope_organisation_id AS VARCHAR(40)), '') FROM app_user
WHERE username = '$MANAGER';
-- name: busy
SELECT CAST(v.client_id AS VARCHAR(40)) || ':' || CAST(count(*) AS VARCHAR(20)) FROM hr_visit v
JOIN app_user u ON u.scope_organisation_id = v.organisation_id
WHERE u.username = '$NAKES' AND v.client_id IS NOT NULL AND v.voided_at IS NULL
GROUP BY v.client_id ORDER BY count(*) DESC, v.client_id LIMIT 1;
SQL
if [[ "$DBKIND" == postgres ]]; then
  while IFS= read -r line; do
    [[ "$line" =~ ^--\ name:\ (.*) ]] && { name="${BASH_REMATCH[1]}"; q=""; continue; }
    q="$q $line"
    if [[ "$line" == *";" ]]; then FACT[$name]=$(psql -d "$PGDB" -Atc "${q%;}" | head -n 1); fi
  done < "$WORK/facts.sql"
else
  while read -r _ name _ _ _ value; do FACT[$name]=$value; done \
    < <(java -Dwarm=0 -cp "$H2JAR" bench/Sql.java "$(h2_url "$H2DIR")" "$WORK/facts.sql" | grep '^RESULT')
fi
N_CLIENTS=${FACT[clients]}; N_VISITS=${FACT[visits]}; N_ENROL=${FACT[enrolments]}
N_ACTIVITIES=${FACT[activities]}; N_ORGS=${FACT[organisations]}; SCOPE=${FACT[scope]:-}
# the busy client the generator printed, else the client of the health worker's Puskesmas
# with the most visits
BUSY=$(grep -aoE 'busy client [0-9a-f-]{36} \([0-9]+ visits\)' "$WORK/generate.log" 2> /dev/null | tail -n 1 \
  | sed -E 's/busy client ([0-9a-f-]+) \(([0-9]+) visits\)/\1:\2/' || true)
[[ -z "$BUSY" ]] && BUSY=${FACT[busy]:-}
BUSY_CLIENT=${BUSY%%:*}; BUSY_VISITS=${BUSY##*:}
[[ -n "$BUSY_CLIENT" ]] || { echo "no client with visits for $NAKES" >&2; exit 1; }
log "data: $N_CLIENTS clients, $N_VISITS visits; $MANAGER scope $SCOPE; busy client $BUSY_CLIENT ($BUSY_VISITS visits)"
case "$SCOPE" in
  NATIONAL:*) SCOPE_LABEL="national"; ORG_FILTER="" ;;
  AREA:*) SCOPE_LABEL="area ${SCOPE#AREA:}"
    ORG_FILTER="IN (SELECT id FROM organisation WHERE area_code = '${SCOPE#AREA:}' OR area_code LIKE '${SCOPE#AREA:}.%')" ;;
  ORGANISATION:*) SCOPE_LABEL="organisation ${SCOPE#ORGANISATION:}"
    ORG_FILTER="IN (SELECT d.id FROM organisation d JOIN organisation o ON d.path LIKE o.path || '%' WHERE o.id = '${SCOPE#ORGANISATION:}')" ;;
  *) echo "no user $MANAGER in the data set" >&2; exit 1 ;;
esac

# --- the raw SQL for each report's main figure, from the base tables --------------------
# {col} is replaced by the scope filter on that organisation column (nothing when national).
Y0="'$YEAR-01-01'"; Y1="'$YEAR-12-31'"
cat > "$WORK/raw.tpl" <<SQL
-- name: overview
-- distinct clients with a harm reduction visit in the year, per province
SELECT v.province_code, count(DISTINCT v.client_id) FROM hr_visit v
WHERE v.voided_at IS NULL AND v.client_id IS NOT NULL AND v.visit_on BETWEEN $Y0 AND $Y1 {v.organisation_id}
GROUP BY v.province_code;
-- name: ibm-units
-- units formed or developed in the year
SELECT s.status, count(*) FROM ibm_unit_year_status s WHERE s.status_year = $YEAR {s.organisation_id} GROUP BY s.status;
-- name: ibm-activities
-- socialization sessions and recipients per year
SELECT EXTRACT(YEAR FROM a.held_on) AS y, count(*), sum(COALESCE(a.people_reached, 0)) FROM activity a
WHERE a.voided_at IS NULL AND a.kind = 'SOCIALIZATION' {a.organisation_id} GROUP BY EXTRACT(YEAR FROM a.held_on);
-- name: whoqol
-- mean change per domain over pathways completed (end assessment) in the year
SELECT count(*), avg(f.physical - i.physical), avg(f.psychological - i.psychological), avg(f.social - i.social),
       avg(f.environment - i.environment)
FROM recovery_whoqol f JOIN recovery_whoqol i ON i.enrolment_id = f.enrolment_id AND i.timing = 'INTAKE'
JOIN recovery_enrolment e ON e.id = f.enrolment_id JOIN client k ON k.id = e.client_id
WHERE f.timing = 'END' AND k.voided_at IS NULL AND f.assessed_on BETWEEN $Y0 AND $Y1 {e.organisation_id};
-- name: phases
-- units per development phase at the end of the year (latest assessment)
SELECT x.phase, count(*) FROM (SELECT p.organisation_id, p.phase,
  row_number() OVER (PARTITION BY p.organisation_id ORDER BY p.assessed_on DESC, p.id DESC) AS rn
  FROM ibm_unit_phase p WHERE p.assessed_on <= $Y1 {p.organisation_id}) x WHERE x.rn = 1 GROUP BY x.phase;
-- name: compliance
-- INSANI compliance responses per category in the year
SELECT r.category, count(*) FROM evaluation_response r
WHERE r.kind = 'INSANI' AND r.responded_on BETWEEN $Y0 AND $Y1 {r.organisation_id} GROUP BY r.category;
-- name: benefit
-- community benefit survey: mean score per component in the year
SELECT r.component, count(*), avg(r.score) FROM evaluation_response r
WHERE r.kind = 'BENEFIT_SURVEY' AND r.responded_on BETWEEN $Y0 AND $Y1 {r.organisation_id} GROUP BY r.component;
-- name: hr-indicators
-- distinct clients with a needle and syringe service in the year
SELECT count(DISTINCT v.client_id) FROM hr_visit v JOIN hr_visit_nsp s ON s.visit_id = v.id
WHERE v.voided_at IS NULL AND v.client_id IS NOT NULL AND v.visit_on BETWEEN $Y0 AND $Y1 {v.organisation_id};
-- name: hr-monthly
-- visits and distinct clients per month of the year
SELECT EXTRACT(MONTH FROM v.visit_on) AS m, count(*), count(DISTINCT v.client_id) FROM hr_visit v
WHERE v.voided_at IS NULL AND v.visit_on BETWEEN $Y0 AND $Y1 {v.organisation_id} GROUP BY EXTRACT(MONTH FROM v.visit_on);
-- name: commodities
-- issued net of returns, by item and funding source, in the year
SELECT e.item_code, b.funding_source, -sum(e.quantity) FROM stock_entry e JOIN stock_batch b ON b.id = e.batch_id
WHERE e.kind IN ('ISSUE', 'RETURN') AND e.occurred_on BETWEEN $Y0 AND $Y1 {e.organisation_id}
GROUP BY e.item_code, b.funding_source;
-- name: budget
-- allocated and realised (costs and receipts) by funding source in the year
SELECT x.source, sum(x.allocated), sum(x.realised) FROM (
  SELECT a.source, a.amount AS allocated, 0 AS realised FROM budget_allocation a WHERE a.budget_year = $YEAR {a.organisation_id}
  UNION ALL SELECT c.source, 0, c.amount FROM budget_cost c WHERE c.budget_year = $YEAR AND c.voided_at IS NULL {c.organisation_id}
  UNION ALL SELECT r.source, 0, r.amount FROM budget_receipt r WHERE r.budget_year = $YEAR {r.organisation_id}) x
GROUP BY x.source;
SQL
python3 - "$WORK/raw.tpl" "$WORK/raw.sql" "$ORG_FILTER" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
f = sys.argv[3]
text = re.sub(r"\{([a-z]+\.[a-z_]+)\}", (lambda m: f"AND {m.group(1)} {f}") if f else "", text)
open(sys.argv[2], "w").write(text)
PY
declare -A RAW_COLD RAW_WARM RAW_ROWS
raw_sql() {
  local out
  if [[ "$DBKIND" == postgres ]]; then
    # psql \timing: each query once (cold: the first run on this connection), then RUNS times
    python3 - "$WORK/raw.sql" "$RUNS" > "$WORK/raw.psql" <<'PY'
import sys
runs = int(sys.argv[2]); name = None; buf = []
print("\\timing on")
for line in open(sys.argv[1]):
    s = line.strip()
    if s.startswith("-- name:"): name = s[8:].strip(); continue
    if not s or s.startswith("--"): continue
    buf.append(line.rstrip("\n"))
    if s.endswith(";"):
        q = "\n".join(buf); buf = []
        for i in range(runs + 1):
            print(f"\\echo MARK {name} {i}"); print(q)
PY
    out=$(psql -d "$PGDB" -X -q -f "$WORK/raw.psql" 2>&1 | awk '
      /^MARK/ { name = $2; run = $3; rows = 0; next }
      /^\([0-9]+ rows?\)/ { n = $1; gsub(/\(/, "", n); rows = n }
      /^Time: / { t = $2; if (run == 0) { cold[name] = t; nrows[name] = rows; order[++k] = name } else warm[name] = warm[name] " " t }
      END { for (i = 1; i <= k; i++) { q = order[i]; print "RESULT", q, cold[q], warm[q], nrows[q] } }' \
      | while read -r _ name cold rest; do
          rows="${rest##* }"; ws="${rest% *}"
          med=$(tr ' ' '\n' <<< "$ws" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
          echo "RESULT $name $cold $med $rows -"
        done)
  else
    # no reuse of a previous identical query's result: each run computes
    out=$(java -Dwarm="$RUNS" -cp "$H2JAR" bench/Sql.java "$(h2_url "$H2DIR")" "$WORK/raw.sql")
  fi
  while read -r _ name cold warm rows _; do
    RAW_COLD[$name]=$cold; RAW_WARM[$name]=$warm; RAW_ROWS[$name]=$rows
  done < <(grep '^RESULT' <<< "$out")
}

# --- 4. start on the data set -------------------------------------------------------------
log "starting Pulih on the data set"
: > "$WORK/app.log"
PULIH_DEMO=true start_app "$H2DIR" "$PGDB" "$WORK/app.log" --logging.level.id.pulih.reporting.rollup.Rollups=DEBUG
DATA_START=$START_MS
DATA_SPRING=$(grep -ao 'Started PulihApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || echo '?')
sleep "$IDLE"
DATA_RSS=$(rss_mb)
log "data set: $DATA_START ms, $DATA_RSS MB; waiting for the first rollup refresh"
t0=$(date +%s)
until grep -aqE 'Rebuilt report rollups|Rolled up [0-9]+ organisations' "$WORK/app.log"; do
  kill -0 "$PID" 2> /dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
  (( $(date +%s) - t0 > ROLLUP_WAIT )) && { echo "no rollup refresh after $ROLLUP_WAIT s" >&2; exit 1; }
  sleep 1
done
ROLLUP_NOTE=$(grep -aoE 'Rebuilt report rollups: [0-9]+ rows, committed after [0-9]+ ms' "$WORK/app.log" | tail -n 1 || true)
[[ -z "$ROLLUP_NOTE" ]] && ROLLUP_NOTE="rollups already current (refreshed $(grep -aoE 'Rolled up [0-9]+ organisations in [0-9]+ ms' "$WORK/app.log" | head -n 1 | sed 's/Rolled up //'))"

# --- sign-in ------------------------------------------------------------------------------
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
signin() { # user -> SESSION cookie value
  local jar token
  jar=$(mktemp "$WORK/jar.XXXXXX")
  token=$(curl -fsS -c "$jar" "$BASE/login" | csrf)
  curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar" | tail -n 1
  rm -f "$jar"
}
export -f signin csrf; export BASE PASSWORD WORK
sessions() { # user n -> file with n distinct sessions, signed in 4 at a time
  local file="$WORK/sessions-$1"
  seq "$2" | xargs -P 4 -I{} bash -c 'signin "$0"' "$1" > "$file"
  [[ $(sort -u "$file" | grep -c .) == "$2" ]] || { echo "sign-in of $1 failed ($(grep -c . "$file") of $2 sessions)" >&2; exit 1; }
  echo "$file"
}
check_page() { # session path marker: 200 and the marker, not the sign-in form
  local code
  code=$(curl -sS -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: SESSION=$1" "$BASE$2")
  if [[ "$code" != 200 ]] || grep -q 'name="password"' "$WORK/page.html" || ! grep -q -- "$3" "$WORK/page.html"; then
    echo "GET $2 answered $code without \"$3\" (not signed in?)" >&2; exit 1
  fi
}

# --- 5. ingest ----------------------------------------------------------------------------
# bench/ingest.sh measures on PostgreSQL (it compares with a JDBC batch insert into DB).
INGEST=""
if [[ -x bench/ingest.sh && "$DBKIND" == postgres ]]; then
  log "bench/ingest.sh"
  INGEST=$(BASE="$BASE" DB="$PGDB" PASSWORD="$PASSWORD" USER_NAME="$NAKES" bench/ingest.sh 2> "$WORK/ingest.err") \
    || INGEST="(bench/ingest.sh failed: $(tail -n 1 "$WORK/ingest.err"))"
fi

# --- 6. reports ---------------------------------------------------------------------------
log "reports as $MANAGER ($SCOPE_LABEL)"
MANAGER_SESSION=$(signin "$MANAGER")
REPORTS=(overview ibm-units ibm-activities whoqol phases compliance benefit hr-indicators hr-monthly commodities budget)
declare -A REP_COLD REP_WARM
page_ms() { curl -fsS -H "Cookie: SESSION=$1" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{time_total}' "$BASE$2" | awk '{printf "%.0f", $1 * 1000}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
for report in "${REPORTS[@]}"; do
  url="/reports/$report?period=year&year=$YEAR"
  REP_COLD[$report]=$(page_ms "$MANAGER_SESSION" "$url")
  REP_WARM[$report]=$(for i in $(seq "$RUNS"); do page_ms "$MANAGER_SESSION" "$url"; echo; done | median)
  check_page "$MANAGER_SESSION" "$url" 'id="report-area"'
done
if [[ "$DBKIND" == postgres ]]; then log "raw SQL beside the running app"; raw_sql; fi

# --- 7. load ------------------------------------------------------------------------------
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
THINK="${THINK:-1000-3000}"; THINK_CONNECTIONS="${THINK_CONNECTIONS:-50 200}"
MAXC=$(tr ' ' '\n' <<< "$CONNECTIONS $THINK_CONNECTIONS" | sort -n | tail -n 1)
LOAD_ROWS=()
load_page() { # label user path marker
  local label="$1" user="$2" path="$3" marker="$4" file c line
  log "load: $label: signing in $MAXC sessions of $user"
  file=$(sessions "$user" "$MAXC")
  check_page "$(head -n 1 "$file")" "$path" "$marker"
  head -n 10 "$file" > "$file.warm"
  SESSIONS="$file.warm" wrk -t10 -c10 -d"$WARMUP" --timeout 30s -s bench/sessions.lua "$BASE$path" > /dev/null
  local think runs
  runs=$(for c in $CONNECTIONS; do echo "$c none"; done; for c in $THINK_CONNECTIONS; do echo "$c $THINK"; done)
  while read -r c think; do
    log "load: $label: $c connections, think time $think, for $DURATION"
    line=$(SESSIONS="$file" THINK="${think#none}" wrk -t"$c" -c"$c" -d"$DURATION" --timeout 30s -s bench/sessions.lua "$BASE$path" | grep '^RESULT')
    read -r _ n secs p50 p95 p99 errors not200 distinct <<< "$line"
    LOAD_ROWS+=("$label|$path|$c|$think|$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.1f", n / s }')|$p50|$p95|$p99|$not200|$errors|$distinct|$(cut -d' ' -f1 /proc/loadavg)")
  done <<< "$runs"
  # wrk stops with requests still being served: let them finish before the session is used again
  sleep "${DRAIN:-10}"
  check_page "$(tail -n 1 "$file")" "$path" "$marker"
}
load_page "agent's worklist" "$AGENT" /recovery/worklist 'id="due-list-title"'
load_page "client timeline ($BUSY_VISITS visits)" "$NAKES" "/clients/$BUSY_CLIENT" 'id="timeline-title"'
load_page "dashboard, $SCOPE_LABEL" "$MANAGER" "/reports?period=year&year=$YEAR" 'id="kpi-title"'
load_page "unit chair's worklist" "$CHAIR" /recovery/worklist 'id="due-list-title"'
load_page "reference: no data" "$AGENT" /licenses '<h1'

# --- 8. loaded RSS --------------------------------------------------------------------------
LOADED_RSS=$(rss_mb)

# --- 9. page weight -------------------------------------------------------------------------
log "page weight"
WEIGHT_ROWS=()
weigh() { # user path
  local session size total asset
  session=$(signin "$1")
  size=$(curl -fsSL -H "Cookie: SESSION=$session" -H 'Accept-Encoding: gzip' -o "$WORK/page.gz" -w '%{size_download}' "$BASE$2")
  gunzip -c "$WORK/page.gz" > "$WORK/page.html" 2> /dev/null || cp "$WORK/page.gz" "$WORK/page.html"
  total=$size
  for asset in $(grep -oE '(src|href)="/(webjars|css|js|img)/[^"]+"' "$WORK/page.html" | sed -E 's/^(src|href)="//; s/"$//' | sort -u); do
    total=$(( total + $(curl -fsS -H "Cookie: SESSION=$session" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$asset") ))
  done
  WEIGHT_ROWS+=("$1|$2|$size|$total")
}
weigh "$AGENT" /
weigh "$AGENT" /recovery/worklist
weigh "$CHAIR" /
weigh "$CHAIR" /recovery/worklist
weigh "$NAKES" /
weigh "$NAKES" /harm-reduction/visits/new
weigh "$NAKES" "/clients/$BUSY_CLIENT"
weigh "$NAKES" /stock
weigh "$MANAGER" "/reports?period=year&year=$YEAR"
weigh "$MANAGER" "/reports/hr-indicators?period=year&year=$YEAR"
weigh "$MANAGER" /budget

stop_app
if [[ "$DBKIND" == h2 ]]; then log "raw SQL on the stopped H2 file"; raw_sql; fi

# --- the figures ----------------------------------------------------------------------------
log "writing the figures"
PGVER=$(psql -d postgres -Atc 'SHOW server_version' 2> /dev/null || echo '?')
JAVAVER=$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
COMMIT=$(git rev-parse --short HEAD 2> /dev/null || echo '?')
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
sec() { awk -v m="$1" 'BEGIN { printf "%.1f", m / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.1f", a / b; else print "—" }'; }
{
  echo "Measured $(date -u +'%Y-%m-%d %H:%M') UTC on commit \`$COMMIT\`; machine: $(nproc) cores," \
    "$(free -g | awk '/Mem:/ { print $2 }') GiB, Linux $(uname -r), Java $JAVAVER, PostgreSQL $PGVER, H2 $H2VER" \
    "(load average before the run $LOAD_BEFORE, at the end $(cut -d' ' -f1-3 /proc/loadavg))."
  echo "Command: \`$COMMAND\`. Data set: $GEN_NOTE; $(fmt "$N_CLIENTS") clients, $(fmt "$N_VISITS") harm reduction" \
    "visits, $(fmt "$N_ENROL") pathways, $(fmt "$N_ACTIVITIES") activities, $(fmt "$N_ORGS") organisations;" \
    "users $AGENT, $CHAIR, $NAKES, $MANAGER ($SCOPE_LABEL)."
  echo
  echo "| figure | measured | budget | |"
  echo "|---|---:|---|---|"
  echo "| jar size | $JAR_MB MB | — | |"
  echo "| start-up, empty database | $(sec "$EMPTY_START") s to healthy (Spring: $EMPTY_SPRING) | ≤ 10 s | $(budget "$(sec "$EMPTY_START")" 10 s) |"
  echo "| idle RSS after ${IDLE} s, empty database | $EMPTY_RSS MB | ≤ 400 MB | $(budget "$EMPTY_RSS" 400 MB) |"
  echo "| generating the data set | $GEN_S s | — | |"
  echo "| start-up on the data set | $(sec "$DATA_START") s to healthy (Spring: $DATA_SPRING) | ≤ 10 s | $(budget "$(sec "$DATA_START")" 10 s) |"
  echo "| idle RSS after ${IDLE} s, data set | $DATA_RSS MB | ≤ 400 MB | $(budget "$DATA_RSS" 400 MB) |"
  echo "| RSS after the load | $LOADED_RSS MB | — | |"
  echo
  echo "First rollup refresh on the data set: $ROLLUP_NOTE."
  if grep -aq '^agen.sintetis\|^manajer.sintetis' "$WORK/generate.log" 2> /dev/null; then
    echo "Logins printed by the generator:"
    echo
    grep -a '^\(agen\|ketua\|nakes\|manajer\).sintetis' "$WORK/generate.log" | sed 's/^/    /'
  fi
  if [[ -n "$INGEST" ]]; then
    echo
    echo "Ingest (\`bench/ingest.sh\`):"
    echo
    echo "$INGEST"
  else
    echo
    if [[ -x bench/ingest.sh ]]; then why='`bench/ingest.sh` measures on PostgreSQL only'; else why='no executable `bench/ingest.sh`'; fi
    echo "Ingest: not measured ($why)."
  fi
  echo
  echo "Reports as $MANAGER ($SCOPE_LABEL), year $YEAR: the page \`/reports/{id}?period=year&year=$YEAR\` with curl on"
  echo "loopback (cold: the first call after start; warm: median of $RUNS; the page's table is cached for up to a"
  echo "minute), beside the raw SQL for the report's main figure straight from the base tables"
  echo "($([[ "$DBKIND" == postgres ]] && echo "psql \\\\timing, beside the running app" || echo "bench/Sql.java over JDBC, app stopped"); the queries are in \`bench/run.sh\`)."
  echo "Ratio = report ms / raw ms."
  echo
  echo "| report | report cold ms | report warm ms | raw SQL cold ms | raw SQL warm ms | rows | ratio cold / warm | budget ≤ 1 s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for report in "${REPORTS[@]}"; do
    worst=${REP_COLD[$report]}; (( REP_WARM[$report] > worst )) && worst=${REP_WARM[$report]}
    echo "| $report | ${REP_COLD[$report]} | ${REP_WARM[$report]} | ${RAW_COLD[$report]:-?} | ${RAW_WARM[$report]:-?} | ${RAW_ROWS[$report]:-?} |" \
      "$(ratio "${REP_COLD[$report]}" "${RAW_COLD[$report]:-0}") / $(ratio "${REP_WARM[$report]}" "${RAW_WARM[$report]:-0}") | $(budget "$worst" 1000 ms) |"
  done
  echo
  echo "Pages under load: wrk on loopback, one thread and one session per connection (each signed in with"
  echo "curl beforehand), $DURATION per step after a $WARMUP warm-up at 10 connections, gzip accepted. Each page"
  echo "is checked before and after (200 and its own content, not the sign-in form); \`not 200\` counts the"
  echo "other answers wrk got, \`socket errors\` its connect, read, write and timeout errors."
  echo
  echo "Think time \`none\`: every user asks again as soon as an answer arrives (the server's saturated"
  echo "throughput); \`$THINK\`: each user waits a random $THINK ms before the next request, as a person"
  echo "reading the page would (wrk's latency excludes the wait)."
  echo
  echo "| page | path | users | think ms | sessions | req/s | p50 ms | p95 ms | p99 ms | not 200 | socket errors | load avg | budget p95 ≤ 100 ms at 50 |"
  echo "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for row in "${LOAD_ROWS[@]}"; do
    IFS='|' read -r label path c think rps p50 p95 p99 not200 errors distinct load <<< "$row"
    verdict="—"; [[ "$c" == 50 ]] && verdict=$(budget "$p95" 100 ms)
    echo "| $label | \`$path\` | $c | $think | $distinct | $rps | $p50 | $p95 | $p99 | $not200 | $errors | $load | $verdict |"
  done
  echo
  echo "Page weight on first load: the page and every script and stylesheet it links, gzip as served."
  echo
  echo "| user | page | HTML (gzip) | first load (gzip) | budget ≤ 100 KB |"
  echo "|---|---|---:|---:|---|"
  for row in "${WEIGHT_ROWS[@]}"; do
    IFS='|' read -r user path size total <<< "$row"
    echo "| $user | \`$path\` | $(kb "$size") KB | $(kb "$total") KB | $(budget "$(kb "$total")" 100 KB) |"
  done
} > "$WORK/figures.md"

if [[ "$OUT" == - ]]; then
  cat "$WORK/figures.md"
else
  python3 - "$OUT" "$SIZE-$DBKIND" "$WORK/figures.md" <<'PY'
import sys
path, key, figures = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().rstrip("\n")
begin, end = f"<!-- figures:{key}:begin -->", f"<!-- figures:{key}:end -->"
text = open(path).read()
block = f"{begin}\n{figures}\n{end}"
if begin in text and end in text:
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    text = head + block + tail
else:
    size, db = key.split("-")
    name = {"h2": "embedded H2", "postgres": "PostgreSQL"}[db]
    text = text.rstrip("\n") + f"\n\n### Data set {size} on {name}\n\n`bench/run.sh {size} {db}`\n\n{block}\n"
open(path, "w").write(text)
PY
  cat "$WORK/figures.md"
  log "figures written to $OUT (block figures:$SIZE-$DBKIND)"
fi
