-- Rule 2b (MATCHING.md): a need's areas are the least it asks; max_m2 bounds the total area (lab + office) of the
-- units it may get. NULL = the company gave none; the app then applies its documented default when it builds the
-- matching problem, so "not given" stays visible.
ALTER TABLE need ADD COLUMN max_m2 int;
ALTER TABLE need ADD CONSTRAINT need_max_m2_covers_areas CHECK (max_m2 IS NULL OR max_m2 >= lab_m2 + office_m2);
