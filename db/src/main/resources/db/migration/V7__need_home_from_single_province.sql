-- A need without a preferred point but with exactly one acceptable province belongs to that province (and its
-- ROM area) in regional figures; before, it counted only nationally and Randstad demand looked smaller than it is.
CREATE OR REPLACE FUNCTION need_assign_home_regions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    single_province text;
BEGIN
    IF NEW.near_location IS NOT NULL THEN
        NEW.home_province_code := region_of(NEW.near_location, 'province');
        NEW.home_corop_code := region_of(NEW.near_location, 'corop');
        NEW.home_rom_code := region_of(NEW.near_location, 'rom');
    ELSE
        SELECT min(province_code) INTO single_province
          FROM need_province WHERE need_id = NEW.id HAVING count(*) = 1;
        NEW.home_province_code := single_province;
        NEW.home_corop_code := NULL;
        NEW.home_rom_code := (SELECT rom_code FROM region WHERE code = single_province);
    END IF;
    RETURN NEW;
END $$;

-- Provinces are written after their need, so a change to them re-derives the need's home region.
CREATE FUNCTION need_province_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE need SET near_location = near_location
     WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.need_id ELSE NEW.need_id END AND near_location IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER need_province_home AFTER INSERT OR DELETE ON need_province
    FOR EACH ROW EXECUTE FUNCTION need_province_changed();

UPDATE need SET near_location = near_location WHERE near_location IS NULL;
