-- Search indexes tuned on the 100,000-unit / 50,000-need benchmark market (scripts/bench-search.sh,
-- BENCHMARKS.md "Search"). V5 had landed, so its first choices are replaced here rather than edited there.
DROP INDEX IF EXISTS need_open_idx;
DROP INDEX IF EXISTS need_near_location_idx;

-- The ladder functions of V1 are STRICT, and PostgreSQL never inlines a STRICT SQL function whose body it cannot
-- prove strict (a CASE): every row paid a function call, half the time of a region search. Without STRICT they
-- inline to their CASE; the answer is the same (null for null: no CASE branch matches null).
CREATE OR REPLACE FUNCTION containment_rank(c text) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE c WHEN 'none' THEN 0 WHEN 'ML-I' THEN 1 WHEN 'ML-II' THEN 2 WHEN 'ML-III' THEN 3 END
$$;
CREATE OR REPLACE FUNCTION gmp_rank(g text) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE g WHEN 'none' THEN 0 WHEN 'D' THEN 1 WHEN 'C' THEN 2 WHEN 'B' THEN 3 WHEN 'A' THEN 4 END
$$;

-- Space search by region or around a point finds the campuses first (campus_*_idx, campus_location_idx), then
-- their listed, fresh units: one index range per campus. The included columns let the total of a search with
-- ladder, area, month or rent filters come from the index alone (index-only scan), without reading the table.
CREATE INDEX unit_campus_status_confirmed_idx ON unit (campus_id, status, last_confirmed)
    INCLUDE (containment, gmp, lab_m2, office_m2, rent_per_m2_year, available_from, available_until);
-- Without a place, the total of the whole country's listed, fresh units uses unit_status_confirmed_idx (V5).
-- The first page in the two listing orders walks one of these and stops after a page of matches: a wide
-- search (the whole country, a province) never sorts all its units.
CREATE INDEX unit_available_rent_idx ON unit (rent_per_m2_year, lab_m2 DESC, id) WHERE status = 'available';
CREATE INDEX unit_available_size_idx ON unit (lab_m2 DESC, rent_per_m2_year, id) WHERE status = 'available';

-- Demand around a point: open need points within the radius.
CREATE INDEX need_near_location_idx ON need USING gist (near_location) WHERE status = 'open';
-- Demand without a place, in its default order (move-in): the first page walks this index and stops.
CREATE INDEX need_open_move_in_idx ON need (move_in_earliest, id) WHERE status = 'open';

-- A search answers in milliseconds; starting parallel workers for it took longer (20 ms) than the whole scan on
-- the two cores we run on. These tables are read in small pieces: no parallel scans of them.
ALTER TABLE unit SET (parallel_workers = 0);
ALTER TABLE need SET (parallel_workers = 0);

-- The working set lives in memory (or on SSD), where a random page costs about as much as a sequential one; at
-- the default 4 the planner read every fresh unit of the country for a one-province search rather than going
-- campus by campus. Set for this database only (the role owns it), so other databases keep their own setting.
DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database()); END $$;
