#!/usr/bin/env bash
# Runs CI (.ci/run) several times in a row, each time in a fresh clone, with one CPU core kept busy, to show that
# the test suite is green on every fresh run and not only on a quiet machine (races and timing show up under load).
#
# It clones a committed revision (HEAD of this repository unless told otherwise; uncommitted changes are not part
# of it) into a fresh temporary directory per run, starts `stress-ng --cpu 1` (installed from the distribution's
# packages when missing, apt-get through sudo when not root, as scripts/provision-db.sh does), runs `.ci/run` in
# the clone with the environment of a fresh CI machine (no LABSPACE_* settings, so the tests use the default
# database labspace_test), and writes each run's result, duration and failing tests (from the surefire and
# failsafe reports) to a summary file. The Maven repository ~/.m2 is shared, as a CI cache would be.
# Exits 0 only when every run passed.
#
# Usage: scripts/ci-under-load.sh [--runs N] [--ref REF] [--repo DIR] [--load CORES] [--work DIR] [--keep]
#   --runs N       runs in a row (default 5)
#   --ref REF      revision to test: a branch, tag or commit of the repository (default HEAD)
#   --repo DIR     the repository to clone (default the one this script is in)
#   --load CORES   cores kept busy by stress-ng (default 1; 0 runs without load)
#   --work DIR     directory for the clones, logs and summary (default a new one under ${TMPDIR:-/tmp})
#   --keep         keep the clones of passing runs too (failing runs' clones are always kept for their reports)
# Example, from the repository root:  scripts/ci-under-load.sh --runs 5 --ref main
set -euo pipefail

RUNS=5
REF=HEAD
REPO="$(cd "$(dirname "$0")/.." && pwd)"
LOAD=1
WORK=""
KEEP=false
TEST_DB=labspace_test

say() { printf '[ci-under-load] %s\n' "$*" >&2; }
die() { printf '[ci-under-load] ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit "${1:-2}"; }

parse_args() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
            --ref) REF="${2:?--ref needs a revision}"; shift 2 ;;
            --repo) REPO="${2:?--repo needs a directory}"; shift 2 ;;
            --load) LOAD="${2:?--load needs a number of cores}"; shift 2 ;;
            --work) WORK="${2:?--work needs a directory}"; shift 2 ;;
            --keep) KEEP=true; shift ;;
            -h|--help) usage 0 ;;
            *) say "unknown argument: $1"; usage ;;
        esac
    done
    [[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number, not '$RUNS'"
    [[ "$LOAD" =~ ^[0-9]+$ ]] || die "--load must be a whole number of cores, not '$LOAD'"
}

if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else SUDO=(__no_sudo__); fi

as_root() {
    [ "${SUDO[0]:-}" != "__no_sudo__" ] || die "'$*' needs root and sudo is not installed; install stress-ng as root once"
    "${SUDO[@]}" "$@"
}

ensure_stress_ng() {
    if [ "$LOAD" -eq 0 ] || command -v stress-ng >/dev/null 2>&1; then return 0; fi
    command -v apt-get >/dev/null 2>&1 || die "missing: stress-ng, and this machine has no apt-get; install stress-ng with your package manager"
    say "installing stress-ng from the distribution's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed; check the network or the apt sources"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends stress-ng >/dev/null \
        || die "apt-get could not install stress-ng"
}

# The commit to test, resolved once so that every run tests the same one even if the branch moves meanwhile.
resolve_commit() {
    git -C "$REPO" rev-parse --show-toplevel >/dev/null 2>&1 || die "$REPO is not a git repository (--repo)"
    git -C "$REPO" rev-parse --verify --quiet "$REF^{commit}" || die "no commit '$REF' in $REPO (--ref)"
}

STRESS_PID=""
start_load() {
    [ "$LOAD" -gt 0 ] || return 0
    stress-ng --cpu "$LOAD" --timeout 0 --quiet >/dev/null 2>&1 &
    STRESS_PID=$!
    say "keeping $LOAD core(s) busy: stress-ng pid $STRESS_PID"
}

stop_load() {
    [ -n "$STRESS_PID" ] || return 0
    kill -TERM "$STRESS_PID" 2>/dev/null || true
    wait "$STRESS_PID" 2>/dev/null || true
    STRESS_PID=""
}

fresh_clone() {
    local commit="$1" dir="$2"
    git clone --quiet --no-checkout --no-hardlinks "$REPO" "$dir"
    # A commit that no branch holds (a detached HEAD) is not cloned; fetch it by name.
    git -C "$dir" cat-file -e "$commit^{commit}" 2>/dev/null || git -C "$dir" fetch --quiet "$REPO" "$commit"
    git -C "$dir" -c advice.detachedHead=false checkout --quiet --detach "$commit"
}

# Prints "Class#method" for every test case whose report holds a failure or an error.
failing_tests() {
    local dir="$1" report
    for report in "$dir"/*/target/surefire-reports/TEST-*.xml "$dir"/*/target/failsafe-reports/TEST-*.xml; do
        [ -f "$report" ] || continue
        awk '
            /<testcase[ >]/ {
                name = $0; sub(/.*<testcase[^>]* name="/, "", name); sub(/".*/, "", name)
                cls = $0; sub(/.*<testcase[^>]* classname="/, "", cls); sub(/".*/, "", cls)
                if ($0 !~ / classname="/) cls = "?"
            }
            /^[ \t]*<(failure|error)[ >\/]/ { print cls "#" name }
        ' "$report"
    done | sort -u
}

# The failing tests one per line, or per class with a count when a class has many (a broken fixture fails them all).
by_class() {
    awk -F'#' '
        { n[$1]++; if (n[$1] <= 3) first[$1] = first[$1] (n[$1] > 1 ? ", " : "") $2; line[$1, n[$1]] = $0; order[$1] = order[$1] ? order[$1] : ++classes; cls[order[$1]] = $1 }
        END {
            for (i = 1; i <= classes; i++) {
                c = cls[i]
                if (n[c] > 5) printf "    failed: %s, %d tests (%s, ...)\n", c, n[c], first[c]
                else for (j = 1; j <= n[c]; j++) printf "    failed: %s\n", line[c, j]
            }
        }'
}

# Seconds as "12m34s".
minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# Runs .ci/run as on a fresh CI machine: no LABSPACE_* settings from the caller's shell, the default test database.
# It runs in its own process group, waited for in the background, so that Ctrl-C or a kill of this script ends the
# build and all it started (Maven, the test JVMs, Chromium) at once instead of after the run.
CI_PID=""
run_ci() {
    local dir="$1" log="$2" cleared=() var status=0
    for var in $(compgen -e | grep '^LABSPACE_' || true); do cleared+=(-u "$var"); done
    setsid env "${cleared[@]}" LABSPACE_TEST_DB_NAME="$TEST_DB" bash -c 'cd "$1" && exec .ci/run' ci-run "$dir" >"$log" 2>&1 &
    CI_PID=$!
    wait "$CI_PID" || status=$?
    CI_PID=""
    return "$status"
}

stop_ci() {
    [ -n "$CI_PID" ] || return 0
    say "stopping the run in progress (process group $CI_PID)"
    kill -TERM -- "-$CI_PID" 2>/dev/null || true
    wait "$CI_PID" 2>/dev/null || true
    CI_PID=""
}

machine() {
    local cpu
    cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"
    printf '%s cores%s, %s GiB RAM, load average %s' "$(nproc)" "${cpu:+ ($cpu)}" \
        "$(awk '/^MemTotal/ {printf "%d", $2 / 1048576}' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

main() {
    parse_args "$@"
    REPO="$(cd "$REPO" && pwd)"
    local commit summary passed=0 i dir log start status seconds failures
    commit="$(resolve_commit)"
    [ -z "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null)" ] \
        || say "note: $REPO has uncommitted changes; they are not tested (only commit ${commit:0:12})"
    ensure_stress_ng
    WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/labspace-ci-under-load.XXXXXX")}"
    mkdir -p "$WORK"
    WORK="$(cd "$WORK" && pwd)"
    summary="$WORK/summary.txt"

    # Two of these at once would share the test database and fail each other's runs.
    exec 9>"${TMPDIR:-/tmp}/labspace-ci-under-load.$TEST_DB.lock"
    flock -n 9 || die "another scripts/ci-under-load.sh is running against database $TEST_DB; wait for it to end"

    trap 'stop_ci; stop_load' EXIT
    trap 'stop_ci; stop_load; exit 130' INT
    trap 'stop_ci; stop_load; exit 143' TERM
    start_load

    {
        printf 'ci-under-load: %s runs of .ci/run, each in a fresh clone, %s core(s) kept busy by stress-ng\n' "$RUNS" "$LOAD"
        printf 'repository %s, %s = %s (%s)\n' "$REPO" "$REF" "$commit" "$(git -C "$REPO" log -1 --format=%s "$commit")"
        printf 'machine: %s\n' "$(machine)"
        printf 'started %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    } >"$summary"
    say "summary: $summary"

    for i in $(seq 1 "$RUNS"); do
        dir="$WORK/run-$i"
        log="$WORK/run-$i.log"
        rm -rf "$dir"
        fresh_clone "$commit" "$dir"
        say "run $i/$RUNS in $dir (log: $log)"
        start=$(date +%s)
        if run_ci "$dir" "$log"; then status=passed; else status=FAILED; fi
        seconds=$(($(date +%s) - start))
        printf 'run %d: %s in %s (%s, load average %s)\n' "$i" "$status" "$(minutes "$seconds")" \
            "$(date -u '+%H:%M UTC')" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$summary"
        if [ "$status" = passed ]; then
            passed=$((passed + 1))
            $KEEP || rm -rf "$dir"
        else
            failures="$(failing_tests "$dir")"
            if [ -n "$failures" ]; then
                by_class <<<"$failures" >>"$summary"
            else
                printf '    no failing test in the reports; the build failed elsewhere (last errors of %s):\n' "$log" >>"$summary"
                grep -E '^\[ERROR\]|ERROR' "$log" | head -15 | sed 's/^/    /' >>"$summary" || true
            fi
            printf '    reports: %s/*/target/surefire-reports, log: %s\n' "$dir" "$log" >>"$summary"
        fi
        say "$(tail -n +1 "$summary" | grep "^run $i:")"
    done

    stop_load
    printf '\n%d of %d runs passed\n' "$passed" "$RUNS" >>"$summary"
    cat "$summary"
    [ "$passed" -eq "$RUNS" ]
}

main "$@"
