-- What-if scenarios (issue 18 point 8): a fund manager's hypothetical buildings, and the results of solving the
-- market with and without them in a sandbox. Nothing here is supply: no run, search or figure reads these tables.

-- A saved scenario belongs to one account; others cannot read it.
CREATE TABLE scenario (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id   uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    seed       bigint NOT NULL CHECK (seed >= 0),
    -- Search steps of each of the two solves: a step limit, not a time, so a seed gives the same result anywhere.
    steps      int NOT NULL CHECK (steps BETWEEN 1 AND 1000000),
    version    int NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scenario_owner_idx ON scenario (owner_id, created_at);

-- One to three hypothetical buildings (or extensions of a campus) of a scenario. Either on an existing campus or at
-- a point; the regions are derived here from the campus or the point, as a campus's are.
CREATE TABLE scenario_building (
    scenario_id      uuid NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    position         int NOT NULL CHECK (position BETWEEN 1 AND 3),
    name             text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    campus_id        text REFERENCES campus (id),
    lat              double precision CHECK (lat BETWEEN -90 AND 90),
    lon              double precision CHECK (lon BETWEEN -180 AND 180),
    town             text,
    province_code    text NOT NULL REFERENCES region (code),
    corop_code       text NOT NULL REFERENCES region (code),
    rom_code         text NOT NULL REFERENCES region (code),
    lab_m2           int NOT NULL CHECK (lab_m2 >= 0),
    office_m2        int NOT NULL CHECK (office_m2 >= 0),
    -- The building is let as this many equal suites (units); each is lab and office in the building's proportion.
    suites           int NOT NULL CHECK (suites BETWEEN 1 AND 100),
    containment      containment_class,
    gmp              gmp_grade,
    features         lab_features,
    rent_per_m2_year numeric(8, 2) NOT NULL CHECK (rent_per_m2_year > 0),
    delivery_month   month_start NOT NULL,
    min_term_months  int NOT NULL DEFAULT 1 CHECK (min_term_months BETWEEN 1 AND 360),
    PRIMARY KEY (scenario_id, position),
    CHECK (lab_m2 + office_m2 > 0),
    CHECK (suites <= lab_m2 + office_m2),
    CHECK ((campus_id IS NULL) = (lat IS NOT NULL AND lon IS NOT NULL)),
    CHECK ((lat IS NULL) = (lon IS NULL))
);

CREATE FUNCTION scenario_building_regions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p geography;
BEGIN
    IF NEW.campus_id IS NOT NULL THEN
        SELECT province_code, corop_code, rom_code INTO NEW.province_code, NEW.corop_code, NEW.rom_code
          FROM campus WHERE id = NEW.campus_id;
    ELSE
        p := ST_SetSRID(ST_MakePoint(NEW.lon, NEW.lat), 4326)::geography;
        NEW.province_code := region_of(p, 'province');
        NEW.corop_code := region_of(p, 'corop');
        NEW.rom_code := region_of(p, 'rom');
        IF NEW.province_code IS NULL OR NEW.corop_code IS NULL OR NEW.rom_code IS NULL THEN
            RAISE EXCEPTION 'building at %,% lies outside the Netherlands', NEW.lat, NEW.lon
                USING ERRCODE = 'check_violation', COLUMN = 'lat';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER scenario_building_regions BEFORE INSERT OR UPDATE ON scenario_building
    FOR EACH ROW EXECUTE FUNCTION scenario_building_regions();

-- One run of a scenario on the market of its day: kept with that date, so a re-run on a later market adds a result
-- rather than replacing one. cells holds the result's figures before disclosure (value, distinct companies, and
-- their ids when fewer than 3), so that the disclosure rule is applied whenever a result is read.
CREATE TABLE scenario_result (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    scenario_id   uuid NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    scenario_version int NOT NULL,
    seed          bigint NOT NULL,
    steps         int NOT NULL,
    status        text NOT NULL DEFAULT 'solving'
                  CHECK (status IN ('solving', 'finished', 'stopped', 'failed', 'interrupted')),
    phase         text NOT NULL DEFAULT 'reading'
                  CHECK (phase IN ('reading', 'baseline', 'scenario', 'results', 'done')),
    market_date   date NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    needs         int,
    units         int,
    cells         jsonb,
    error         text
);
-- One solving run per scenario at a time.
CREATE UNIQUE INDEX scenario_result_one_solving ON scenario_result (scenario_id) WHERE status = 'solving';
CREATE INDEX scenario_result_scenario_idx ON scenario_result (scenario_id, started_at DESC);
