-- Benchmark market for search (scripts/bench-search.sh): 1,000 campuses, 100,000 units, 5,000 companies and
-- 50,000 needs, spread over the provinces roughly like Dutch life-sciences activity (Randstad and Brabant heavy).
-- Deterministic: points come from ST_GeneratePoints with fixed seeds and every other value from setseed'ed random(),
-- drawn in generate_series order. Dates are relative to the day of the run (freshness is measured against today).
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.20261123);

-- Campuses: random points inside each province, so the triggers derive the same regions every run.
CREATE TEMP TABLE bench_share (province text PRIMARY KEY, campuses int, seed int) ON COMMIT DROP;
INSERT INTO bench_share VALUES ('PV28', 200, 1), ('PV27', 170, 2), ('PV26', 120, 3), ('PV30', 140, 4), ('PV25', 100, 5),
    ('PV31', 60, 6), ('PV23', 50, 7), ('PV20', 40, 8), ('PV24', 30, 9), ('PV21', 30, 10), ('PV22', 25, 11), ('PV29', 35, 12);
INSERT INTO campus (id, name, city, location)
SELECT format('bench-%s-%s', lower(s.province), lpad(d.path[1]::text, 3, '0')),
       format('Bench campus %s %s', s.province, d.path[1]), r.name, d.geom::geography
FROM bench_share s JOIN region r ON r.code = s.province
CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(r.geom, s.campuses, s.seed)) d
ORDER BY s.province, d.path[1];

CREATE TEMP TABLE bench_campus ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM campus WHERE id LIKE 'bench-%';

-- Units: 100 per campus on average; 85% available, 10% planned, 5% withdrawn; last confirmed 0..120 days ago,
-- so about half are fresh under the default 60-day window.
INSERT INTO unit (campus_id, name, lab_m2, office_m2, containment, gmp, features, available_from, available_until,
                  rent_per_m2_year, status, delivery_month, last_confirmed)
SELECT c.id, 'Unit ' || g, u.lab, (u.lab * (0.3 + 0.5 * random()))::int + 20,
       CASE WHEN u.r1 < 0.30 THEN 'none' WHEN u.r1 < 0.65 THEN 'ML-I' WHEN u.r1 < 0.93 THEN 'ML-II' ELSE 'ML-III' END,
       CASE WHEN u.r2 < 0.85 THEN 'none' WHEN u.r2 < 0.90 THEN 'D' WHEN u.r2 < 0.95 THEN 'C' WHEN u.r2 < 0.98 THEN 'B' ELSE 'A' END,
       ARRAY(SELECT f FROM unnest(ARRAY['fume-hood', 'biosafety-cabinet', 'lab-gases', 'cold-storage', 'high-floor-load',
               '24-7-access', 'loading-dock', 'autoclave', 'environmental-permit']) WITH ORDINALITY AS x(f, i)
             WHERE random() < CASE WHEN i <= 3 THEN 0.6 ELSE 0.25 END + 0 * g),
       u.from_month, CASE WHEN random() < 0.2 THEN (u.from_month + interval '24 months')::date END,
       (150 + 300 * random())::numeric(8, 2),
       u.status, CASE WHEN u.status = 'planned' THEN u.from_month END,
       current_date - (random() * 120)::int
FROM generate_series(1, 100000) g
CROSS JOIN LATERAL (
    SELECT (25 * exp(random() * 4.8))::int AS lab, random() AS r1, random() AS r2,
           (date_trunc('month', current_date) + make_interval(months => (random() * 18)::int))::date AS from_month,
           CASE WHEN random() < 0.85 THEN 'available' WHEN random() < 0.67 THEN 'planned' ELSE 'withdrawn' END AS status,
           1 + (random() * 999)::int AS campus_n, g AS gg
) u
JOIN bench_campus c ON c.n = u.campus_n;

INSERT INTO company (id, name, sector)
SELECT md5('bench-company-' || g)::uuid, 'Bench Company ' || g,
       (ARRAY['drug-discovery', 'cell-gene-therapy', 'vaccines', 'diagnostics', 'medtech', 'health-innovation',
              'industrial-biotech', 'food-nutrition', 'oncology', 'regenerative-medicine'])[1 + g % 10]
FROM generate_series(1, 5000) g;

-- Needs: 85% with a preferred point (anywhere in the country), 80% open, 20% confidential.
CREATE TEMP TABLE bench_point ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY d.path[1]) AS n, d.geom
FROM ST_Dump(ST_GeneratePoints((SELECT ST_Union(geom) FROM region WHERE kind = 'province'), 50000, 42)) d;

INSERT INTO need (company_id, title, lab_m2, office_m2, containment, gmp, move_in_earliest, move_in_latest,
                  term_months, near_location, near_max_km, sector, confidential, status)
SELECT md5('bench-company-' || (1 + (random() * 4999)::int))::uuid, 'Bench need ' || g, n.lab, (n.lab * 0.6)::int + 10,
       CASE WHEN n.r1 < 0.35 THEN 'none' WHEN n.r1 < 0.70 THEN 'ML-I' WHEN n.r1 < 0.95 THEN 'ML-II' ELSE 'ML-III' END,
       CASE WHEN n.r2 < 0.90 THEN 'none' WHEN n.r2 < 0.95 THEN 'D' WHEN n.r2 < 0.98 THEN 'C' ELSE 'B' END,
       n.earliest, (n.earliest + make_interval(months => (random() * 9)::int))::date, 12 + (random() * 108)::int,
       CASE WHEN n.has_point THEN p.geom::geography END, CASE WHEN n.has_point THEN 10 + (random() * 70)::int END,
       (ARRAY['drug-discovery', 'cell-gene-therapy', 'vaccines', 'diagnostics', 'medtech', 'health-innovation',
              'industrial-biotech', 'food-nutrition', 'oncology', 'regenerative-medicine'])[1 + (random() * 9)::int],
       random() < 0.2, CASE WHEN random() < 0.8 THEN 'open' WHEN random() < 0.5 THEN 'matched' ELSE 'withdrawn' END
FROM generate_series(1, 50000) g
CROSS JOIN LATERAL (
    SELECT (25 * exp(random() * 4.5))::int AS lab, random() AS r1, random() AS r2, random() < 0.85 AS has_point,
           (date_trunc('month', current_date) + make_interval(months => (random() * 24)::int))::date AS earliest, g AS gg
) n
JOIN bench_point p ON p.n = g;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM campus) AS campuses, (SELECT count(*) FROM unit) AS units,
       (SELECT count(*) FROM need) AS needs, (SELECT count(*) FROM need WHERE near_location IS NULL) AS needs_without_point;
