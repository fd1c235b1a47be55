#!/usr/bin/env bash
# Search benchmark (BENCHMARKS.md, "Search"): the API at a fixed request rate against the same queries timed
# directly in PostgreSQL (the floor).
#
#   scripts/bench-search.sh            # about 20 minutes the first time (data load), 11 minutes after
#
# 1. Provisions the database labspace_bench (scripts/provision-db.sh) and builds the app (skip: BENCH_SKIP_BUILD=1).
# 2. Starts the app against it (Flyway migrates) and, when the database holds no benchmark market yet, loads one
#    with scripts/bench/search-data.sql: 1,000 campuses, 100,000 units, 50,000 needs, deterministic.
#    BENCH_RELOAD=1 drops the database first, e.g. after a migration changed.
# 3. Signs in an admin and a Randstad fund manager, and writes the request mix (scripts/bench/search-mix.sh).
# 4. Runs the mix once with jOOQ's SQL logging on, to capture the exact SQL of every request (values inlined), and
#    writes it as one pgbench script per request.
# 5. Warm-up (BENCH_WARMUP, 60 s each): the API, then the floor, at the measured rate.
# 6. BENCH_ROUNDS rounds (3), each: the API, then the floor, for BENCH_SECONDS (60) at BENCH_RATE requests/s (200).
#    API: scripts/bench/SearchLoad.java sends the mix open-loop; latency counts from when each request was due.
#    Floor: pgbench sends the captured SQL at the same rate (--rate, 4 clients), one transaction per request.
#    Both report the CPU used per request and how busy the machine was (/proc/stat).
# Results (Markdown tables) go to stdout and to $BENCH_OUT (target/bench-search): summary.md has a row per round.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8090}"
RATE="${BENCH_RATE:-200}"
SECONDS_RUN="${BENCH_SECONDS:-60}"
# A minute of warm-up: the JIT was still compiling hot paths (and using a core for it) after 30 s at 100 req/s.
WARMUP="${BENCH_WARMUP:-60}"
ROUNDS="${BENCH_ROUNDS:-3}"
OUT="${BENCH_OUT:-target/bench-search}"
DB=labspace_bench
export PGPASSWORD="${LABSPACE_DB_PASSWORD:-labspace}"
PSQL=(psql -X -q -At -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" -d "$DB")
ADMIN_EMAIL=admin@bench.test ADMIN_PASSWORD=bench-admin-password
FUND_EMAIL=fund@bench.test FUND_PASSWORD=bench-fund-password
say() { printf '[bench-search] %s\n' "$*" >&2; }
mkdir -p "$OUT/sql"

command -v pgbench >/dev/null || { say "pgbench missing: apt-get install postgresql-client"; exit 1; }
if [ "${BENCH_RELOAD:-0}" = 1 ]; then
    say "dropping $DB"
    psql -X -q -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" -d postgres -c "DROP DATABASE IF EXISTS $DB"
fi
LABSPACE_DB_NAME="$DB" scripts/provision-db.sh
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || { say "building the app"; ./mvnw -q -B -pl app -am -DskipTests package; }

APP_PID=
start_app() {  # $1: extra JVM options
    [ -z "$APP_PID" ] || stop_app
    LABSPACE_DB_NAME="$DB" LABSPACE_PORT="$PORT" LABSPACE_JWT_SECRET="bench-only-secret-0123456789abcdef0123" \
        LABSPACE_ADMIN_EMAIL="$ADMIN_EMAIL" LABSPACE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        java $1 -jar app/target/labspace-app.jar > "$OUT/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 90); do curl -sf "localhost:$PORT/health" >/dev/null && return 0; sleep 1; done
    say "the app did not start; see $OUT/app.log"; exit 1
}
# The machine's CPU in clock ticks (10 ms) since boot: busy (not counting stolen), total, stolen (/proc/stat).
cpu_ticks() { awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6 - $9, t, $9 }' /proc/stat; }
cpu_ticks_since() { paste -d' ' <(echo "$1") <(cpu_ticks) | awk '{ print $4 - $1, $5 - $2, $6 - $3 }'; }
stop_app() { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
trap stop_app EXIT

token() {
    curl -s -X POST "localhost:$PORT/api/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"$2\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
}

# 2-4: migrate and load, accounts, mix, SQL capture
start_app "-Dlogger.levels.org.jooq.tools.LoggerListener=DEBUG"
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM campus WHERE id LIKE 'bench-%'")" = 0 ]; then
    say "loading the benchmark market (about 10 minutes)"
    "${PSQL[@]}" -f scripts/bench/search-data.sql
fi
ADMIN=$(token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
curl -s -o /dev/null -X POST "localhost:$PORT/api/admin/accounts" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$FUND_EMAIL\",\"displayName\":\"Randstad fund\",\"password\":\"$FUND_PASSWORD\",\"binding\":{\"role\":\"fund-manager\",\"regionCodes\":[\"PV26\",\"PV27\",\"PV28\"]}}"
FUND=$(token "$FUND_EMAIL" "$FUND_PASSWORD")
scripts/bench/search-mix.sh > "$OUT/mix.txt"

say "capturing the SQL of each request of the mix ($(wc -l < "$OUT/mix.txt") requests)"
: > "$OUT/app.log.mark"
while read -r actor path accept; do
    auth=(); [ "$actor" = admin ] && auth=(-H "Authorization: Bearer $ADMIN"); [ "$actor" = fund ] && auth=(-H "Authorization: Bearer $FUND")
    code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H "Accept: ${accept:-application/json}" "localhost:$PORT$path")
    [ "$code" = 200 ] || { say "$path answered $code"; exit 1; }
done < "$OUT/mix.txt"
sleep 1
rm -f "$OUT"/sql/*.sql
grep -- '-> with bind values' "$OUT/app.log" | sed 's/.*-> with bind values *: //' \
    | grep -E 'from "unit" join "campus"|from "need" where' \
    | awk -v dir="$OUT/sql" '!/^select count\(\*\)/ { n++ } { print $0 ";" >> sprintf("%s/q%03d.sql", dir, n) }'
say "captured $(ls "$OUT"/sql/*.sql | wc -l) requests' SQL"

# 5-6, in ROUNDS rounds: the API at RATE for SECONDS_RUN, then the floor at RATE for SECONDS_RUN. The machine's
# speed drifts by up to 2x within minutes (shared host), so each API figure is compared with the floor measured
# right after it, never with a run from another hour.
start_app ""
ADMIN=$(token "$ADMIN_EMAIL" "$ADMIN_PASSWORD"); FUND=$(token "$FUND_EMAIL" "$FUND_PASSWORD")
scripts=(); for f in "$OUT"/sql/*.sql; do scripts+=(-f "${f#"$OUT"/}"); done
pgbench_at_rate() {  # $1 seconds, then pgbench options
    local seconds=$1; shift
    (cd "$OUT" && pgbench -n -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" -T "$seconds" \
        -R "$RATE" -c 4 -j 2 "$@" "${scripts[@]}" "$DB" > pgbench.txt 2>&1) || { cat "$OUT/pgbench.txt"; exit 1; }
}
say "warming up: the API for $WARMUP s, then the SQL floor for $WARMUP s"
java scripts/bench/SearchLoad.java "http://localhost:$PORT" "$OUT/mix.txt" "$RATE" "$WARMUP" 0 "admin=$ADMIN" "fund=$FUND" > /dev/null
pgbench_at_rate "$WARMUP"
: > "$OUT/rounds.md"
for round in $(seq 1 "$ROUNDS"); do
    say "round $round of $ROUNDS: API at $RATE requests/s for $SECONDS_RUN s"
    java -Dapp.pid="$APP_PID" scripts/bench/SearchLoad.java "http://localhost:$PORT" "$OUT/mix.txt" "$RATE" "$SECONDS_RUN" 5 \
        "admin=$ADMIN" "fund=$FUND" | tee "$OUT/api-$round.md"
    say "round $round of $ROUNDS: SQL floor, pgbench at $RATE transactions/s for $SECONDS_RUN s"
    rm -f "$OUT"/pgbench_log.*
    before=$(cpu_ticks)
    pgbench_at_rate "$SECONDS_RUN" -l --log-prefix=pgbench_log
    read -r busy total steal <<< "$(cpu_ticks_since "$before")"
    # Per transaction: elapsed µs (field 3) plus schedule lag (field 7), i.e. from when it was due, like the API.
    cat "$OUT"/pgbench_log.* | awk '{ print ($3 + $7) / 1000 }' | sort -n | awk -v s="$SECONDS_RUN" -v b="$busy" -v t="$total" '
        { v[NR] = $1 } END { p50 = v[int(NR * 0.50 + 0.999)]; p99 = v[int(NR * 0.99 + 0.999)];
          printf "| SQL floor (pgbench) | %d | %.1f | %.1f | %.1f | %.1f | - |\n", NR, NR / s, p50, p99, v[NR];
          printf "\nCPU per transaction: %.2f ms (database and pgbench); machine %.0f %% busy\n", b * 10 / NR, 100 * b / t }' \
        | tee "$OUT/floor-$round.md"
    # One summary row per round: API p50/p99, floor p50/p99, their ratios, and how busy the machine was.
    api=$(grep -F '| **all** |' "$OUT/api-$round.md"); floor=$(grep -F '| SQL floor' "$OUT/floor-$round.md")
    busy_api=$(sed -n 's/.*machine \([0-9]*\) % busy.*/\1/p' "$OUT/api-$round.md")
    busy_floor=$(sed -n 's/.*machine \([0-9]*\) % busy.*/\1/p' "$OUT/floor-$round.md")
    awk -F'|' -v r="$round" -v f="$floor" -v ba="$busy_api" -v bf="$busy_floor" 'BEGIN { split(f, g, "|") }
        { printf "| %d | %.1f | **%.1f** | %s | %.1f | %.1f | %s | %.1fx, %.1fx |\n", r, $5, $6, ba, g[5], g[6], bf, $5 / g[5], $6 / g[6] }' \
        <<< "$api" >> "$OUT/rounds.md"
done
stop_app
{
    echo "| round | API p50 (ms) | API p99 (ms) | machine busy (%) | SQL floor p50 (ms) | SQL floor p99 (ms) | machine busy (%) | API / floor (p50, p99) |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---|"
    cat "$OUT/rounds.md"
} | tee "$OUT/summary.md"
say "done: $OUT/summary.md, per round $OUT/api-N.md and $OUT/floor-N.md (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
