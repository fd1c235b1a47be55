#!/usr/bin/env bash
# The requests scripts/bench-insight.sh times, one "ACTOR PATH [ACCEPT]" per line (ACTOR "-" is anonymous, "fund" a
# fund manager following Utrecht, Noord-Holland and Zuid-Holland, "admin" everything). Every aggregate endpoint of
# the insight feature, at each level, and the pages that show them.
set -euo pipefail
cat <<'MIX'
- /api/insight/national
- /api/insight/figures?level=province
- /api/insight/figures.csv?level=province text/csv
fund /api/insight/figures?level=corop
fund /api/insight/figures?level=province&figure=demand-lab-m2
admin /api/insight/figures?level=rom
admin /api/insight/figures
fund /api/insight/regions?kind=province
fund /api/insight/regions?kind=corop
admin /api/insight/regions?kind=rom
fund /api/insight/regions/PV28
fund /api/insight/lost?kind=province
fund /api/insight/flows?level=province&stage=proposed
admin /api/insight/flows?level=corop&stage=accepted
fund /api/insight/trends?figure=unmet-m2&region=PV28&by=run
fund /api/insight/trends?figure=demand-lab-m2&region=PV28&by=month
- /market text/html
fund /console/fund text/html
fund /console/fund?level=corop&figure=unmet-m2 text/html
MIX
