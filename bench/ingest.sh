#!/usr/bin/env bash
# Ingest benchmark against a running Pulih on PostgreSQL: harm reduction visits through the
# API in batches of 1,000 (validated, scoped, drawn from stock, audited) beside a plain JDBC
# batch insert of the same rows (bench/Ingest.java). Signs in as a health worker, creates an
# API token on the account page, and prints markdown table rows.
#
# Usage: BASE=http://127.0.0.1:18100 DB=pulih_bench_l bench/ingest.sh
# Settings: USER_NAME (nakes.sintetis), PASSWORD (Demo-Pulih-2026), BATCHES (10).
set -euo pipefail
: "${BASE:?BASE, e.g. http://127.0.0.1:18100}"
: "${DB:?DB, the PostgreSQL database Pulih runs on}"
LOGIN="${USER_NAME:-nakes.sintetis}"
PASSWORD="${PASSWORD:-Demo-Pulih-2026}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DRIVER="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
token=$(curl -fsS -c "$WORK/c" "$BASE/login" | csrf)
curl -fsS -b "$WORK/c" -c "$WORK/c" -o /dev/null -d "username=$LOGIN&password=$PASSWORD&_csrf=$token" "$BASE/login"
token=$(curl -fsS -b "$WORK/c" "$BASE/account" | csrf)
TOKEN=$(curl -fsS -b "$WORK/c" -d "name=ingest-bench&validDays=1&_csrf=$token" "$BASE/account/tokens" \
  | grep -o 'id="new-token">[^<]*' | sed 's/.*>//')
[[ -n "$TOKEN" ]] || { echo "could not create an API token for $LOGIN" >&2; exit 1; }
FACILITY=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "SELECT scope_organisation_id FROM app_user WHERE username = '$LOGIN'")
echo "| path | throughput | batch p50 | batch max | budget / ratio |"
echo "|---|---:|---:|---:|---|"
BASE="$BASE" TOKEN="$TOKEN" FACILITY="$FACILITY" JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  BATCHES="${BATCHES:-10}" java -cp "$DRIVER" "$HERE/Ingest.java"
