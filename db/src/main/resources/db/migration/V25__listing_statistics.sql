-- Listing statistics (issue 19, point 9): how often something happened to a unit on a Dutch calendar day.
-- Only counts are kept. No visitor, IP address, user agent, cookie or account is stored: a page view is counted once
-- per visitor, unit and day by a keyed hash held in the application's memory only (ListingEvents, README
-- "Listing statistics"), and what reaches this table is the number. Proposals are counted from proposal_unit.
CREATE TABLE listing_event_day (
    unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    day     date NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('view', 'search-appearance', 'alert-sent', 'enquiry')),
    events  bigint NOT NULL CHECK (events > 0),
    PRIMARY KEY (unit_id, day, kind)
);
