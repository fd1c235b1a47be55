-- Matching in the marketplace: runs of the engine, the proposals they make, and the leases that confirmed
-- proposals become.

-- One run of the matching engine over the whole country or a set of regions. The exact input it solved
-- (a labspace-matching/1 snapshot) and its solution are kept, so anyone can check the run offline.
CREATE TABLE matching_run (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- 'national', or the sorted region codes joined by ',': one run at a time per scope (index below).
    scope_key        text NOT NULL CHECK (length(scope_key) BETWEEN 1 AND 2000),
    region_codes     text[] NOT NULL DEFAULT '{}',
    budget_seconds   int NOT NULL CHECK (budget_seconds BETWEEN 1 AND 3600),
    seed             bigint NOT NULL,
    started_by       text NOT NULL,
    status           text NOT NULL DEFAULT 'solving'
                     CHECK (status IN ('solving', 'finished', 'stopped', 'failed', 'interrupted')),
    phase            text NOT NULL DEFAULT 'preparing'
                     CHECK (phase IN ('preparing', 'solving', 'writing', 'done')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    solving_at       timestamptz,
    finished_at      timestamptz,
    total_needs      int,
    matched_needs    int,
    asked_m2         bigint,
    served_m2        bigint,
    unserved_m2      bigint,
    proposals        int,
    -- Published figures of the run per province of the needs' home: needs matched / total, m² served / asked.
    per_province     jsonb,
    snapshot         jsonb,
    solution         jsonb,
    error            text
);
CREATE UNIQUE INDEX matching_run_one_active_per_scope ON matching_run (scope_key) WHERE status = 'solving';
CREATE INDEX matching_run_recent_idx ON matching_run (created_at DESC);

-- What a run proposes for one need: units on one campus from a start month ('open' until the company answers),
-- or, for a need it could not serve, the reason and alternatives ('unmatched'). Never deleted: a later run's
-- proposal for the same need marks an earlier open one 'superseded'.
CREATE TABLE proposal (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    run_id          uuid NOT NULL REFERENCES matching_run (id),
    need_id         uuid NOT NULL REFERENCES need (id),
    campus_id       text REFERENCES campus (id),
    start_month     month_start,
    term_months     int CHECK (term_months BETWEEN 1 AND 360),
    status          text NOT NULL CHECK (status IN ('open', 'unmatched', 'accepted', 'declined', 'confirmed',
                                                    'campus-declined', 'superseded', 'void')),
    -- The need's version when the run read it: a need edited since cannot accept this proposal.
    need_version    int NOT NULL,
    explanation     jsonb NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    decided_at      timestamptz,
    decided_by      text,
    confirmed_at    timestamptz,
    confirmed_by    text,
    status_reason   text,
    CHECK ((status = 'unmatched') = (campus_id IS NULL)),
    CHECK ((campus_id IS NULL) = (start_month IS NULL) AND (start_month IS NULL) = (term_months IS NULL))
);
CREATE INDEX proposal_need_idx ON proposal (need_id, created_at DESC);
CREATE INDEX proposal_run_idx ON proposal (run_id);
CREATE INDEX proposal_live_idx ON proposal (status) WHERE status IN ('open', 'accepted');

-- The units of a proposal, with each unit's version when the run read it (an edited unit voids acceptance).
CREATE TABLE proposal_unit (
    proposal_id  uuid NOT NULL REFERENCES proposal (id),
    unit_id      uuid NOT NULL REFERENCES unit (id),
    unit_version int NOT NULL,
    PRIMARY KEY (proposal_id, unit_id)
);
CREATE INDEX proposal_unit_unit_idx ON proposal_unit (unit_id);

-- A lease made by confirming a proposal names it; lease_no_overlap still has the last word on double booking.
ALTER TABLE lease ADD COLUMN proposal_id uuid REFERENCES proposal (id);
CREATE INDEX lease_proposal_idx ON lease (proposal_id) WHERE proposal_id IS NOT NULL;
