-- Indexes for space and demand search (GET /api/search/space, /api/search/demand); checked with EXPLAIN on the
-- 100,000-unit / 50,000-need benchmark market (scripts/bench-search.sh, BENCHMARKS.md "Search").

-- Space search always asks for listed (available/planned) units confirmed recently.
CREATE INDEX unit_status_confirmed_idx ON unit (status, last_confirmed);

-- Demand search always reads open needs; near + radius reads need points.
CREATE INDEX need_open_idx ON need (status);
CREATE INDEX need_near_location_idx ON need USING gist (near_location);
