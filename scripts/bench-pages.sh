#!/usr/bin/env bash
# Page benchmark (BENCHMARKS.md, "Pages"): every public page and every console of the demo (signed in as its role)
# loaded BENCH_LOADS (20) times in headless Chromium after 5 unmeasured loads; from the browser's navigation timing:
# server time (request to first byte), first contentful paint, and the page's weight (one load with the cache off)
# without the map outlines. About 3 minutes.
#
#   scripts/bench-pages.sh
#
# Starts the demo marketplace in its own database (labspace_pagebench) on BENCH_PORT (8098), then runs
# app/src/test/java/nl/labspace/page/PageSpeedBench.java against it. Results: target/bench-pages/summary.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8098}"
LOADS="${BENCH_LOADS:-20}"
OUT=target/bench-pages
say() { printf '[bench-pages] %s\n' "$*" >&2; }
mkdir -p "$OUT"

LABSPACE_DB_NAME=labspace_pagebench scripts/provision-db.sh
scripts/provision-browser.sh
say "building"
./mvnw -q -B -DskipTests package
LABSPACE_DB_NAME=labspace_pagebench LABSPACE_PORT="$PORT" LABSPACE_DEMO_ENABLED=true \
    LABSPACE_MATCHING_SCHEDULE_ENABLED=false java -jar app/target/labspace-app.jar >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -sf "http://localhost:$PORT/health" >/dev/null 2>&1 && break
    kill -0 "$APP" 2>/dev/null || { say "the app stopped; see $OUT/app.log"; exit 1; }
    sleep 1
done
say "warming up"
for _ in $(seq 1 50); do
    for path in / "/search?near=52.166,4.482&withinKm=50" /login; do curl -s -o /dev/null "http://localhost:$PORT$path"; done
done
say "measuring ($LOADS loads per page)"
./mvnw -q -B -pl app -am test -Dtest=PageSpeedBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.url="http://localhost:$PORT" -Dbench.loads="$LOADS"
cp app/target/bench-pages/summary.md "$OUT/summary.md"
cat "$OUT/summary.md"
