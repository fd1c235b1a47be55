#!/usr/bin/env bash
# The requests scripts/bench-insight.sh times, one "ACTOR PATH [ACCEPT]" per line (ACTOR "-" is anonymous, "fund" a
# fund manager following Utrecht, Noord-Holland and Zuid-Holland, "admin" everything).
set -euo pipefail
cat <<'MIX'
- /api/insight/national
fund /api/insight/regions?kind=province
fund /api/insight/regions?kind=corop
admin /api/insight/regions?kind=rom
fund /api/insight/lost?kind=province
MIX
