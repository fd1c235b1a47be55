package nl.labspace.db.alert;

import java.util.UUID;

/** Who an alert goes to: the saved search's owner. */
public record Recipient(UUID accountId, String email, String displayName, String role) {
}
