#!/usr/bin/env bash
# Matching benchmark (BENCHMARKS.md, "Matching in the marketplace"): a national demo market in the database, one
# national run through the app, compared with the command-line engine on the run's own snapshot and seed.
#
#   scripts/bench-matching.sh          # about 8 minutes at scale 5 on 26 campuses; the default market is larger
#
# 1. Drops and re-creates the database BENCH_DB (labspace_matchbench), so that every run starts from the same
#    freshly generated market (BENCH_KEEP_DB=1 keeps an existing one), and builds the app and the solver (skip:
#    BENCH_SKIP_BUILD=1).
# 2. Starts the app (-Xmx2g) with the demo market loaded into that database; the schedule is off. The market is
#    issue 11's national market: BENCH_SCALE (7.5) on the 26 real campuses plus BENCH_EXTRA_CAMPUSES (14)
#    synthetic ones (LABSPACE_DEMO_EXTRA_CAMPUSES: bench-campus-01.., in Dutch towns without a campus), 40
#    campuses with about 2,070 open needs and 2,370 fresh units (3,000 units, some stale or withdrawn). Scale 5.0
#    with 0 extra campuses is the earlier market: 1,377 open needs and 1,584 fresh units on 26 campuses.
# 3. Search without a run: BENCH_SEARCH_SECONDS (30) of space searches one after the other (a mix of regions,
#    radii, classes and sorts), each timed by curl.
# 4. Starts a national run (budget BENCH_BUDGET 60 s, seed 42, no early end) and runs the same searches while it
#    solves; samples the app's heap (jstat) every second until the run ends.
# 5. Instant options for BENCH_OPTIONS (50) open needs, one after the other.
# 6. The command-line engine solves the run's own snapshot with the same budget and seed.
# 7. A reproducible run (BENCH_STEPS 5,000 search steps, seed 42) and the command line's solve --steps on its
#    snapshot: the two solutions must be the same.
# Results go to $BENCH_OUT (target/bench-matching): summary.md, the app log and the raw timings.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8097}"
SCALE="${BENCH_SCALE:-7.5}"
EXTRA_CAMPUSES="${BENCH_EXTRA_CAMPUSES:-14}"
BUDGET="${BENCH_BUDGET:-60}"
SEARCH_SECONDS="${BENCH_SEARCH_SECONDS:-30}"
OPTIONS="${BENCH_OPTIONS:-50}"
STEPS="${BENCH_STEPS:-5000}"
OUT="${BENCH_OUT:-target/bench-matching}"
DB="${BENCH_DB:-labspace_matchbench}"
BASE="http://localhost:$PORT"
export PGPASSWORD="${LABSPACE_DB_PASSWORD:-labspace}"
PSQL=(psql -X -q -At -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" -d "$DB")
say() { printf '[bench-matching] %s\n' "$*" >&2; }
mkdir -p "$OUT"

if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
    say "dropping the database $DB (BENCH_KEEP_DB=1 keeps it)"
    dropdb -h localhost -p "${LABSPACE_DB_PORT:-5433}" -U "${LABSPACE_DB_USER:-labspace}" --if-exists "$DB"
fi
LABSPACE_DB_NAME="$DB" scripts/provision-db.sh
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    say "building"
    ./mvnw -q -B -DskipTests package
fi

say "starting the app on $BASE (demo scale $SCALE, $EXTRA_CAMPUSES extra campuses)"
LABSPACE_DB_NAME="$DB" LABSPACE_PORT="$PORT" LABSPACE_DEMO_ENABLED=true LABSPACE_DEMO_SCALE="$SCALE" \
    LABSPACE_DEMO_EXTRA_CAMPUSES="$EXTRA_CAMPUSES" \
    LABSPACE_MATCHING_SCHEDULE_ENABLED=false LABSPACE_MATCHING_UNIMPROVED_SECONDS=100000 \
    java -Xmx2g -jar app/target/labspace-app.jar >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -sf "$BASE/health" >/dev/null 2>&1 && break
    kill -0 "$APP" 2>/dev/null || { say "the app stopped; see $OUT/app.log"; exit 1; }
    sleep 1
done
# Fresh: what a run reads (available or planned, confirmed within the app's default 60 days).
say "market: $("${PSQL[@]}" -c "SELECT (SELECT count(*) FROM campus) || ' campuses, ' || (SELECT count(*) FROM unit) || ' units ('
    || (SELECT count(*) FROM unit WHERE status IN ('available', 'planned') AND last_confirmed >= current_date - 60)
    || ' fresh), ' || (SELECT count(*) FROM need WHERE status = 'open') || ' open needs'")"

token() {
    curl -s -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"labspace-demo\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
ADMIN=$(token admin@labspace.demo)

QUERIES=("region=PV28" "near=52.166,4.482&withinKm=25&sort=distance" "containment=ML-II&minLabM2=200"
         "region=PV26&gmp=C&includePipeline=true" "near=51.44,5.47&withinKm=50&maxRent=350" "sort=size&size=50"
         "region=IQ&features=fume-hood" "availableBy=2027-06&minOfficeM2=100")
searches() {   # $1 file, $2 seconds
    local until=$((SECONDS + $2)) i=0
    : >"$1"
    while [ $SECONDS -lt $until ]; do
        curl -s -o /dev/null -w '%{time_total}\n' "$BASE/api/search/space?${QUERIES[$((i % ${#QUERIES[@]}))]}" >>"$1"
        i=$((i + 1))
    done
}

say "warm-up, then search without a run (${SEARCH_SECONDS} s)"
searches "$OUT/search-warmup.txt" 15
searches "$OUT/search-idle.txt" "$SEARCH_SECONDS"

say "national run: budget $BUDGET s, seed 42"
RUN=$(curl -s -X POST "$BASE/api/admin/matching/runs" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "{\"budgetSeconds\":$BUDGET,\"seed\":42}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
(while kill -0 "$APP" 2>/dev/null; do jstat -gc "$APP" | tail -1; sleep 1; done) >"$OUT/heap.txt" 2>/dev/null &
HEAP=$!
sleep 8   # past reading the market and preparing, into the search
searches "$OUT/search-during-run.txt" "$SEARCH_SECONDS"
until curl -s "$BASE/api/admin/matching/runs/$RUN/status" -H "Authorization: Bearer $ADMIN" | grep -q '"phase":"done"'; do
    sleep 1
done
kill "$HEAP" 2>/dev/null || true
curl -s "$BASE/api/admin/matching/runs/$RUN" -H "Authorization: Bearer $ADMIN" >"$OUT/run.json"
curl -s "$BASE/api/admin/matching/runs/$RUN/snapshot" -H "Authorization: Bearer $ADMIN" >"$OUT/snapshot.json"
curl -s "$BASE/api/admin/matching/runs/$RUN/solution" -H "Authorization: Bearer $ADMIN" >"$OUT/solution.json"

say "instant options for $OPTIONS open needs"
: >"$OUT/options.txt"
for need in $("${PSQL[@]}" -c "SELECT id FROM need WHERE status = 'open' ORDER BY md5(id::text) LIMIT $OPTIONS"); do
    curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -X POST "$BASE/api/needs/$need/options" \
        -H "Authorization: Bearer $ADMIN" >>"$OUT/options.txt"
done

say "the command-line engine on the run's snapshot (budget $BUDGET s, seed 42)"
java -Xmx2g -jar solver/target/labspace-solver.jar solve "$OUT/snapshot.json" --seconds "$BUDGET" --seed 42 \
    --out "$OUT/cli-solution.json" 2>/dev/null | tee "$OUT/cli.txt"
java -jar solver/target/labspace-solver.jar validate "$OUT/snapshot.json" "$OUT/solution.json" 2>/dev/null | tail -1 >"$OUT/validate.txt"

say "reproducible run: $STEPS steps, seed 42, and solve --steps on its snapshot"
SRUN=$(curl -s -X POST "$BASE/api/admin/matching/runs" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "{\"budgetSeconds\":600,\"seed\":42,\"steps\":$STEPS}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
until curl -s "$BASE/api/admin/matching/runs/$SRUN/status" -H "Authorization: Bearer $ADMIN" | grep -q '"phase":"done"'; do
    sleep 1
done
curl -s "$BASE/api/admin/matching/runs/$SRUN" -H "Authorization: Bearer $ADMIN" >"$OUT/steps-run.json"
curl -s "$BASE/api/admin/matching/runs/$SRUN/snapshot" -H "Authorization: Bearer $ADMIN" >"$OUT/steps-snapshot.json"
curl -s "$BASE/api/admin/matching/runs/$SRUN/solution" -H "Authorization: Bearer $ADMIN" >"$OUT/steps-solution.json"
java -Xmx2g -jar solver/target/labspace-solver.jar solve "$OUT/steps-snapshot.json" --steps "$STEPS" --seed 42 \
    --out "$OUT/steps-cli-solution.json" 2>/dev/null | tee "$OUT/steps-cli.txt"

python3 - "$OUT" <<'EOF'
import json, re, sys, statistics
out = sys.argv[1]
def times(name):
    return sorted(float(line.split()[0]) * 1000 for line in open(f"{out}/{name}") if line.strip())
def pct(xs, p):
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")
run = json.load(open(f"{out}/run.json"))
line = next(l for l in open(f"{out}/app.log") if "timings:" in l and run["id"] in l)
t = dict((k, int(v)) for k, v in re.findall(r"(read|snapshot|prepare|solve|explain|write) (\d+) ms", line))
heap = []
for row in open(f"{out}/heap.txt"):
    cols = row.split()
    try:   # S0U S1U EU OU are columns 3, 4, 6, 8 of jstat -gc (kB)
        heap.append((float(cols[2]) + float(cols[3]) + float(cols[5]) + float(cols[7])) / 1024)
    except (ValueError, IndexError):
        pass
def same_steps():
    a = json.load(open(f"{out}/steps-solution.json")); b = json.load(open(f"{out}/steps-cli-solution.json"))
    key = lambda s: sorted((x["need"], tuple(sorted(x["units"])), x["start"]) for x in s["assignments"])
    steps_run = json.load(open(f"{out}/steps-run.json"))
    verdict = "the same" if key(a) == key(b) and a["unservedM2"] == b["unservedM2"] else "DIFFERENT"
    return f"{verdict}: {a['unservedM2']} vs {b['unservedM2']} unserved m² ({steps_run['steps']} steps)"
idle, busy, opts = times("search-idle.txt"), times("search-during-run.txt"), times("options.txt")
cli = open(f"{out}/cli.txt").read()
cli_unserved = int(re.search(r"unservedM2=(\d+)", cli).group(1))
rows = [
    ("market", f"{run['totalNeeds']} open needs, {len(json.load(open(out + '/snapshot.json'))['units'])} units", ""),
    ("reading the market and building the problem", f"{t['read']} ms (+ {t['snapshot']} ms storing the snapshot)", "<= 5 s"),
    ("engine preparation (offers, placements)", f"{t['prepare']} ms", "inside the budget"),
    ("solving", f"{t['solve']} ms", f"budget {run['budgetSeconds']} s"),
    ("explaining every need", f"{t['explain']} ms", ""),
    ("writing all proposals (one transaction)", f"{t['write']} ms for {run['proposals']} proposals", "<= 2 s"),
    ("app heap, peak used (jstat, 1 s samples)", f"{max(heap):.0f} MB of -Xmx2g" if heap else "n/a", "<= 2 GB"),
    ("run result: unserved m²", f"{run['unservedM2']} (matched {run['matchedNeeds']}/{run['totalNeeds']})", ""),
    ("CLI engine on the run's snapshot, same budget and seed", f"{cli_unserved} unserved m² ({cli_unserved / max(1, run['unservedM2']):.4f} x the run)", "equal?"),
    ("reproducible run (steps, seed 42) against the CLI's solve --steps on its snapshot", same_steps(), "the same solution"),
    ("run's solution against its snapshot (validator)", open(f"{out}/validate.txt").read().strip(), "valid"),
    ("instant options, one need", f"p50 {pct(opts, 50):.0f} ms, p95 {pct(opts, 95):.0f} ms, max {max(opts):.0f} ms ({len(opts)} needs)", "p95 <= 2 s"),
    ("space search without a run", f"p50 {pct(idle, 50):.1f} ms, p99 {pct(idle, 99):.1f} ms ({len(idle)} requests)", ""),
    ("space search during the national run", f"p50 {pct(busy, 50):.1f} ms, p99 {pct(busy, 99):.1f} ms ({len(busy)} requests)", "next to the above"),
]
md = "| measure | result | target |\n|---|---|---|\n" + "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows) + "\n"
open(f"{out}/summary.md", "w").write(md)
print(md)
EOF
