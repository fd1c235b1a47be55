-- Issue 19, point 3: what a tenant decides on.
--
-- A campus's postal address, edited by its managers. All three parts are optional (a campus spread over a park may
-- give only its town); a postcode is a Dutch one ("2333 CA"). address_demo marks an address the demo loader wrote
-- from the shipped data (the town only): pages label it so, and a manager's edit clears it.
ALTER TABLE campus
    ADD COLUMN street_address text CHECK (street_address IS NULL OR length(trim(street_address)) BETWEEN 1 AND 120),
    ADD COLUMN postcode       text CHECK (postcode IS NULL OR postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    ADD COLUMN address_town   text CHECK (address_town IS NULL OR length(trim(address_town)) BETWEEN 1 AND 80),
    ADD COLUMN address_demo   boolean NOT NULL DEFAULT false;

-- What a unit's rent per m² per year covers: the areas it is paid on (lab, office; an area not covered is let
-- separately) and whether service charges are included. The total rent per year is the rent per m² times the
-- covered area, so at least one covered area must exist. Existing units were quoted on lab + office, service
-- charges extra, as the product assumed until now.
CREATE DOMAIN rent_cover_set AS text[] NOT NULL DEFAULT '{lab,office}'
    CHECK (VALUE <@ ARRAY['lab', 'office', 'service_charges']::text[] AND VALUE && ARRAY['lab', 'office']::text[]);
ALTER TABLE unit ADD COLUMN rent_covers rent_cover_set;
ALTER TABLE unit ADD CONSTRAINT unit_rent_covers_an_area CHECK (
    ('lab' = ANY (rent_covers) AND lab_m2 > 0) OR ('office' = ANY (rent_covers) AND office_m2 > 0));
