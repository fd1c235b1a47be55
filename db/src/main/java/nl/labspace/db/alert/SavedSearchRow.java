package nl.labspace.db.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A saved search as stored: its query string is the one its search (kind) reads. */
public record SavedSearchRow(UUID id, UUID accountId, String kind, String name, String query, String frequency,
                             String status, long watermark, OffsetDateTime nextDueAt, OffsetDateTime createdAt,
                             OffsetDateTime lastSentAt) {
}
