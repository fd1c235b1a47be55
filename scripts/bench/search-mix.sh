#!/usr/bin/env bash
# Prints the benchmark's request mix (one "ACTOR PATH [ACCEPT]" per line): what people search for most, space
# by region and around a point with ladders, sorts and pages, some GeoJSON maps, and demand for an admin and a
# regional fund manager. Deterministic: the same 76 lines every run; months are relative to the current month.
set -euo pipefail
m() { date -d "$(date +%Y-%m-01) +$1 month" +%Y-%m; }
regions=(PV28 PV27 PV26 PV30 CR25 CR17 CR23 IQ ROMUR BOM)
points=(52.1664,4.4817 52.3560,4.9540 52.0855,5.1730 51.4416,5.4697 53.2194,6.5665 51.8126,5.8372 50.8514,5.6910 52.2215,6.8937)
radii=(5 10 25 50)
for i in 0 1 2 3 4 5 6 7; do
    r=${regions[$i]}; p=${points[$i]}; k=${radii[$((i % 4))]}
    echo "- /api/search/space?region=$r"
    echo "- /api/search/space?region=$r&page=$((1 + i % 3))"
    echo "- /api/search/space?near=$p&withinKm=$k&sort=distance"
    echo "- /api/search/space?region=$r&containment=ML-II&sort=size"
    echo "- /api/search/space?near=$p&withinKm=$((k * 2))&gmp=C"
    echo "- /api/search/space?region=$r&features=fume-hood,biosafety-cabinet&minLabM2=200"
    echo "- /api/search/space?region=$r&availableBy=$(m 3)&maxRent=300&includePipeline=true"
done
echo "- /api/search/space"
echo "- /api/search/space?page=5&sort=size"
echo "- /api/search/space?near=${points[0]}&withinKm=25&format=geojson&size=100"
echo "- /api/search/space?region=PV27&size=100 application/geo+json"
for i in 0 1 2 3; do
    r=${regions[$((i + 4))]}; p=${points[$i]}
    echo "admin /api/search/demand?region=$r"
    echo "admin /api/search/demand?near=$p&withinKm=25&sort=distance"
    echo "admin /api/search/demand?region=${regions[$i]}&containment=ML-II&minLabM2=300"
done
echo "admin /api/search/demand?region=PV28&moveInFrom=$(m 3)&moveInTo=$(m 6)"
echo "admin /api/search/demand?region=PV26&format=geojson&size=100"
echo "fund /api/search/demand"
echo "fund /api/search/demand?sort=size&page=2"
