#!/usr/bin/env python3
# Usage: scripts/bench/bound-instance.py IN.json OUT.json (BENCHMARKS.md, "With the size rule").
# Adds the marketplace's default size bound (rule 2b) to every need without one: max(ceil(1.5*total), total+50),
# never below the area of the need's fixed (accepted) match.
import json, sys
d = json.load(open(sys.argv[1]))
units = {u['id']: u['labM2'] + u['officeM2'] for u in d['units']}
fixed = {f['need']: sum(units[u] for u in f['units']) for f in d.get('fixed', [])}
for n in d['needs']:
    if n.get('maxM2') is None:
        t = n['labM2'] + n['officeM2']
        n['maxM2'] = max((3 * t + 1) // 2, t + 50, fixed.get(n['id'], 0))
d['name'] = d['name'] + '-bounded'
json.dump(d, open(sys.argv[2], 'w'), indent=1)
