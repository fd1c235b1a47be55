-- Saved searches and their alerts (issue 19, points 6 and 10).
--
-- What an alert reports is read from change logs written by triggers, so every writer (API, console, CSV import,
-- demo loader) is covered. Each change carries the id of the transaction that wrote it (xact). An alert run reads
-- only the changes of transactions that had ended when it started (xact below its horizon: the snapshot's xmax,
-- lowered to the oldest transaction of this database still running; SavedSearches.HORIZON) and moves its saved
-- search's watermark up to that horizon: a change that commits while an alert is computed belongs to a transaction
-- at or above the horizon and is read by the next run. A timestamp or a sequence taken before commit could fall
-- behind a watermark that a later-committed change already moved past, and the change would be lost.

-- What counts as a change of a unit an alert reports (a withdrawn unit is never reported):
--   published   a unit inserted as available or planned;
--   reopened    a withdrawn unit offered again;
--   changed     a change of area, class, features, availability, rent, terms, status or delivery month;
--   reconfirmed only its confirmation moved (confirmed_before keeps the previous day): reported only when the
--               unit had been hidden as stale (the app knows the freshness window), i.e. it is back in search.
-- A change of name alone is not reported.
CREATE TABLE unit_change (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id          uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    change           text NOT NULL CHECK (change IN ('published', 'reopened', 'changed', 'reconfirmed')),
    xact             bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    changed_on       date NOT NULL DEFAULT ((now() AT TIME ZONE 'Europe/Amsterdam')::date),
    confirmed_before date,
    CHECK ((change = 'reconfirmed') = (confirmed_before IS NOT NULL))
);
CREATE INDEX unit_change_xact_idx ON unit_change (xact, unit_id);

CREATE FUNCTION unit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind   text;
    before date;
BEGIN
    IF NEW.status = 'withdrawn' THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        kind := 'published';
    ELSIF OLD.status = 'withdrawn' THEN
        kind := 'reopened';
    ELSIF (NEW.lab_m2, NEW.office_m2, NEW.containment, NEW.gmp, NEW.features, NEW.available_from, NEW.available_until,
           NEW.rent_per_m2_year, NEW.min_term_months, NEW.max_term_months, NEW.status, NEW.delivery_month)
          IS DISTINCT FROM
          (OLD.lab_m2, OLD.office_m2, OLD.containment, OLD.gmp, OLD.features, OLD.available_from, OLD.available_until,
           OLD.rent_per_m2_year, OLD.min_term_months, OLD.max_term_months, OLD.status, OLD.delivery_month) THEN
        kind := 'changed';
    ELSIF NEW.last_confirmed > OLD.last_confirmed THEN
        kind := 'reconfirmed';
        before := OLD.last_confirmed;
    ELSE
        RETURN NULL;
    END IF;
    INSERT INTO unit_change (unit_id, change, confirmed_before) VALUES (NEW.id, kind, before);
    RETURN NULL;
END $$;
CREATE TRIGGER unit_change_log AFTER INSERT OR UPDATE ON unit FOR EACH ROW EXECUTE FUNCTION unit_log_change();

-- Needs, for campus managers' demand alerts: posted (inserted open), reopened (open again), changed (area, class,
-- move-in window, term or place while open). Needs that are not open are never reported.
CREATE TABLE need_change (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    change  text NOT NULL CHECK (change IN ('posted', 'reopened', 'changed')),
    xact    bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint)
);
CREATE INDEX need_change_xact_idx ON need_change (xact, need_id);

CREATE FUNCTION need_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text;
BEGIN
    IF NEW.status <> 'open' THEN
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        kind := 'posted';
    ELSIF OLD.status <> 'open' THEN
        kind := 'reopened';
    ELSIF (NEW.lab_m2, NEW.office_m2, NEW.containment, NEW.gmp, NEW.move_in_earliest, NEW.move_in_latest,
           NEW.term_months, NEW.near_location::text, NEW.near_max_km)
          IS DISTINCT FROM
          (OLD.lab_m2, OLD.office_m2, OLD.containment, OLD.gmp, OLD.move_in_earliest, OLD.move_in_latest,
           OLD.term_months, OLD.near_location::text, OLD.near_max_km) THEN
        kind := 'changed';
    ELSE
        RETURN NULL;
    END IF;
    INSERT INTO need_change (need_id, change) VALUES (NEW.id, kind);
    RETURN NULL;
END $$;
CREATE TRIGGER need_change_log AFTER INSERT OR UPDATE ON need FOR EACH ROW EXECUTE FUNCTION need_log_change();

-- A saved search of one account: the query string of GET /api/search/space (kind space, companies) or of
-- GET /api/search/demand (kind demand, campus managers), as the app validated and wrote it.
CREATE TABLE saved_search (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('space', 'demand')),
    name        text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    query       text NOT NULL CHECK (length(query) <= 2000),
    frequency   text NOT NULL CHECK (frequency IN ('instant', 'daily', 'weekly')),
    -- active, paused by its owner, or stopped from a mail's unsubscribe link (resumed like a pause).
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'unsubscribed')),
    -- Changes of transactions below this id are behind it: reported by an earlier alert, or older than the search.
    watermark   bigint NOT NULL,
    -- When the alert job next looks at it (an instant alert: at once).
    next_due_at timestamptz NOT NULL DEFAULT now(),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX saved_search_account_idx ON saved_search (account_id, created_at);
CREATE INDEX saved_search_due_idx ON saved_search (next_due_at) WHERE status = 'active';

-- One alert sent: every unit (or need) it listed, in the mail's order, however many (the mail shows the first 50
-- and links to a page with all of them).
CREATE TABLE alert (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    saved_search_id uuid NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    sent_at         timestamptz NOT NULL DEFAULT now(),
    from_xact       bigint NOT NULL,
    to_xact         bigint NOT NULL CHECK (to_xact >= from_xact),
    items           int NOT NULL CHECK (items > 0)
);
CREATE INDEX alert_search_idx ON alert (saved_search_id, sent_at DESC);

CREATE TABLE alert_item (
    alert_id uuid NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    position int NOT NULL CHECK (position >= 1),
    unit_id  uuid REFERENCES unit (id) ON DELETE CASCADE,
    need_id  uuid REFERENCES need (id) ON DELETE CASCADE,
    change   text NOT NULL,
    PRIMARY KEY (alert_id, position),
    CHECK ((unit_id IS NULL) <> (need_id IS NULL))
);
-- Listing statistics count alerts sent per unit.
CREATE INDEX alert_item_unit_idx ON alert_item (unit_id) WHERE unit_id IS NOT NULL;
