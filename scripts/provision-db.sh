#!/usr/bin/env bash
# Provisions the local PostgreSQL + PostGIS that the demo, the tests and CI use.
#
# On Debian/Ubuntu it installs PostgreSQL and PostGIS from the distribution's packages when they are missing
# (apt-get, through sudo when not root), creates and starts a dedicated cluster, and creates the role, the demo
# and test databases and the postgis and btree_gist extensions (extensions need a superuser, so they are made
# here and not by Flyway). Safe to run any number of times.
#
# Settings (environment variables, defaults in brackets):
#   LABSPACE_DB_PORT [5433]            port of the dedicated cluster
#   LABSPACE_DB_USER [labspace]        role the application connects as
#   LABSPACE_DB_PASSWORD [labspace]    its password (a local development default; set your own elsewhere)
#   LABSPACE_DB_NAME [labspace]        database of the demo marketplace
#   LABSPACE_TEST_DB_NAME [labspace_test]  database the tests use
#   LABSPACE_PG_CLUSTER [labspace]     name of the Debian cluster (pg_createcluster)
set -euo pipefail

PORT="${LABSPACE_DB_PORT:-5433}"
DB_USER="${LABSPACE_DB_USER:-labspace}"
DB_PASSWORD="${LABSPACE_DB_PASSWORD:-labspace}"
DB_NAME="${LABSPACE_DB_NAME:-labspace}"
TEST_DB_NAME="${LABSPACE_TEST_DB_NAME:-labspace_test}"
CLUSTER="${LABSPACE_PG_CLUSTER:-labspace}"

say() { printf '[provision-db] %s\n' "$*" >&2; }
die() { printf '[provision-db] ERROR: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=(__no_sudo__)
fi

as_root() {
    [ "${SUDO[0]:-}" != "__no_sudo__" ] || die "'$*' needs root and sudo is not installed; run this script as root once"
    "${SUDO[@]}" "$@"
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else as_root -u postgres "$@"; fi
}

apt_install() {
    command -v apt-get >/dev/null 2>&1 \
        || die "missing: $* — this machine has no apt-get; install PostgreSQL 15 and PostGIS 3 with your package manager, or use docker-compose.yml"
    say "installing $* from the distribution's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        || die "apt-get update failed; check the network or the apt sources, then install: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
        || die "apt-get could not install: $* (on Debian 12: apt-get install postgresql-15 postgresql-15-postgis-3)"
}

newest_pg_version() {
    local dir versions=()
    for dir in /usr/lib/postgresql/*/bin/postgres; do
        [ -x "$dir" ] && versions+=("$(basename "$(dirname "$(dirname "$dir")")")")
    done
    [ "${#versions[@]}" -gt 0 ] && printf '%s\n' "${versions[@]}" | sort -n | tail -1
}

ensure_packages() {
    local version
    version="$(newest_pg_version || true)"
    if [ -z "$version" ]; then
        apt_install postgresql postgresql-contrib
        version="$(newest_pg_version || true)"
        [ -n "$version" ] || die "PostgreSQL server still missing after installing; install postgresql-15 by hand"
    fi
    if [ ! -f "/usr/share/postgresql/$version/extension/postgis.control" ]; then
        apt_install "postgresql-$version-postgis-3"
        [ -f "/usr/share/postgresql/$version/extension/postgis.control" ] \
            || die "PostGIS for PostgreSQL $version still missing; install postgresql-$version-postgis-3"
    fi
    command -v pg_createcluster >/dev/null 2>&1 \
        || die "missing: pg_createcluster (package postgresql-common); this script needs Debian's cluster tools"
    echo "$version"
}

ensure_cluster() {
    local version="$1" line port status
    line="$(pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" -v c="$CLUSTER" '$1==v && $2==c')"
    if [ -z "$line" ]; then
        say "creating cluster $version/$CLUSTER on port $PORT"
        as_root pg_createcluster "$version" "$CLUSTER" --port "$PORT" >/dev/null
        line="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$CLUSTER" '$1==v && $2==c')"
    fi
    port="$(awk '{print $3}' <<<"$line")"
    status="$(awk '{print $4}' <<<"$line")"
    [ "$port" = "$PORT" ] \
        || die "cluster $version/$CLUSTER exists on port $port, not $PORT; set LABSPACE_DB_PORT=$port or drop it (pg_dropcluster $version $CLUSTER --stop)"
    if [ "$status" != "online" ]; then
        say "starting cluster $version/$CLUSTER"
        as_root pg_ctlcluster "$version" "$CLUSTER" start \
            || die "cluster $version/$CLUSTER did not start; is port $PORT busy? (ss -ltnp | grep :$PORT) — see /var/log/postgresql/postgresql-$version-$CLUSTER.log"
    fi
    for _ in $(seq 1 30); do
        pg_isready -q -h localhost -p "$PORT" && return 0
        sleep 1
    done
    die "PostgreSQL on port $PORT did not accept connections within 30 s"
}

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }

ensure_role_and_databases() {
    local pw_sql db
    pw_sql="${DB_PASSWORD//\'/\'\'}"
    psql_admin -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE "$DB_USER" LOGIN PASSWORD '$pw_sql';
  ELSE
    ALTER ROLE "$DB_USER" LOGIN PASSWORD '$pw_sql';
  END IF;
END \$\$;
SQL
    for db in "$DB_NAME" "$TEST_DB_NAME"; do
        if [ -z "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
            say "creating database $db"
            psql_admin -d postgres -c "CREATE DATABASE \"$db\" OWNER \"$DB_USER\""
        fi
        psql_admin -d "$db" -c "SET client_min_messages = warning" -c "CREATE EXTENSION IF NOT EXISTS postgis" -c "CREATE EXTENSION IF NOT EXISTS btree_gist" \
            -c "ALTER SCHEMA public OWNER TO \"$DB_USER\""
    done
}

main() {
    local version
    version="$(ensure_packages)"
    ensure_cluster "$version"
    ensure_role_and_databases
    say "ready: postgresql://$DB_USER@localhost:$PORT/$DB_NAME (tests: $TEST_DB_NAME), PostgreSQL $version with PostGIS"
}

main "$@"
