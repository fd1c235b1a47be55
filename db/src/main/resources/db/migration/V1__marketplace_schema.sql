-- Labspace NL core schema: regions, campuses, units, companies, needs and leases.
-- Extensions need a superuser; scripts/provision-db.sh creates them. These lines are no-ops when they exist.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A month is stored as its first day, so month arithmetic stays plain date arithmetic.
CREATE DOMAIN month_start AS date CHECK (extract(day FROM VALUE) = 1);

-- Ladders: a unit of a higher rung may host a need that asks for a lower one (MATCHING.md).
CREATE FUNCTION containment_rank(c text) RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE c WHEN 'none' THEN 0 WHEN 'ML-I' THEN 1 WHEN 'ML-II' THEN 2 WHEN 'ML-III' THEN 3 END
$$;
CREATE FUNCTION gmp_rank(g text) RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE g WHEN 'none' THEN 0 WHEN 'D' THEN 1 WHEN 'C' THEN 2 WHEN 'B' THEN 3 WHEN 'A' THEN 4 END
$$;

CREATE DOMAIN containment_class AS text NOT NULL DEFAULT 'none' CHECK (containment_rank(VALUE) IS NOT NULL);
CREATE DOMAIN gmp_grade AS text NOT NULL DEFAULT 'none' CHECK (gmp_rank(VALUE) IS NOT NULL);
-- The features a need may require (DOMAIN.md); a new one needs a migration that replaces this domain's check.
CREATE DOMAIN lab_features AS text[] NOT NULL DEFAULT '{}' CHECK (VALUE <@ ARRAY[
    'fume-hood', 'biosafety-cabinet', 'lab-gases', 'cold-storage', 'high-floor-load',
    '24-7-access', 'loading-dock', 'autoclave', 'environmental-permit']::text[]);
CREATE DOMAIN sector_code AS text CHECK (VALUE IN (
    'drug-discovery', 'cell-gene-therapy', 'vaccines', 'diagnostics', 'medtech', 'health-innovation',
    'industrial-biotech', 'food-nutrition', 'oncology', 'regenerative-medicine'));

-- CBS 2024 provinces (PV20..PV31), COROP regions (CR01..CR40) and ROM areas (unions of provinces).
CREATE TABLE region (
    code          text PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('province', 'corop', 'rom')),
    name          text NOT NULL,
    province_code text,            -- provinces and COROP regions: the province they lie in
    rom_code      text,            -- provinces and COROP regions: the ROM area they belong to
    geom          geometry(MultiPolygon, 4326) NOT NULL,
    UNIQUE (code, kind)
);
CREATE INDEX region_geom_idx ON region USING gist (geom);

-- The region of one kind that holds a point. Boundaries are generalised (about 100 m), so a point just
-- outside every region falls back to the nearest one within 2 km rather than to none.
CREATE FUNCTION region_of(p geography, region_kind text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT code FROM (
        (SELECT code, 0 AS pass FROM region
          WHERE kind = region_kind AND ST_Contains(geom, p::geometry) LIMIT 1)
        UNION ALL
        (SELECT code, 1 FROM region
          WHERE kind = region_kind AND ST_DWithin(geom::geography, p, 2000)
          ORDER BY ST_Distance(geom::geography, p) LIMIT 1)
    ) hit ORDER BY pass LIMIT 1
$$;

CREATE TABLE campus (
    id                text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name              text NOT NULL CHECK (length(trim(name)) > 0),
    city              text NOT NULL,
    location          geography(Point, 4326) NOT NULL,
    -- Derived from location by campus_assign_regions(); whatever a client sends here is overwritten.
    province_code     text NOT NULL REFERENCES region (code),
    corop_code        text NOT NULL REFERENCES region (code),
    rom_code          text NOT NULL REFERENCES region (code),
    focus             text[] NOT NULL DEFAULT '{}',
    shared_facilities text[] NOT NULL DEFAULT '{}',
    website           text,
    contact_email     text,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campus_location_idx ON campus USING gist (location);
CREATE INDEX campus_province_idx ON campus (province_code);
CREATE INDEX campus_corop_idx ON campus (corop_code);
CREATE INDEX campus_rom_idx ON campus (rom_code);

CREATE FUNCTION campus_assign_regions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.province_code := region_of(NEW.location, 'province');
    NEW.corop_code := region_of(NEW.location, 'corop');
    NEW.rom_code := region_of(NEW.location, 'rom');
    IF NEW.province_code IS NULL OR NEW.corop_code IS NULL OR NEW.rom_code IS NULL THEN
        RAISE EXCEPTION 'campus % at % lies outside the Netherlands', NEW.id, ST_AsText(NEW.location)
            USING ERRCODE = 'check_violation', COLUMN = 'location';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER campus_regions BEFORE INSERT OR UPDATE ON campus
    FOR EACH ROW EXECUTE FUNCTION campus_assign_regions();

CREATE TABLE unit (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campus_id        text NOT NULL REFERENCES campus (id),
    name             text NOT NULL CHECK (length(trim(name)) > 0),
    lab_m2           int NOT NULL CHECK (lab_m2 >= 0),
    office_m2        int NOT NULL CHECK (office_m2 >= 0),
    containment      containment_class,
    gmp              gmp_grade,
    features         lab_features,
    available_from   month_start NOT NULL,
    available_until  month_start,
    rent_per_m2_year numeric(8, 2) NOT NULL CHECK (rent_per_m2_year > 0),
    min_term_months  int NOT NULL DEFAULT 1 CHECK (min_term_months >= 1),
    max_term_months  int,
    status           text NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'planned', 'withdrawn')),
    -- Pipeline space: the month a planned building delivers this unit.
    delivery_month   month_start,
    last_confirmed   date NOT NULL DEFAULT current_date,
    version          int NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (lab_m2 + office_m2 > 0),
    CHECK (available_until IS NULL OR available_until >= available_from),
    CHECK (max_term_months IS NULL OR max_term_months >= min_term_months),
    CHECK (status <> 'planned' OR delivery_month IS NOT NULL),
    CHECK (delivery_month IS NULL OR delivery_month <= available_from)
);
CREATE INDEX unit_campus_idx ON unit (campus_id);

CREATE TABLE company (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL CHECK (length(trim(name)) > 0),
    sector     sector_code,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE need (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    company_id           uuid NOT NULL REFERENCES company (id),
    title                text NOT NULL CHECK (length(trim(title)) > 0),
    lab_m2               int NOT NULL CHECK (lab_m2 >= 0),
    office_m2            int NOT NULL CHECK (office_m2 >= 0),
    containment          containment_class,
    gmp                  gmp_grade,
    features             lab_features,
    move_in_earliest     month_start NOT NULL,
    move_in_latest       month_start NOT NULL,
    term_months          int NOT NULL CHECK (term_months BETWEEN 1 AND 360),
    max_rent_per_m2_year numeric(8, 2) CHECK (max_rent_per_m2_year > 0),
    max_units            int NOT NULL DEFAULT 3 CHECK (max_units BETWEEN 1 AND 10),
    near_location        geography(Point, 4326),
    near_max_km          numeric(6, 1) CHECK (near_max_km > 0),
    sector               sector_code,
    -- Confidential needs are shown to campuses only as an anonymous requirement.
    confidential         boolean NOT NULL DEFAULT false,
    status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'withdrawn')),
    version              int NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (lab_m2 + office_m2 > 0),
    CHECK (move_in_latest >= move_in_earliest),
    CHECK ((near_location IS NULL) = (near_max_km IS NULL))
);
CREATE INDEX need_company_idx ON need (company_id);

-- Acceptable provinces of a need; the constant kind column lets the foreign key accept provinces only.
CREATE TABLE need_province (
    need_id       uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    province_code text NOT NULL,
    region_kind   text NOT NULL DEFAULT 'province' CHECK (region_kind = 'province'),
    PRIMARY KEY (need_id, province_code),
    FOREIGN KEY (province_code, region_kind) REFERENCES region (code, kind)
);

-- A lease occupies a unit for whole months [first_month, last_month]. The exclusion constraint makes the
-- database itself refuse two leases of one unit whose periods overlap, whatever the application does.
CREATE TABLE lease (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    unit_id     uuid NOT NULL REFERENCES unit (id),
    need_id     uuid REFERENCES need (id),     -- null for a lease made outside the marketplace
    first_month month_start NOT NULL,
    last_month  month_start NOT NULL CHECK (last_month >= first_month),
    period      daterange GENERATED ALWAYS AS (daterange(first_month, (last_month + interval '1 month')::date)) STORED,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT lease_no_overlap EXCLUDE USING gist (unit_id WITH =, period WITH &&)
);
