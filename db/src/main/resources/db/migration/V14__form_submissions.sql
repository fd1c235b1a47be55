-- A page form sent twice (a double click, a reload of the answer to a post, a second tab) must act once. Each
-- rendered form carries a random id; the handler claims it in the same transaction as its change, so a second
-- send of the same form finds the claim and changes nothing. Claims are kept two days, then pruned.
CREATE TABLE form_submission (
    id         uuid        PRIMARY KEY,
    claimed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX form_submission_claimed_at ON form_submission (claimed_at);
