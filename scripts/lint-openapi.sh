#!/usr/bin/env bash
# Lints the generated OpenAPI document with Redocly CLI's recommended rules; any error fails (warnings are shown).
#
# The document is written at compile time, so build app first (./mvnw -pl app -am -DskipTests package, or the
# tests). Redocly CLI is installed once with npm into a cache directory; it needs Node.js and npm.
#
# Settings (environment variables, defaults in brackets):
#   REDOCLY_CLI_VERSION [2.77.0]                       the @redocly/cli version
#   LABSPACE_TOOLS_DIR [${XDG_CACHE_HOME:-~/.cache}/labspace/tools]   where it is installed
#   OPENAPI_FILE [app/target/classes/META-INF/swagger/labspace-nl-0.1.yml]   the document to lint
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${REDOCLY_CLI_VERSION:-2.77.0}"
TOOLS="${LABSPACE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/labspace/tools}"
PREFIX="$TOOLS/redocly-cli-$VERSION"
REDOCLY="$PREFIX/node_modules/.bin/redocly"
FILE="${OPENAPI_FILE:-app/target/classes/META-INF/swagger/labspace-nl-0.1.yml}"

say() { printf '[lint-openapi] %s\n' "$*" >&2; }
die() { printf '[lint-openapi] ERROR: %s\n' "$*" >&2; exit 1; }

[ -f "$FILE" ] || die "$FILE is missing: build app first (./mvnw -pl app -am -DskipTests package)"

if [ ! -x "$REDOCLY" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"
    say "installing @redocly/cli@$VERSION into $PREFIX"
    mkdir -p "$PREFIX"
    npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error "@redocly/cli@$VERSION" >&2 \
        || die "npm could not install @redocly/cli@$VERSION (check the network or the npm registry)"
fi

say "linting $FILE (recommended rules)"
# No telemetry and no update check: CI machines may have no way out, and the result must not depend on it.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$REDOCLY" lint --extends=recommended "$FILE"
