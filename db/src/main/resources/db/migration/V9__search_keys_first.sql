-- Space search reads a page "keys first" (SpaceSearchQuery.page): the unit ids of the page come from one index
-- alone, and only those rows are read in full. The index of V8 lacked the unit id, so every candidate unit was
-- read from the table (10,000 pages for one province); with the id included, page keys and totals are
-- index-only scans. With the features too, a search for fume hoods in a province reads no table page either
-- (12 ms to 5 ms; the index grows from 11 to 20 MB at 100,000 units).
-- Not CONCURRENTLY (Flyway runs each migration in a transaction): it holds writes to unit for the few seconds
-- the build takes at 100,000 units.
CREATE INDEX unit_campus_listing_idx ON unit (campus_id, status, last_confirmed)
    INCLUDE (id, containment, gmp, lab_m2, office_m2, rent_per_m2_year, available_from, available_until, features);
DROP INDEX unit_campus_status_confirmed_idx;
-- Its one column leads the new index, which serves the same lookups (a campus's units, the foreign key).
DROP INDEX unit_campus_idx;
