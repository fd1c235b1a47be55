#!/usr/bin/env bash
# Insight benchmark (BENCHMARKS.md, "Insight"): how long each aggregate endpoint and the fund pages take on the search
# benchmark's national-scale database (about 1,000 campuses, 100,000 units, 50,000 needs).
#
#   scripts/bench-insight.sh          # about 20 minutes the first time (data load), a few minutes after
#
# 1. Provisions labspace_bench (scripts/provision-db.sh), builds the app (skip: BENCH_SKIP_BUILD=1), starts it
#    (Flyway migrates) and loads scripts/bench/search-data.sql when the database holds no benchmark market yet
#    (BENCH_RELOAD=1 drops the database first).
# 2. Withdraws a deterministic tenth of the needs with reasons spread over the last 12 months (lost demand), once.
# 3. Signs in an admin and a Randstad fund manager, writes the request list (scripts/bench/insight-mix.sh).
# 4. For each request: BENCH_WARMUP (30) requests, then BENCH_REQUESTS (200) measured, BENCH_CLIENTS (1) clients
#    back to back (scripts/bench/InsightLatency.java): p50, p95, p99 and max per request. Meanwhile the market
#    changes every BENCH_WRITE_EVERY (2) seconds (a unit reconfirmed), so the reads include what a live market costs:
#    the cube is rebuilt in the background after each change, readers keep the last one for at most
#    LABSPACE_INSIGHT_MAX_LAG_SECONDS (the app's default, 5).
# 5. Reports how long the rebuilds took, from the app's log ("insight cube of ... built in").
# Results go to stdout and to $BENCH_OUT (target/bench-insight/summary.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8099}"
OUT="${BENCH_OUT:-target/bench-insight}"
DB=labspace_bench
export PGPASSWORD="${LABSPACE_DB_PASSWORD:-labspace}"
PSQL=(psql -X -q -At -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" -d "$DB")
ADMIN_EMAIL=admin@bench.test ADMIN_PASSWORD=bench-admin-password
FUND_EMAIL=fund@bench.test FUND_PASSWORD=bench-fund-password
say() { printf '[bench-insight] %s\n' "$*" >&2; }
mkdir -p "$OUT"

if [ "${BENCH_RELOAD:-0}" = 1 ]; then
    say "dropping $DB"
    psql -X -q -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" -d postgres -c "DROP DATABASE IF EXISTS $DB"
fi
LABSPACE_DB_NAME="$DB" scripts/provision-db.sh
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || { say "building the app"; ./mvnw -q -B -pl app -am -DskipTests package; }

APP_PID=
start_app() {
    LABSPACE_DB_NAME="$DB" LABSPACE_PORT="$PORT" LABSPACE_JWT_SECRET="bench-only-secret-0123456789abcdef0123" \
        LABSPACE_ADMIN_EMAIL="$ADMIN_EMAIL" LABSPACE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        java -jar app/target/labspace-app.jar > "$OUT/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 90); do curl -sf "localhost:$PORT/health" >/dev/null && return 0; sleep 1; done
    say "the app did not start; see $OUT/app.log"; exit 1
}
stop_app() { [ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }; }
trap stop_app EXIT
token() {
    curl -s -X POST "localhost:$PORT/api/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"$2\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
}

start_app
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM campus WHERE id LIKE 'bench-%'")" = 0 ]; then
    say "loading the benchmark market (about 10 minutes)"
    "${PSQL[@]}" -f scripts/bench/search-data.sql
fi
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM need WHERE withdraw_reason IS NOT NULL")" = 0 ]; then
    say "withdrawing a tenth of the needs, with reasons, over the last 12 months"
    "${PSQL[@]}" -c "UPDATE need SET status = 'withdrawn',
            withdraw_reason = (ARRAY['found-via-labspace','found-elsewhere-nl','went-abroad','plans-changed','other','unknown'])[1 + abs(hashtext(id::text)) % 6],
            withdrawn_at = now() - make_interval(days => abs(hashtext(id::text || 'at')) % 360)
        WHERE status = 'open' AND abs(hashtext(id::text)) % 10 = 0"
    "${PSQL[@]}" -c "ANALYZE"
fi
ADMIN=$(token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
curl -s -o /dev/null -X POST "localhost:$PORT/api/admin/accounts" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$FUND_EMAIL\",\"displayName\":\"Randstad fund\",\"password\":\"$FUND_PASSWORD\",\"binding\":{\"role\":\"fund-manager\",\"regionCodes\":[\"PV26\",\"PV27\",\"PV28\"]}}"
FUND=$(token "$FUND_EMAIL" "$FUND_PASSWORD")
scripts/bench/insight-mix.sh > "$OUT/mix.txt"

UNIT=$("${PSQL[@]}" -c "SELECT id FROM unit WHERE status = 'available' ORDER BY id LIMIT 1")
WRITER_PID=
write_market() {
    while sleep "${BENCH_WRITE_EVERY:-2}"; do
        "${PSQL[@]}" -c "UPDATE unit SET last_confirmed = last_confirmed WHERE id = '$UNIT'" || true
    done
}
stop_writer() { [ -z "$WRITER_PID" ] || { kill "$WRITER_PID" 2>/dev/null; wait "$WRITER_PID" 2>/dev/null || true; WRITER_PID=; }; }
trap 'stop_writer; stop_app' EXIT
BUILDS_BEFORE=$(grep -c 'insight cube of' "$OUT/app.log" || true)
write_market &
WRITER_PID=$!

say "measuring $(grep -vc '^#' "$OUT/mix.txt") requests, ${BENCH_REQUESTS:-200} times each, the market changing every ${BENCH_WRITE_EVERY:-2} s"
{
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores;" \
        "$("${PSQL[@]}" -c "SELECT count(*) FROM unit") units, $("${PSQL[@]}" -c "SELECT count(*) FROM need") needs," \
        "${BENCH_CLIENTS:-1} client(s), ${BENCH_WARMUP:-30} warm-up + ${BENCH_REQUESTS:-200} measured requests each," \
        "a market change every ${BENCH_WRITE_EVERY:-2} s"
    echo
    java scripts/bench/InsightLatency.java "http://localhost:$PORT" "$OUT/mix.txt" "${BENCH_CLIENTS:-1}" \
        "${BENCH_WARMUP:-30}" "${BENCH_REQUESTS:-200}" "admin=$ADMIN" "fund=$FUND"
} | tee "$OUT/summary.md"

stop_writer
{
    echo
    echo "Rebuilds of the cube during the measurement (from the app's log): $(( $(grep -c 'insight cube of' "$OUT/app.log") - BUILDS_BEFORE ))," \
        "each in (ms):"
    echo
    grep -o 'insight cube of .* built in [0-9]* ms' "$OUT/app.log" | tail -n +"$((BUILDS_BEFORE + 1))" \
        | sed 's/.* built in \([0-9]*\) ms/\1/' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "    min %d, median %d, max %d\n", a[1], a[int((NR+1)/2)], a[NR]}'
} | tee -a "$OUT/summary.md"
