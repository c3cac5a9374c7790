#!/usr/bin/env bash
# Issue 3's benchmark: the worklist page with 10,000 clients in scope, on PostgreSQL, measured
# on this machine. Builds the jar, resets the database pulih_bench, starts Pulih (profile
# postgres, demo data), loads CLIENTS clients with their pathways into IBM Desa Gunungputri
# with one bulk SQL script (the rows the services would write), signs in as the unit chair
# (whole unit: every client in scope) and as a recovery agent (AGENT_CLIENTS of them), and
# measures GET /recovery/worklist and GET / with wrk at 10 and 50 connections (and, for
# reference, GET /licenses: a page without data).
#
# Usage: bench/worklist.sh      (figures and a Markdown table on stdout)
# Settings (environment): BUILD (jar build directory, default a temp dir), JAR (use this jar,
# no build), PORT (default: a free one), DB (pulih_bench), CLIENTS (clients in the unit after
# loading, 10000), AGENT_CLIENTS (400), DURATION (25s per run), WARMUP (10s per page),
# CONNECTIONS ("10 50"), THREADS (2), THINK=1 (one more run per page: 50 users who each wait
# 0.5 to 1.5 s between pages), AGENT_UNIT=1 (also the agent's view of the whole unit),
# JAVA_OPTS, APP_ARGS (more arguments for Pulih), KEEP=1 (leave the app running).
# Needs: a JDK 21+, psql, curl, wrk (apt-get install -y wrk), PostgreSQL on 127.0.0.1:5432
# with user postgres and trust authentication.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

DB="${DB:-pulih_bench}"
CLIENTS="${CLIENTS:-10000}"
AGENT_CLIENTS="${AGENT_CLIENTS:-400}"
DURATION="${DURATION:-25s}"
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-10 50}"
THREADS="${THREADS:-2}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
WORK="$(mktemp -d)"
BUILD="${BUILD:-$WORK/target}"
PID=""

for tool in psql curl wrk; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

cleanup() {
  if [[ -n "$PID" && "${KEEP:-0}" != 1 ]]; then
    kill "$PID" 2> /dev/null || true
    wait "$PID" 2> /dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept: app pid $PID, work dir $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

free_port() {
  local port
  for port in $(seq 18100 18999); do
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "$port"; return; fi
  done
  echo "no free port" >&2; return 1
}
PORT="${PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"

# --- build ------------------------------------------------------------------------------
if [[ -z "${JAR:-}" ]]; then
  log "building into $BUILD"
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true -Dpulih.buildDirectory="$BUILD" package
  JAR="$(ls "$BUILD"/pulih-*.jar | grep -v plain | head -n 1)"
fi
log "jar: $JAR"

# --- database ---------------------------------------------------------------------------
log "resetting database $DB"
psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# --- start ------------------------------------------------------------------------------
KEY="$(head -c 32 /dev/urandom | base64)"
log "starting Pulih on port $PORT (profile postgres, demo data)"
(cd "$WORK" && PULIH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PULIH_DB_USER=postgres PULIH_DB_PASSWORD= \
  PULIH_DEMO=true PULIH_CRYPTO_KEY="$KEY" exec java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
  --spring.profiles.active=postgres ${APP_ARGS:-} > "$WORK/app.log" 2>&1) &
PID=$!
t0=$(date +%s)
until curl -fsS "$BASE/actuator/health" > /dev/null 2>&1; do
  if ! kill -0 "$PID" 2> /dev/null; then echo "Pulih did not start:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; fi
  if (( $(date +%s) - t0 > 300 )); then echo "Pulih not healthy after 300 s" >&2; exit 1; fi
  sleep 0.5
done
log "healthy after $(( $(date +%s) - t0 )) s"

# --- load -------------------------------------------------------------------------------
# One transaction of set-based SQL. The rows are those the services write (ClientRegistry,
# Screenings, Pathways): every NOT NULL column, version 0 plus one per later save of the
# aggregate, created/updated at/by, province codes, time-ordered (version 7) ids, and the
# audit entries. Deterministic (setseed) for a given day. No consent or identity rows: the
# worklist never reads them, and identity would need the encryption key.
# The shape: start dates spread evenly over the last 20 weeks; 80 % enter from a (low risk)
# ASSIST screening, 20 % at aftercare (week 9). Of the pathways past week 16, three in four
# are finished (70 % completed, with every mandatory service twice and both WHOQOL-BREF;
# the rest dropped out, referred, relapsed or moved); 3 % of the others ended early. Each
# mandatory service happens once in its window (a random week, a random day), each skipped
# with a per-pathway probability of 5 to 30 % (none for completed ones); peer support groups
# (15 % of weeks), family support (30 %) and referrals (5 %) on top; group services are
# shared sessions of up to 12 clients of the same agent and day. WHOQOL-BREF at intake for
# 90 % (week 2; weeks 9-10 at aftercare), at the end for completed pathways and half the
# late open ones, scored as WhoqolBrefScoring does.
q() { psql -d "$DB" -Atc "$1"; }
UNIT="(SELECT id FROM organisation WHERE code = 'IBM-3201022004')"
AGENT="(SELECT person_id FROM app_user WHERE username = 'agent.gunungputri')"
DEMO_CLIENTS=$(q "SELECT count(*) FROM client WHERE organisation_id = $UNIT")
LOAD=$(( CLIENTS - DEMO_CLIENTS ))
log "loading $LOAD clients (the demo data has $DEMO_CLIENTS; $AGENT_CLIENTS for agent.gunungputri) into IBM-3201022004"
t0=$(date +%s)
psql -q -d "$DB" -v ON_ERROR_STOP=1 -v clients="$LOAD" -v agent_clients="$AGENT_CLIENTS" > /dev/null <<'SQL'
SELECT setseed(0.2026);
BEGIN;

CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT (lpad(to_hex(floor(extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7'
    || substr(md5(random()::text), 1, 3) || substr('89ab', 1 + floor(random() * 4)::int, 1)
    || substr(md5(random()::text), 1, 15))::uuid
$$;
-- A moment on a day, Jakarta time, between 08:00 and 17:00.
CREATE FUNCTION pg_temp.at(d date) RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
  SELECT (d + time '08:00' + random() * interval '9 hours') AT TIME ZONE 'Asia/Jakarta'
$$;
-- WhoqolBrefScoring.score: 4s/n to 16 significant digits (MathContext.DECIMAL64).
CREATE FUNCTION pg_temp.score(s bigint, n int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT round(4.0 * s / n, CASE WHEN 4.0 * s / n >= 10 THEN 14 ELSE 15 END)
$$;

CREATE TEMP TABLE b_ctx AS
SELECT u.id AS unit_id, u.province_code, u.area_code,
       (SELECT id FROM organisation WHERE code = 'IPWL-3201') AS ipwl,
       (SELECT id FROM organisation WHERE code = 'LRKM-3273') AS lrkm,
       (SELECT person_id FROM app_user WHERE username = 'agent.gunungputri') AS agent_person,
       (now() AT TIME ZONE 'Asia/Jakarta')::date AS today
FROM organisation u WHERE u.code = 'IBM-3201022004';
DO $$ BEGIN
  IF (SELECT count(*) FROM b_ctx WHERE agent_person IS NOT NULL AND ipwl IS NOT NULL AND lrkm IS NOT NULL) <> 1 THEN
    RAISE EXCEPTION 'the demo data (IBM-3201022004, agent.gunungputri) is missing';
  END IF;
END $$;

-- The unit's other active agents (the chair among them), who share the other clients. Rows
-- of agents without a login are recorded by the unit chair.
CREATE TEMP TABLE b_agent AS
SELECT p.id AS person_id, (row_number() OVER (ORDER BY p.id) - 1)::int AS k,
       coalesce((SELECT username FROM app_user WHERE person_id = p.id), 'chair.gunungputri') AS username
FROM person p, b_ctx c
WHERE p.organisation_id = c.unit_id AND p.person_role IN ('RECOVERY_AGENT', 'UNIT_CHAIR')
  AND p.inactive_since IS NULL AND p.id <> c.agent_person;

CREATE TEMP TABLE b_village AS
SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS k
FROM area WHERE code LIKE '32.01.02.%' AND area_level = 4;

CREATE TEMP TABLE b_e AS
WITH g AS (
  SELECT n, random() AS r_entry, random() AS r_start, random() AS r_out, random() AS r_kind, random() AS r_when,
         random() AS r_skip, random() AS r_sex, random() AS r_birth, random() AS r_source, random() AS r_village
  FROM generate_series(1, :clients) AS n
), s AS (
  SELECT g.*, c.*,
         CASE WHEN r_entry < 0.8 THEN 'SCREENING' ELSE 'AFTERCARE' END AS entry_point,
         CASE WHEN r_entry < 0.8 THEN 1 ELSE 9 END AS first_week,
         c.today - floor(r_start * 140)::int AS started_on
  FROM g CROSS JOIN b_ctx c
), w AS (
  SELECT s.*, first_week + (today - started_on) / 7 AS week_now,
         started_on + (16 - first_week) * 7 + 6 AS week16_end
  FROM s
), o AS (
  SELECT w.*,
         CASE WHEN week_now > 16 AND r_out < 0.75 THEN
                CASE WHEN r_kind < 0.70 THEN 'COMPLETED' WHEN r_kind < 0.85 THEN 'DROPPED_OUT'
                     WHEN r_kind < 0.92 THEN 'REFERRED_OUT' WHEN r_kind < 0.97 THEN 'RELAPSED' ELSE 'MOVED' END
              WHEN week_now <= 16 AND r_out < 0.03 THEN
                CASE WHEN r_kind < 0.6 THEN 'DROPPED_OUT' WHEN r_kind < 0.8 THEN 'RELAPSED' ELSE 'MOVED' END
         END AS outcome
  FROM w
), f AS (
  SELECT o.*,
         CASE WHEN outcome IS NULL THEN NULL
              WHEN week_now > 16 THEN least(today, week16_end + floor(r_when * 14)::int)
              ELSE started_on + floor(r_when * (today - started_on + 1))::int END AS outcome_on
  FROM o
)
SELECT f.n, f.unit_id, f.province_code, f.today, f.entry_point, f.first_week, f.started_on, f.week_now, f.week16_end,
       f.outcome, f.outcome_on, coalesce(f.outcome_on, f.today) AS end_on,
       CASE WHEN f.outcome = 'COMPLETED' THEN 0 ELSE 0.05 + 0.25 * f.r_skip END AS skip,
       coalesce(a.person_id, f.agent_person) AS agent_id,
       CASE WHEN f.n <= :agent_clients THEN 'agent.gunungputri' ELSE a.username END AS username,
       -- UIC (layout MFSD, docs/uic.md): two letters of each parent's name, the sex digit and
       -- ddMMyy; the letters are a bijection of n, so every code is unique in the unit.
       chr(65 + (f.n * 7919 % 456976) / 17576 % 26) || chr(65 + (f.n * 7919 % 456976) / 676 % 26)
         || chr(65 + (f.n * 7919 % 456976) / 26 % 26) || chr(65 + (f.n * 7919 % 456976) % 26)
         || CASE WHEN f.r_sex < 0.88 THEN '1' ELSE '2' END
         || to_char(date '1975-01-01' + floor(f.r_birth * 11000)::int, 'DDMMYY') AS uic,
       CASE WHEN f.r_sex < 0.88 THEN 'MALE' ELSE 'FEMALE' END AS sex,
       date '1975-01-01' + floor(f.r_birth * 11000)::int AS birth_date,
       CASE WHEN f.entry_point = 'AFTERCARE' THEN 'AFTERCARE' WHEN f.r_source < 0.55 THEN 'OUTREACH'
            WHEN f.r_source < 0.80 THEN 'SELF_REFERRAL' ELSE 'REFERRAL' END AS source,
       CASE WHEN f.entry_point = 'AFTERCARE' THEN CASE WHEN f.r_source < 0.6 THEN f.ipwl ELSE f.lrkm END
            WHEN f.r_source >= 0.80 THEN f.ipwl END AS source_organisation_id,
       CASE WHEN f.r_village < 0.6 THEN f.area_code
            ELSE (SELECT code FROM b_village v WHERE v.k = f.n % (SELECT count(*) FROM b_village)) END AS village_code,
       CASE WHEN f.entry_point = 'SCREENING' THEN f.started_on - floor(f.r_when * 4)::int END AS screened_on
FROM f
LEFT JOIN b_agent a ON f.n > :agent_clients AND a.k = f.n % (SELECT count(*) FROM b_agent);

ALTER TABLE b_e ADD COLUMN client_id uuid, ADD COLUMN registered_on date, ADD COLUMN client_at timestamptz,
  ADD COLUMN screening_id uuid, ADD COLUMN screened_at timestamptz, ADD COLUMN enrolment_id uuid,
  ADD COLUMN enrolled_at timestamptz, ADD COLUMN finished_at timestamptz;
UPDATE b_e SET registered_on = coalesce(screened_on, started_on) - floor(random() * 21)::int;
UPDATE b_e SET client_at = pg_temp.at(registered_on), screened_at = pg_temp.at(screened_on),
  enrolled_at = pg_temp.at(started_on), finished_at = pg_temp.at(outcome_on);
-- Same-day records keep their order: client, screening, enrolment.
UPDATE b_e SET screened_at = greatest(screened_at, client_at + interval '5 minutes');
UPDATE b_e SET enrolled_at = greatest(enrolled_at, coalesce(screened_at, client_at) + interval '5 minutes');
UPDATE b_e SET finished_at = greatest(finished_at, enrolled_at + interval '5 minutes');
UPDATE b_e SET client_id = pg_temp.uuid7(client_at), screening_id = pg_temp.uuid7(screened_at),
  enrolment_id = pg_temp.uuid7(enrolled_at);

-- Clients (ClientRegistry.register).
INSERT INTO client (id, uic, sex, birth_date, birth_year, village_code, province_code, source, source_organisation_id,
                    organisation_id, registered_on, created_at, created_by, updated_at, updated_by, version)
SELECT client_id, uic, sex, birth_date, extract(year FROM birth_date)::int, village_code, substr(village_code, 1, 2),
       source, source_organisation_id, unit_id, registered_on, client_at, username, client_at, username, 0
FROM b_e;

-- ASSIST screenings, low overall risk (Screenings.record): a smoker who last used
-- methamphetamine more than three months ago.
INSERT INTO recovery_screening (id, client_id, organisation_id, province_code, screened_on, screened_by,
                                instrument_version, overall_risk, route, injection, injection_pattern,
                                referral_recommended_on, created_at, created_by, updated_at, updated_by, version)
SELECT screening_id, client_id, unit_id, province_code, screened_on, agent_id, '3.0', 'LOW', 'IBM_SERVICES',
       'NO_NEVER', NULL, NULL, screened_at, username, screened_at, username, 0
FROM b_e WHERE entry_point = 'SCREENING';
INSERT INTO recovery_screening_answer (screening_id, item_id, answer)
SELECT e.screening_id, a.item_id, a.answer
FROM b_e e CROSS JOIN (VALUES ('q8', 'NO_NEVER'),
  ('substances.tobacco.q1', 'YES'), ('substances.tobacco.q2', 'DAILY_OR_ALMOST_DAILY'),
  ('substances.tobacco.q3', 'DAILY_OR_ALMOST_DAILY'), ('substances.tobacco.q4', 'NEVER'),
  ('substances.tobacco.q6', 'NO_NEVER'), ('substances.tobacco.q7', 'NO_NEVER'),
  ('substances.amphetamines.q1', 'YES'), ('substances.amphetamines.q2', 'NEVER'),
  ('substances.amphetamines.q6', 'NO_NEVER'), ('substances.amphetamines.q7', 'YES_NOT_IN_PAST_3_MONTHS'),
  ('substances.alcohol.q1', 'NO'), ('substances.cannabis.q1', 'NO'), ('substances.cocaine.q1', 'NO'),
  ('substances.inhalants.q1', 'NO'), ('substances.sedatives.q1', 'NO'), ('substances.hallucinogens.q1', 'NO'),
  ('substances.opioids.q1', 'NO'), ('substances.other.q1', 'NO')) AS a (item_id, answer)
WHERE e.entry_point = 'SCREENING';
INSERT INTO recovery_screening_substance (screening_id, substance, score, risk)
SELECT e.screening_id, s.substance, s.score, s.risk
FROM b_e e CROSS JOIN (VALUES ('TOBACCO', 12, 'MODERATE'), ('ALCOHOL', 0, 'LOW'), ('CANNABIS', 0, 'LOW'),
  ('COCAINE', 0, 'LOW'), ('AMPHETAMINES', 3, 'LOW'), ('INHALANTS', 0, 'LOW'), ('SEDATIVES', 0, 'LOW'),
  ('HALLUCINOGENS', 0, 'LOW'), ('OPIOIDS', 0, 'LOW'), ('OTHER', 0, 'LOW')) AS s (substance, score, risk)
WHERE e.entry_point = 'SCREENING';

-- WHOQOL-BREF (Pathways.takeWhoqol): intake, then the end (never without the intake).
CREATE TEMP TABLE b_w AS
SELECT * FROM (
  SELECT e.enrolment_id, e.agent_id, e.username, 'INTAKE' AS timing,
         CASE WHEN e.entry_point = 'SCREENING' THEN e.started_on + 7 + floor(random() * 7)::int
              ELSE e.started_on + floor(random() * 14)::int END AS assessed_on, e.end_on, e.outcome, random() AS r
  FROM b_e e
) x WHERE assessed_on <= end_on AND (outcome = 'COMPLETED' OR r < 0.9);
INSERT INTO b_w
SELECT * FROM (
  SELECT e.enrolment_id, e.agent_id, e.username, 'END', e.week16_end - floor(random() * 7)::int AS assessed_on,
         e.end_on, e.outcome, random() AS r
  FROM b_e e JOIN b_w i ON i.enrolment_id = e.enrolment_id
  WHERE e.week_now > 16 AND (e.outcome = 'COMPLETED' OR e.outcome IS NULL)
) x WHERE assessed_on <= end_on AND (outcome = 'COMPLETED' OR r < 0.5);
ALTER TABLE b_w ADD COLUMN id uuid, ADD COLUMN at timestamptz;
UPDATE b_w SET at = pg_temp.at(assessed_on);
UPDATE b_w w SET at = greatest(w.at, e.enrolled_at + interval '10 minutes') FROM b_e e
WHERE e.enrolment_id = w.enrolment_id;
UPDATE b_w SET id = pg_temp.uuid7(at);
UPDATE b_e e SET finished_at = greatest(e.finished_at, w.last_at + interval '10 minutes')
FROM (SELECT enrolment_id, max(at) AS last_at FROM b_w GROUP BY enrolment_id) w WHERE w.enrolment_id = e.enrolment_id;

-- Sessions attended (Pathways.recordSession): the six mandatory ones in their windows,
-- then the optional ones.
CREATE TEMP TABLE b_ev AS
SELECT * FROM (
  SELECT e.enrolment_id, e.agent_id, e.username, m.session_type,
         e.started_on + (m.week - e.first_week) * 7 + floor(random() * 7)::int AS held_on, e.end_on, e.skip, m.r
  FROM b_e e CROSS JOIN LATERAL (
    SELECT t.session_type, random() AS r,
           CASE WHEN e.entry_point = 'SCREENING' THEN t.s_from + floor(random() * (t.s_by - t.s_from + 1))::int
                ELSE t.a_from + floor(random() * (t.a_by - t.a_from + 1))::int END AS week
    FROM (VALUES ('KIE', 2, 8, 9, 12), ('LIFE_SKILLS', 2, 8, 9, 12), ('SELF_VISIT', 2, 8, 9, 12),
                 ('KIE', 9, 12, 13, 16), ('LIFE_SKILLS', 9, 12, 13, 16), ('SELF_VISIT', 9, 16, 13, 16))
         AS t (session_type, s_from, s_by, a_from, a_by)
    WHERE e.enrolment_id IS NOT NULL) m
  UNION ALL
  SELECT e.enrolment_id, e.agent_id, e.username, 'PEER_SUPPORT_GROUP',
         e.started_on + (wk - e.first_week) * 7 + floor(random() * 7)::int, e.end_on, 0, random()
  FROM b_e e CROSS JOIN LATERAL generate_series(e.first_week + 1, 16) AS wk
  WHERE random() < 0.15
  UNION ALL
  SELECT e.enrolment_id, e.agent_id, e.username, t.session_type,
         e.started_on + floor(random() * (e.week16_end - e.started_on + 1))::int, e.end_on, 0, random()
  FROM b_e e CROSS JOIN (VALUES ('FAMILY_SUPPORT', 0.3), ('REFERRAL', 0.05)) AS t (session_type, p)
  WHERE random() < t.p
) x WHERE held_on <= end_on AND r >= skip;

-- Group services become shared sessions of up to 12 clients of one agent and day.
ALTER TABLE b_ev ADD COLUMN grp bigint;
UPDATE b_ev SET grp = x.g FROM (
  SELECT ctid AS c, CASE WHEN session_type IN ('SELF_VISIT', 'REFERRAL') THEN -row_number() OVER ()
    ELSE (row_number() OVER (PARTITION BY agent_id, session_type, held_on ORDER BY random()) - 1) / 12 END AS g
  FROM b_ev) x WHERE b_ev.ctid = x.c;
CREATE TEMP TABLE b_s AS
SELECT agent_id, session_type, held_on, grp, min(username) AS username, count(*) AS attending
FROM b_ev GROUP BY agent_id, session_type, held_on, grp;
ALTER TABLE b_s ADD COLUMN id uuid, ADD COLUMN at timestamptz;
UPDATE b_s SET at = pg_temp.at(held_on);
UPDATE b_s SET id = pg_temp.uuid7(at);

-- Pathways (Pathways.enrol, then one save per WHOQOL-BREF and one for the outcome).
INSERT INTO recovery_enrolment (id, client_id, open_client_id, client_uic, organisation_id, province_code, agent_id,
                                screening_id, entry_point, started_on, eligibility_override, outcome, outcome_on,
                                outcome_reason, completion_override, created_at, created_by, updated_at, updated_by,
                                version)
SELECT e.enrolment_id, e.client_id, CASE WHEN e.outcome IS NULL THEN e.client_id END, e.uic, e.unit_id,
       e.province_code, e.agent_id, CASE WHEN e.entry_point = 'SCREENING' THEN e.screening_id END, e.entry_point,
       e.started_on, NULL, e.outcome, e.outcome_on,
       CASE e.outcome WHEN 'DROPPED_OUT' THEN 'Tidak dapat dihubungi lagi' WHEN 'REFERRED_OUT' THEN 'Dirujuk ke IPWL Bogor'
                      WHEN 'RELAPSED' THEN 'Kambuh, dirujuk ke klinik' WHEN 'MOVED' THEN 'Pindah domisili' END,
       NULL, e.enrolled_at, e.username,
       greatest(e.enrolled_at, coalesce(CASE WHEN e.outcome IS NOT NULL THEN e.finished_at END, e.enrolled_at),
                coalesce(w.last_at, e.enrolled_at)), e.username,
       coalesce(w.saves, 0) + CASE WHEN e.outcome IS NOT NULL THEN 1 ELSE 0 END
FROM b_e e LEFT JOIN (SELECT enrolment_id, count(*)::int AS saves, max(at) AS last_at FROM b_w GROUP BY enrolment_id) w
  ON w.enrolment_id = e.enrolment_id;

INSERT INTO recovery_whoqol (id, enrolment_id, timing, assessed_on, assessed_by, answers, missing_items,
                             overall_quality, health_satisfaction, physical, psychological, social, environment)
SELECT id, enrolment_id, timing, assessed_on, agent_id,
       string_agg('q' || i || '=' || v, '&' ORDER BY i), 0, max(v) FILTER (WHERE i = 1), max(v) FILTER (WHERE i = 2),
       pg_temp.score(sum(CASE WHEN i IN (3, 4) THEN 6 - v ELSE v END) FILTER (WHERE i IN (3, 4, 10, 15, 16, 17, 18)), 7),
       pg_temp.score(sum(CASE WHEN i = 26 THEN 6 - v ELSE v END) FILTER (WHERE i IN (5, 6, 7, 11, 19, 26)), 6),
       pg_temp.score(sum(v) FILTER (WHERE i IN (20, 21, 22)), 3),
       pg_temp.score(sum(v) FILTER (WHERE i IN (8, 9, 12, 13, 14, 23, 24, 25)), 8)
FROM (SELECT w.*, i, CASE WHEN w.timing = 'INTAKE' THEN 2 ELSE 3 END + floor(random() * 3)::int AS v
      FROM b_w w CROSS JOIN generate_series(1, 26) AS i) a
GROUP BY id, enrolment_id, timing, assessed_on, agent_id;

INSERT INTO recovery_session (id, organisation_id, province_code, session_type, held_on, agent_id, duration_minutes,
                              notes, created_at, created_by, updated_at, updated_by, version)
SELECT s.id, c.unit_id, c.province_code, s.session_type, s.held_on, s.agent_id,
       CASE s.session_type WHEN 'KIE' THEN 90 WHEN 'LIFE_SKILLS' THEN 120 WHEN 'SELF_VISIT' THEN 45
                           WHEN 'PEER_SUPPORT_GROUP' THEN 90 WHEN 'FAMILY_SUPPORT' THEN 60 ELSE 30 END,
       NULL, s.at, s.username, s.at, s.username, 0
FROM b_s s CROSS JOIN b_ctx c;
INSERT INTO recovery_attendance (session_id, enrolment_id)
SELECT s.id, ev.enrolment_id
FROM b_ev ev JOIN b_s s ON s.agent_id = ev.agent_id AND s.session_type = ev.session_type AND s.held_on = ev.held_on
                        AND s.grp = ev.grp;

-- The audit trail (AuditTrail.on), one entry per command.
INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, entity_type, entity_id, detail, remote_address)
SELECT pg_temp.uuid7(t.at), t.at, t.actor,
       CASE WHEN t.actor = 'chair.gunungputri' THEN 'UNIT_CHAIR' ELSE 'RECOVERY_AGENT' END,
       t.action, t.type, t.entity, t.detail, '127.0.0.1'
FROM (
  SELECT client_at AS at, username AS actor, 'client.registered' AS action, 'client' AS type, client_id AS entity,
         uic || ' ' || source AS detail FROM b_e
  UNION ALL
  SELECT screened_at, username, 'recovery.screened', 'screening', screening_id, 'LOW IBM_SERVICES'
  FROM b_e WHERE entry_point = 'SCREENING'
  UNION ALL
  SELECT enrolled_at, username, 'recovery.enrolled', 'enrolment', enrolment_id, entry_point || ' ' || started_on
  FROM b_e
  UNION ALL
  SELECT finished_at, username, 'recovery.finished', 'enrolment', enrolment_id, outcome || ' ' || outcome_on
  FROM b_e WHERE outcome IS NOT NULL
  UNION ALL
  SELECT at, username, 'recovery.whoqol', 'enrolment', enrolment_id, timing || ' ' || assessed_on FROM b_w
  UNION ALL
  SELECT at, username, 'recovery.session', 'session', id, session_type || ' ' || held_on || ' ' || attending FROM b_s
) t;

COMMIT;
VACUUM ANALYZE;
SQL
log "loaded in $(( $(date +%s) - t0 )) s"
N_CLIENTS=$(q "SELECT count(*) FROM client WHERE organisation_id = $UNIT")
N_OPEN=$(q "SELECT count(*) FROM recovery_enrolment WHERE organisation_id = $UNIT AND outcome IS NULL")
N_FINISHED=$(q "SELECT count(*) FROM recovery_enrolment WHERE organisation_id = $UNIT AND outcome IS NOT NULL")
N_AGENT=$(q "SELECT count(*) FROM recovery_enrolment WHERE agent_id = $AGENT")
N_AGENT_OPEN=$(q "SELECT count(*) FROM recovery_enrolment WHERE agent_id = $AGENT AND outcome IS NULL")
N_SESSIONS=$(q "SELECT count(*) FROM recovery_session WHERE organisation_id = $UNIT")
N_ATTENDANCE=$(q "SELECT count(*) FROM recovery_attendance")
N_WHOQOL=$(q "SELECT count(*) FROM recovery_whoqol")
log "in the unit: $N_CLIENTS clients, $N_OPEN open and $N_FINISHED finished pathways, $N_SESSIONS sessions," \
  "$N_ATTENDANCE attendances, $N_WHOQOL WHOQOL-BREF; agent.gunungputri: $N_AGENT pathways ($N_AGENT_OPEN open)"

# --- sign in ----------------------------------------------------------------------------
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
signin() {
  local user="$1" jar="$WORK/cookies-$1" token
  token=$(curl -fsS -c "$jar" "$BASE/login" | csrf)
  curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$user" \
    --data-urlencode "password=Demo-Pulih-2026" --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar" | tail -n 1
}
CHAIR_SESSION=$(signin chair.gunungputri)
AGENT_SESSION=$(signin agent.gunungputri)
[[ -n "$CHAIR_SESSION" && -n "$AGENT_SESSION" ]] || { echo "sign-in failed" >&2; exit 1; }

# --- measure ----------------------------------------------------------------------------
# wrk's --latency prints 50/75/90/99 %; this script prints p95 too, and counts the answers
# that are not 200 (a lost session answers 302 to /login, fast: such a run is refused).
cat > "$WORK/report.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency, requests)
  local notok = 0
  for _, t in ipairs(threads) do notok = notok + t:get("bad") end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.1f p95=%.1f p99=%.1f max=%.1f errors=%d not200=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, e.connect + e.read + e.write + e.timeout, notok))
end
LUA
{ cat "$WORK/report.lua"; echo 'function delay() return math.random(500, 1500) end'; } > "$WORK/think.lua"

check_page() { # label session path: the page answers 200, not the login form
  local code
  code=$(curl -sS -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: SESSION=$2" "$BASE$3")
  if [[ "$code" != 200 ]] || grep -q 'name="password"' "$WORK/page.html"; then
    echo "$1: GET $3 answered $code (not signed in?)" >&2; exit 1
  fi
}
sizes() { # session path -> "compressed uncompressed first-load" bytes
  local gz plain total asset
  gz=$(curl -fsS -o "$WORK/page.gz" -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: SESSION=$1" "$BASE$2")
  plain=$(curl -fsS -o "$WORK/page.html" -w '%{size_download}' -H "Cookie: SESSION=$1" "$BASE$2")
  total=$gz
  for asset in $(grep -o '\(href\|src\)="/\(css\|js\|img\|webjars\)/[^"]*"' "$WORK/page.html" | sed 's/^[a-z]*="//; s/"$//' | sort -u); do
    total=$(( total + $(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$BASE$asset") ))
  done
  echo "$gz $plain $total"
}

ROWS=()
measure() { # label session path
  local label="$1" session="$2" path="$3" size c out
  check_page "$label" "$session" "$path"
  size=$(sizes "$session" "$path")
  log "$label: GET $path: warm-up $WARMUP"
  wrk -t"$THREADS" -c10 -d"$WARMUP" --timeout 30s -H "Cookie: SESSION=$session" -H 'Accept-Encoding: gzip' \
    "$BASE$path" > /dev/null
  local runs="$CONNECTIONS" script
  if [[ "${THINK:-0}" == 1 ]]; then runs="$runs 50think"; fi
  for c in $runs; do
    script="$WORK/report.lua"
    if [[ "$c" == *think ]]; then script="$WORK/think.lua"; fi
    log "$label: GET $path: $c connections for $DURATION (load $(cut -d' ' -f1-3 /proc/loadavg))"
    out=$(wrk -t"$THREADS" -c"${c%think}" -d"$DURATION" --timeout 30s --latency -s "$script" \
      -H "Cookie: SESSION=$session" -H 'Accept-Encoding: gzip' "$BASE$path")
    echo "$out" >&2
    local r; r=$(grep '^RESULT' <<< "$out")
    eval "$(sed 's/^RESULT //' <<< "$r" | tr ' ' '\n' | sed 's/^/local w_/')"
    if (( w_errors > 0 || w_not200 > 0 )); then echo "$label $path: $w_errors errors, $w_not200 answers not 200" >&2; exit 1; fi
    if [[ "$c" == *think ]]; then c="50, think 0.5-1.5 s"; fi
    ROWS+=("$label|$path|$c|$(awk -v n="$w_requests" -v s="$w_seconds" 'BEGIN { printf "%.1f", n / s }')|$w_p50|$w_p95|$w_p99|$w_max|$size|$(cut -d' ' -f1 /proc/loadavg)")
  done
}

measure "unit chair ($N_OPEN open of $N_CLIENTS in scope)" "$CHAIR_SESSION" /recovery/worklist
measure "unit chair ($N_OPEN open of $N_CLIENTS in scope)" "$CHAIR_SESSION" /
measure "agent ($N_AGENT_OPEN open of $N_AGENT)" "$AGENT_SESSION" /recovery/worklist
measure "agent ($N_AGENT_OPEN open of $N_AGENT)" "$AGENT_SESSION" /
# Reference: a page with the same layout, session and security work but no data (the floor
# of any page on this machine).
measure "reference: agent" "$AGENT_SESSION" /licenses
if [[ "${AGENT_UNIT:-0}" == 1 ]]; then
  measure "agent, whole unit" "$AGENT_SESSION" "/recovery/worklist?unitId=$(q "SELECT $UNIT")"
fi

# --- report -----------------------------------------------------------------------------
echo
echo "Worklist benchmark, PostgreSQL $(q 'SHOW server_version'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB," \
  "Java $(java -version 2>&1 | awk -F'"' '/version/ { print $2 }'), $(date -u +'%Y-%m-%d %H:%M UTC')"
echo "Data: $N_CLIENTS clients in IBM-3201022004 ($N_OPEN open pathways, $N_FINISHED finished, $N_SESSIONS sessions," \
  "$N_ATTENDANCE attendances, $N_WHOQOL WHOQOL-BREF); agent.gunungputri: $N_AGENT ($N_AGENT_OPEN open)."
echo "wrk -t$THREADS, $DURATION per run after a $WARMUP warm-up, gzip accepted; sizes in bytes (first load = the" \
  "compressed page + its CSS, scripts and icon, compressed); load avg = the 1-minute load after each run, the" \
  "benchmark's own app, database and wrk included."
echo
echo "| user | page | conns | req/s | p50 ms | p95 ms | p99 ms | max ms | gzip B | plain B | first load B | load avg |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${ROWS[@]}"; do
  IFS='|' read -r label path c rps p50 p95 p99 max size load <<< "$row"
  read -r gz plain total <<< "$size"
  echo "| $label | \`$path\` | $c | $rps | $p50 | $p95 | $p99 | $max | $gz | $plain | $total | $load |"
done
if [[ "${KEEP:-0}" == 1 ]]; then
  echo "app: $BASE (pid $PID); chair SESSION=$CHAIR_SESSION; agent SESSION=$AGENT_SESSION" >&2
fi
