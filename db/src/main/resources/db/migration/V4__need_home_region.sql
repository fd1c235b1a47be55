-- Where demand comes from: the regions holding a need's preferred point, derived in the database like a campus's.
-- A need without a preferred point has no home region and counts only in national figures.
ALTER TABLE need
    ADD COLUMN home_province_code text REFERENCES region (code),
    ADD COLUMN home_corop_code    text REFERENCES region (code),
    ADD COLUMN home_rom_code      text REFERENCES region (code);

CREATE FUNCTION need_assign_home_regions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.near_location IS NULL THEN
        NEW.home_province_code := NULL;
        NEW.home_corop_code := NULL;
        NEW.home_rom_code := NULL;
    ELSE
        NEW.home_province_code := region_of(NEW.near_location, 'province');
        NEW.home_corop_code := region_of(NEW.near_location, 'corop');
        NEW.home_rom_code := region_of(NEW.near_location, 'rom');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER need_home_regions BEFORE INSERT OR UPDATE ON need
    FOR EACH ROW EXECUTE FUNCTION need_assign_home_regions();

UPDATE need SET near_location = near_location;

CREATE INDEX need_home_province_idx ON need (home_province_code);
CREATE INDEX need_home_corop_idx ON need (home_corop_code);
CREATE INDEX need_home_rom_idx ON need (home_rom_code);
