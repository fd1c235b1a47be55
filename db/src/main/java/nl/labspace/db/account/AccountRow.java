package nl.labspace.db.account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as stored; the password hash never leaves the account feature. */
public record AccountRow(UUID id, String email, String displayName, String passwordHash, String role, UUID companyId,
                         boolean wholeCountry, boolean enabled, int failedLogins, OffsetDateTime lockedUntil,
                         int roleVersion) {
}
