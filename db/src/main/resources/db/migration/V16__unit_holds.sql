-- Held months: a unit is held by a lease, or by an accepted proposal until its campus confirms it (then its lease
-- holds instead) or it leaves 'accepted' (declined by the campus, voided). One exclusion constraint over all holds
-- makes the database refuse a second accept of overlapping months on one unit, and an accept of leased months, as
-- lease_no_overlap refuses two leases. Triggers keep the holds in step with leases and proposals, whoever writes them.
CREATE TABLE unit_hold (
    unit_id     uuid NOT NULL REFERENCES unit (id),
    period      daterange NOT NULL,
    lease_id    uuid UNIQUE REFERENCES lease (id) ON DELETE CASCADE,
    proposal_id uuid REFERENCES proposal (id),
    CHECK ((lease_id IS NULL) <> (proposal_id IS NULL)),
    UNIQUE (proposal_id, unit_id),
    CONSTRAINT unit_hold_no_overlap EXCLUDE USING gist (unit_id WITH =, period WITH &&)
);
CREATE INDEX unit_hold_proposal_idx ON unit_hold (proposal_id) WHERE proposal_id IS NOT NULL;

-- The months of a proposal's term, as a lease's period is written.
CREATE FUNCTION proposal_period(start_month date, term_months int) RETURNS daterange LANGUAGE sql IMMUTABLE AS $$
    SELECT daterange(start_month, (start_month + make_interval(months => term_months))::date)
$$;

INSERT INTO unit_hold (unit_id, period, lease_id) SELECT unit_id, period, id FROM lease;

-- Accepted proposals that overlap a lease or an earlier accepted one could never both become leases: the earlier
-- acceptance keeps its hold, the later is voided with the reason.
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT id, start_month, term_months FROM proposal WHERE status = 'accepted'
             ORDER BY decided_at NULLS LAST, created_at, id LOOP
        IF EXISTS (SELECT 1 FROM proposal_unit pu JOIN unit_hold h ON h.unit_id = pu.unit_id
                   WHERE pu.proposal_id = p.id AND h.period && proposal_period(p.start_month, p.term_months)) THEN
            UPDATE proposal SET status = 'void',
                   status_reason = 'another acceptance or a lease already held one of its units in some of those months'
             WHERE id = p.id;
        ELSE
            INSERT INTO unit_hold (unit_id, period, proposal_id)
            SELECT unit_id, proposal_period(p.start_month, p.term_months), p.id FROM proposal_unit WHERE proposal_id = p.id;
        END IF;
    END LOOP;
END $$;

-- A lease holds its unit; a lease made by confirming a proposal takes over that proposal's hold of the unit.
CREATE FUNCTION lease_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        DELETE FROM unit_hold WHERE proposal_id = NEW.proposal_id AND unit_id = NEW.unit_id;
        INSERT INTO unit_hold (unit_id, period, lease_id) VALUES (NEW.unit_id, NEW.period, NEW.id);
    ELSE
        UPDATE unit_hold SET unit_id = NEW.unit_id, period = NEW.period WHERE lease_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER lease_holds_unit AFTER INSERT OR UPDATE OF unit_id, first_month, last_month ON lease
    FOR EACH ROW EXECUTE FUNCTION lease_hold();

-- A proposal holds its units while it is accepted.
CREATE FUNCTION proposal_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'accepted' AND OLD.status <> 'accepted' THEN
        INSERT INTO unit_hold (unit_id, period, proposal_id)
        SELECT unit_id, proposal_period(NEW.start_month, NEW.term_months), NEW.id FROM proposal_unit WHERE proposal_id = NEW.id;
    ELSIF OLD.status = 'accepted' AND NEW.status <> 'accepted' THEN
        DELETE FROM unit_hold WHERE proposal_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER proposal_holds_units AFTER UPDATE OF status ON proposal
    FOR EACH ROW EXECUTE FUNCTION proposal_hold();

-- A unit added to a proposal that is already accepted (written so by hand or by a script) holds at once.
CREATE FUNCTION proposal_unit_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO unit_hold (unit_id, period, proposal_id)
    SELECT NEW.unit_id, proposal_period(p.start_month, p.term_months), p.id FROM proposal p
     WHERE p.id = NEW.proposal_id AND p.status = 'accepted';
    RETURN NULL;
END $$;
CREATE TRIGGER proposal_unit_holds AFTER INSERT ON proposal_unit
    FOR EACH ROW EXECUTE FUNCTION proposal_unit_hold();

-- An accepted proposal whose need or unit changed since the run can no longer be confirmed (the two sides agreed on
-- what the run read): it becomes void with the reason, which ends its hold, and its need may be proposed again.
-- Left accepted, it would hold the unit for nobody, and a later run would keep a match its need may no longer fit.
-- Confirming marks the need matched itself: that is no change of what was agreed.
CREATE FUNCTION need_change_voids_acceptance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> 'matched' AND (NEW.version <> OLD.version OR NEW.status <> OLD.status) THEN
        UPDATE proposal SET status = 'void',
               status_reason = CASE WHEN NEW.status = 'open' THEN 'the need was edited after the run'
                                    ELSE 'the need is ' || NEW.status END
         WHERE need_id = NEW.id AND status = 'accepted';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER need_change_voids_acceptance AFTER UPDATE OF version, status ON need
    FOR EACH ROW EXECUTE FUNCTION need_change_voids_acceptance();

CREATE FUNCTION unit_change_voids_acceptance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <> OLD.version OR NEW.status <> OLD.status THEN
        UPDATE proposal SET status = 'void',
               status_reason = format(CASE WHEN NEW.status = 'withdrawn' THEN 'unit %s (''%s'') was withdrawn'
                                           ELSE 'unit %s (''%s'') was edited after the run' END, NEW.id, NEW.name)
         WHERE status = 'accepted' AND id IN (SELECT proposal_id FROM proposal_unit WHERE unit_id = NEW.id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER unit_change_voids_acceptance AFTER UPDATE OF version, status ON unit
    FOR EACH ROW EXECUTE FUNCTION unit_change_voids_acceptance();
