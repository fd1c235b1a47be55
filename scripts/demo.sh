#!/usr/bin/env bash
# Starts the demo marketplace on http://localhost:${LABSPACE_PORT:-8080}: provisions the local PostGIS,
# builds the app (tests skipped; run them with ./mvnw verify) and runs it with the demo market loaded.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${LABSPACE_PORT:-8080}"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "[demo] ERROR: port $PORT is already in use (see: ss -ltnp | grep :$PORT); stop that process or run LABSPACE_PORT=8081 $0" >&2
    exit 1
fi

scripts/provision-db.sh
echo "[demo] building (first run downloads dependencies, a few minutes)" >&2
./mvnw -q -B -DskipTests package
echo "[demo] starting on http://localhost:$PORT" >&2
LABSPACE_DEMO_ENABLED="${LABSPACE_DEMO_ENABLED:-true}" exec java -jar app/target/labspace-app.jar
