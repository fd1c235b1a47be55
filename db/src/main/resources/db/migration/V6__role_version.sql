-- Tokens carry the role version they were issued under; a role change increments it, so a demoted admin's
-- open sessions end at once instead of when the token expires.
ALTER TABLE account ADD COLUMN role_version int NOT NULL DEFAULT 0;
