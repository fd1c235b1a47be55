#!/usr/bin/env bash
# What-if benchmark (BENCHMARKS.md, "What-if scenarios"): one scenario of three buildings on the national matching
# market, end to end through the API, and the same scenario and seed again, which must give the same result.
#
#   scripts/bench-whatif.sh          # about 10 minutes, most of it building and loading the market
#
# 1. Drops and re-creates the database BENCH_DB (labspace_whatifbench) so every run starts from the same generated
#    market (BENCH_KEEP_DB=1 keeps an existing one), and builds the app (skip: BENCH_SKIP_BUILD=1).
# 2. Starts the app (-Xmx2g) with the demo market of scripts/bench-matching.sh: BENCH_SCALE (7.5) on the 26 real
#    campuses plus BENCH_EXTRA_CAMPUSES (14) synthetic ones, about 2,070 open needs and 2,370 fresh units.
# 3. The national fund manager of the demo saves a scenario: an extension of Leiden Bio Science Park, a new ML-II
#    building at a point in Rotterdam and a GMP building in the town of Groningen (about half lab, half office, in
#    suites of 250-300 m², as the demand asks); BENCH_STEPS (the app's default
#    when unset) search steps each, seed 42.
# 4. Runs it and waits for the end: end to end is from the POST of the run to the moment GET answers it finished
#    (reading the market, two preparations and three searches, the result's cells and their storing).
# 5. Runs it again: the two results must be the same (regions, buildings, where the needs came from).
# Results go to $BENCH_OUT (target/bench-whatif): summary.md, the app log and both results.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8094}"
SCALE="${BENCH_SCALE:-7.5}"
EXTRA_CAMPUSES="${BENCH_EXTRA_CAMPUSES:-14}"
STEPS="${BENCH_STEPS:-}"
OUT="${BENCH_OUT:-target/bench-whatif}"
DB="${BENCH_DB:-labspace_whatifbench}"
BASE="http://localhost:$PORT"
say() { printf '[bench-whatif] %s\n' "$*" >&2; }
mkdir -p "$OUT"

if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
    say "dropping the database $DB (BENCH_KEEP_DB=1 keeps it)"
    PGPASSWORD="${LABSPACE_DB_PASSWORD:-labspace}" dropdb -h localhost -p "${LABSPACE_DB_PORT:-5433}" \
        -U "${LABSPACE_DB_USER:-labspace}" --if-exists "$DB"
fi
LABSPACE_DB_NAME="$DB" scripts/provision-db.sh
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    say "building"
    ./mvnw -q -B -DskipTests package
fi

say "starting the app on $BASE (demo scale $SCALE, $EXTRA_CAMPUSES extra campuses)"
LABSPACE_DB_NAME="$DB" LABSPACE_PORT="$PORT" LABSPACE_DEMO_ENABLED=true LABSPACE_DEMO_SCALE="$SCALE" \
    LABSPACE_DEMO_EXTRA_CAMPUSES="$EXTRA_CAMPUSES" LABSPACE_MATCHING_SCHEDULE_ENABLED=false \
    java -Xmx2g -jar app/target/labspace-app.jar >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
    curl -sf "$BASE/health" >/dev/null 2>&1 && break
    kill -0 "$APP" 2>/dev/null || { say "the app stopped; see $OUT/app.log"; exit 1; }
    sleep 1
done

FUND=$(curl -s -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"national-fund@labspace.demo","password":"labspace-demo"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
STEPS_FIELD=""
[ -n "$STEPS" ] && STEPS_FIELD="\"steps\":$STEPS,"
SCENARIO=$(curl -s -X POST "$BASE/api/insight/scenarios" -H "Authorization: Bearer $FUND" -H 'Content-Type: application/json' -d "{
  \"name\":\"Benchmark: three buildings\",\"seed\":42,$STEPS_FIELD\"buildings\":[
  {\"name\":\"Leiden extension\",\"campus\":\"leiden-bio-science-park\",\"labM2\":3300,\"officeM2\":2700,\"suites\":20,
   \"containment\":\"ML-II\",\"features\":[\"fume-hood\"],\"rentPerM2Year\":300,\"deliveryMonth\":\"2027-06\",\"minTermMonths\":24},
  {\"name\":\"Rotterdam hall\",\"lat\":51.92,\"lon\":4.48,\"labM2\":2200,\"officeM2\":1800,\"suites\":16,
   \"containment\":\"ML-II\",\"rentPerM2Year\":280,\"deliveryMonth\":\"2027-09\"},
  {\"name\":\"Groningen GMP\",\"town\":\"Groningen\",\"labM2\":1100,\"officeM2\":900,\"suites\":8,
   \"containment\":\"ML-I\",\"gmp\":\"C\",\"rentPerM2Year\":330,\"deliveryMonth\":\"2027-09\"}]}")
ID=$(printf '%s' "$SCENARIO" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') \
    || { say "could not save the scenario: $SCENARIO"; exit 1; }

run() {   # $1 file: runs the scenario, waits for its end, writes the run as listed and prints the seconds taken
    local started ended result
    started=$(date +%s.%N)
    result=$(curl -s -X POST "$BASE/api/insight/scenarios/$ID/run" -H "Authorization: Bearer $FUND" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    until curl -s "$BASE/api/insight/scenarios/$ID" -H "Authorization: Bearer $FUND" | python3 -c '
import json, sys
r = next(x for x in json.load(sys.stdin)["results"] if x["id"] == sys.argv[1])
sys.exit(0 if r["status"] != "solving" else 1)' "$result"; do
        sleep 0.2
    done
    ended=$(date +%s.%N)
    curl -s "$BASE/api/insight/scenarios/$ID" -H "Authorization: Bearer $FUND" | python3 -c '
import json, sys
print(json.dumps(next(x for x in json.load(sys.stdin)["results"] if x["id"] == sys.argv[1]), indent=1))' "$result" >"$1"
    python3 -c "print(f'{$ended - $started:.1f}')"
}

say "running the scenario"
FIRST=$(run "$OUT/result-1.json")
say "running it again (same scenario, seed and market)"
SECOND=$(run "$OUT/result-2.json")

python3 - "$OUT" "$FIRST" "$SECOND" <<'EOF'
import json, re, sys
out, first, second = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
a, b = json.load(open(f"{out}/result-1.json")), json.load(open(f"{out}/result-2.json"))
parts = ["regions", "buildings", "movedFrom", "movedInNeeds", "movedInM2", "needs", "units"]
same = all(a[p] == b[p] for p in parts)
log = open(f"{out}/app.log").read()
solves = re.findall(r"scenario run (\S+) of scenario \S+ finished in (\d+) ms: (\d+) needs, unserved (\d+) m2 before, (\d+) m2 after", log)
nl = next((r for r in a["regions"] if r["code"] == "NL"), None)
rows = [
    ("market", f"{a['needs']} open needs, {a['units']} units with the buildings' suites", ""),
    ("status", f"{a['status']} ({a['steps']} steps per solve, seed {a['seed']})", "finished"),
    ("one scenario end to end (POST run until GET shows it finished)", f"{first:.1f} s", "<= 60 s"),
    ("of which preparing and searching (app log)", f"{int(solves[0][1]) / 1000:.1f} s" if solves else "n/a", ""),
    ("the same scenario again", f"{second:.1f} s", "<= 60 s"),
    ("unserved m² without / with the buildings", f"{solves[0][3]} / {solves[0][4]}" if solves else "n/a", ""),
    ("national unmet m² absorbed", str(nl["absorbedM2"]) if nl else "n/a", ""),
    ("pre-let share per building (thousandths)", ", ".join(f"{x['name']}: {x['preletShare']['value'] if x['preletShare']['value'] is not None else x['preletShare']['withheld']}" for x in a["buildings"]), ""),
    ("second run's result against the first", "the same" if same else "DIFFERENT", "the same"),
]
md = "| measure | result | target |\n|---|---|---|\n" + "\n".join(f"| {x} | {y} | {z} |" for x, y, z in rows) + "\n"
open(f"{out}/summary.md", "w").write(md)
print(md)
EOF
