package nl.labspace.db.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An account as the admin's list shows it: role, what it is bound to (with the company's name) and its lock. */
public record AccountListRow(UUID id, String email, String displayName, String role, UUID companyId, String companyName,
                             boolean wholeCountry, List<String> campusIds, List<String> regionCodes, boolean enabled,
                             OffsetDateTime lockedUntil) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
