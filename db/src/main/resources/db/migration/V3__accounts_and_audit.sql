-- Accounts, their roles and what each is bound to, and the audit log of security-relevant actions.

CREATE TABLE account (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    display_name  text NOT NULL CHECK (length(trim(display_name)) > 0),
    password_hash text NOT NULL,                    -- bcrypt; never the password
    role          text NOT NULL CHECK (role IN ('admin', 'campus-manager', 'company', 'fund-manager')),
    company_id    uuid REFERENCES company (id),     -- the one company a company account acts for
    whole_country boolean NOT NULL DEFAULT false,   -- a fund manager for all regions, not a listed set
    enabled       boolean NOT NULL DEFAULT true,
    -- Login throttling: consecutive failures, and the lock they earn.
    failed_logins int NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'company') = (company_id IS NOT NULL)),
    CHECK (role = 'fund-manager' OR NOT whole_country)
);
CREATE UNIQUE INDEX account_email_idx ON account (lower(email));

-- The campuses a campus manager manages.
CREATE TABLE account_campus (
    account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    campus_id  text NOT NULL REFERENCES campus (id),
    PRIMARY KEY (account_id, campus_id)
);
CREATE INDEX account_campus_campus_idx ON account_campus (campus_id);

-- The regions (province, COROP or ROM area) a fund manager follows, unless whole_country.
CREATE TABLE account_region (
    account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    region_code text NOT NULL REFERENCES region (code),
    PRIMARY KEY (account_id, region_code)
);

-- Append-only record of security-relevant actions: failed logins, lockouts, role changes, accepts, confirms, declines.
CREATE TABLE audit_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    actor      text,              -- email of the account that acted; null when anonymous
    action     text NOT NULL,     -- dotted name, e.g. login.failed, account.role-changed
    subject    text,              -- what was acted upon (an account email, a proposal id, ...)
    detail     text,
    remote     text               -- client address, when known
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, at DESC);

-- Tokens signed out before they expire (bearer logout); rows past expires_at may be deleted.
CREATE TABLE revoked_token (
    jti        text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
