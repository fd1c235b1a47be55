package nl.labspace.db.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert sent for a saved search: when, and how many units or needs it listed. */
public record AlertRow(UUID id, UUID savedSearchId, OffsetDateTime sentAt, int items) {
}
