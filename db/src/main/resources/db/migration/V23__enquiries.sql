-- Enquiries: a company asks a campus about one unit (optionally a viewing date), and the two sides write back and
-- forth in a thread that belongs to that unit and that company. A company with a confidential need may ask
-- anonymously: the campus then sees only the sector and size of that need until the company reveals itself.
CREATE TABLE enquiry (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    unit_id       uuid NOT NULL REFERENCES unit (id),
    company_id    uuid NOT NULL REFERENCES company (id),
    -- the account that asked: replies are mailed to it, in its language
    asked_by      uuid NOT NULL REFERENCES account (id),
    -- the confidential need an anonymous enquiry speaks for (its sector and size are what the campus sees)
    need_id       uuid REFERENCES need (id),
    anonymous     boolean NOT NULL DEFAULT false,
    revealed_at   timestamptz,
    viewing_date  date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT anonymous OR need_id IS NOT NULL),
    CHECK (revealed_at IS NULL OR anonymous)
);
CREATE INDEX enquiry_unit_idx ON enquiry (unit_id, created_at DESC);
CREATE INDEX enquiry_company_idx ON enquiry (company_id, created_at DESC);

-- The messages of a thread, in order; the first is the company's enquiry. read_at: when the other side opened it.
CREATE TABLE enquiry_message (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enquiry_id  uuid NOT NULL REFERENCES enquiry (id),
    side        text NOT NULL CHECK (side IN ('company', 'campus')),
    author_id   uuid NOT NULL REFERENCES account (id),
    body        text NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 4000),
    sent_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    read_at     timestamptz
);
CREATE INDEX enquiry_message_thread_idx ON enquiry_message (enquiry_id, id);
CREATE INDEX enquiry_message_unread_idx ON enquiry_message (enquiry_id, side) WHERE read_at IS NULL;
