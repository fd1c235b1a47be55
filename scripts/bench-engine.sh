#!/usr/bin/env bash
# Matching engine benchmark (BENCHMARKS.md, "Matching engine"): greedy, the engine and the CP-SAT reference on
# four instances at equal budgets, plus warm-start re-solves on the national market.
#
#   scripts/bench-engine.sh                 # about 20 minutes on 2 cores (BENCH_SKIP_BUILD=1 reuses the build)
#   BENCH_INSTANCES="small medium" BENCH_BUDGETS="10" scripts/bench-engine.sh   # a subset
#
# Instances (the generated ones are made here with the command line, so the seeds below are the whole definition):
#   small    = the shared sample-small (35 needs, 45 units, 8 campuses), proven optimum 16,345 m2
#   medium   = the shared sample-medium (100 needs, 120 units, 12 campuses), proven optimum 34,185 m2
#   large    = generate --seed 500  --needs 500  --units 400  --campuses 26 --months 24
#   national = generate --seed 2000 --needs 2000 --units 1500 --campuses 40 --months 24
# Per instance and budget (10, 30, 60 s), back to back so that both see the same machine load:
#   engine  - EngineBench, one JVM per run, -Xmx2g, seed 42: unserved m2, when the last best was found, peak heap;
#             /usr/bin/time adds the process's max RSS;
#   CP-SAT  - ReferenceBench, 2 workers, hinted with the greedy plan: best found, bound, status. Its budget is its
#             own time limit; building offers and model comes on top. small/medium: complete offers, time-indexed
#             model (exact); large/national: the engine's offer caps (OfferLimits.DEFAULT) and the interval model,
#             since the complete time-indexed model does not fit 2 cores and 60 s there.
# Then CP-SAT's time-indexed model at 60 s on large and national (tighter bound, more memory; BENCH_SKIP_TI=1 skips),
# and ResolveBench on national: a 60 s cold solve, one new need, one accepted match (2 s budget each), then the
# same with a 0 s budget (construction only) after a 30 s cold solve.
# Results (Markdown) go to stdout and to $BENCH_OUT (solver/target/bench-engine).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${BENCH_OUT:-solver/target/bench-engine}"
BUDGETS="${BENCH_BUDGETS:-10 30 60}"
INSTANCES="${BENCH_INSTANCES:-small medium large national}"
SEED="${BENCH_SEED:-42}"
say() { printf '[bench-engine] %s\n' "$*" >&2; }
mkdir -p "$OUT"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    say "building the solver and its test class path"
    ./mvnw -q -B -pl solver package -DskipTests
    ./mvnw -q -B -pl solver test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench-classpath.txt
fi
CP="solver/target/classes:solver/target/test-classes:$(cat solver/target/bench-classpath.txt)"
JAR=solver/target/labspace-solver.jar

instance_file() {
    case "$1" in
        small) echo solver/src/test/resources/instances/sample-small.json ;;
        medium) echo solver/src/test/resources/instances/sample-medium.json ;;
        large)
            [ -f "$OUT/large.json" ] || java -jar "$JAR" generate --seed 500 --needs 500 --units 400 --campuses 26 \
                --months 24 --out "$OUT/large.json" >&2
            echo "$OUT/large.json" ;;
        national)
            [ -f "$OUT/national.json" ] || java -jar "$JAR" generate --seed 2000 --needs 2000 --units 1500 \
                --campuses 40 --months 24 --out "$OUT/national.json" >&2
            echo "$OUT/national.json" ;;
        *) say "unknown instance $1"; exit 64 ;;
    esac
}

cpsat_options() {
    case "$1" in
        small | medium) echo "-Dbench.limits=complete -Dbench.formulation=TIME_INDEXED" ;;
        *) echo "-Dbench.limits=default -Dbench.formulation=INTERVALS" ;;
    esac
}

# Runs a command with its stdout in $OUT/row.tmp and its stderr appended to $OUT/stderr.log; prints its max RSS in MB.
measured() {
    /usr/bin/time -f "%M" -o "$OUT/rss.tmp" "$@" >"$OUT/row.tmp" 2>>"$OUT/stderr.log" || say "failed: $*"
    echo $(( $(tail -1 "$OUT/rss.tmp") / 1024 ))
}

{
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "jdk: $(java -version 2>&1 | head -1)"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

ENGINE_MD="$OUT/engine.md"
CPSAT_MD="$OUT/cpsat.md"
echo "| instance | budget s | engine unserved m2 | score | last best s | wall s | search s | peak heap MB | valid | max RSS MB | load |" >"$ENGINE_MD"
echo "|---|---|---|---|---|---|---|---|---|---|---|" >>"$ENGINE_MD"
echo "| instance | needs | demand m2 | greedy m2 | budget s | CP-SAT status | CP-SAT best m2 | bound m2 | time s | build s | variables | valid | max RSS MB | load |" >"$CPSAT_MD"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|" >>"$CPSAT_MD"

for name in $INSTANCES; do
    file=$(instance_file "$name")
    for b in $BUDGETS; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        say "$name: engine ${b}s (load $load)"
        rss=$(measured java -Xmx2g -Dbench.header=false -Dbench.budgets="$b" -Dbench.seed="$SEED" -cp "$CP" \
            nl.labspace.solver.bench.EngineBench "$file")
        echo "$(cat "$OUT/row.tmp") $rss | $load |" | tee -a "$ENGINE_MD"
        load=$(cut -d' ' -f1 /proc/loadavg)
        say "$name: CP-SAT ${b}s (load $load)"
        # shellcheck disable=SC2046
        rss=$(measured java -Xmx4g -Dbench.header=false -Dbench.budgets="$b" -Dbench.workers=2 $(cpsat_options "$name") \
            -cp "$CP" nl.labspace.solver.bench.ReferenceBench "$file")
        echo "$(cat "$OUT/row.tmp") $rss | $load |" | tee -a "$CPSAT_MD"
    done
done

if [ "${BENCH_SKIP_TI:-0}" != 1 ]; then
    for name in $INSTANCES; do
        case "$name" in small | medium) continue ;; esac
        load=$(cut -d' ' -f1 /proc/loadavg)
        say "$name: CP-SAT 60s, time-indexed model (load $load)"
        rss=$(measured java -Xmx4g -Dbench.header=false -Dbench.budgets=60 -Dbench.workers=2 -Dbench.limits=default \
            -Dbench.formulation=TIME_INDEXED -cp "$CP" nl.labspace.solver.bench.ReferenceBench "$(instance_file "$name")")
        echo "$(cat "$OUT/row.tmp") $rss | $load |" | tee -a "$OUT/cpsat-time-indexed.md"
    done
fi

if [[ " $INSTANCES " == *" national "* ]] && [ "${BENCH_SKIP_RESOLVE:-0}" != 1 ]; then
    say "national: warm-start re-solves"
    java -Xmx2g -Dbench.seed="$SEED" -Dbench.initial=60 -Dbench.resolve=2 -cp "$CP" \
        nl.labspace.solver.bench.ResolveBench "$(instance_file national)" 2>>"$OUT/stderr.log" | tee "$OUT/resolve.md"
    say "national: the same events with no search at all (construction only), after a 30 s cold solve"
    java -Xmx2g -Dbench.seed="$SEED" -Dbench.initial=30 -Dbench.resolve=0 -cp "$CP" \
        nl.labspace.solver.bench.ResolveBench "$(instance_file national)" 2>>"$OUT/stderr.log" | tee -a "$OUT/resolve.md"
fi
say "done: $OUT"
