#!/usr/bin/env bash
# Provisions what the browser tests need: headless Chromium and its driver (Debian packages chromium and
# chromium-driver, through apt-get and sudo when not root) and axe-core (npm, into a cache directory), whose
# axe.min.js the tests inject into each page. Safe to run any number of times; about 0.1 s when all is there.
#
# Settings (environment variables, defaults in brackets):
#   AXE_CORE_VERSION [4.14.1]                                        the axe-core version
#   LABSPACE_TOOLS_DIR [${XDG_CACHE_HOME:-~/.cache}/labspace/tools]  where axe-core is installed
set -euo pipefail

AXE_VERSION="${AXE_CORE_VERSION:-4.14.1}"
TOOLS="${LABSPACE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/labspace/tools}"
AXE_PREFIX="$TOOLS/axe-core-$AXE_VERSION"

say() { printf '[provision-browser] %s\n' "$*" >&2; }
die() { printf '[provision-browser] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "'$*' needs root and sudo is not installed; run this script as root once"; fi
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    command -v apt-get >/dev/null 2>&1 \
        || die "missing: chromium and chromedriver — this machine has no apt-get; install them with your package manager"
    say "installing chromium and chromium-driver from the distribution's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        || die "apt-get update failed; check the network or the apt sources, then install: chromium chromium-driver"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null \
        || die "apt-get could not install chromium chromium-driver"
fi

if [ ! -f "$AXE_PREFIX/node_modules/axe-core/axe.min.js" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"
    say "installing axe-core@$AXE_VERSION into $AXE_PREFIX"
    mkdir -p "$AXE_PREFIX"
    npm install --prefix "$AXE_PREFIX" --ignore-scripts --no-audit --no-fund --loglevel=error "axe-core@$AXE_VERSION" >&2 \
        || die "npm could not install axe-core@$AXE_VERSION (check the network or the npm registry)"
fi

say "ready: $(/usr/bin/chromium --version 2>/dev/null | head -1), axe-core $AXE_VERSION at $AXE_PREFIX"
