-- Mail that is not lost: every mail is written to the outbox in the transaction of the event that causes it, and a
-- sender delivers it later (nl.labspace.mail.MailSender), so a mail exists if and only if its event committed.

-- The language an account reads its mails (and later its pages) in.
ALTER TABLE account ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'));

CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       text NOT NULL CHECK (recipient ~ '^[^@\s]+@[^@\s]+$'),
    language        text NOT NULL CHECK (language IN ('nl', 'en')),
    kind            text NOT NULL CHECK (kind ~ '^[a-z0-9.-]{1,60}$'),   -- e.g. account-invite, enquiry-received
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body_text       text NOT NULL,
    body_html       text,
    -- pending until SMTP accepted it (sent); failed only after the server refused it for good, attempts times.
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- The sender's claim: the oldest due pending mail first.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC);

-- One-time links sent by mail: an invitation to set a first password, or a password reset. Only a SHA-256 hash of
-- the token is kept, so a copy of the database cannot be used to take over an account.
CREATE TABLE account_token (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    text NOT NULL CHECK (purpose IN ('invite', 'reset')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX account_token_account_idx ON account_token (account_id, purpose);
