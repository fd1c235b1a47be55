package nl.labspace.alert;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.alert.SavedSearchStatus;

/** A saved search with its alert: status is active, paused, or unsubscribed (from a mail's link). */
@Serdeable
record SavedSearchResponse(UUID id, String kind, String name, String search, String frequency, String status,
                           String createdAt, @Nullable String lastAlertAt, String searchLink) {

    static SavedSearchResponse of(SavedSearchRow r) {
        return new SavedSearchResponse(r.id(), r.kind(), r.name(), r.query(), r.frequency(), r.status(),
                r.createdAt().toInstant().toString(), r.lastSentAt() == null ? null : r.lastSentAt().toInstant().toString(),
                searchLink(r.kind(), r.query()));
    }

    /** Where the search itself is run: the search page for space, the API for demand. */
    static String searchLink(String kind, String query) {
        String base = SavedSearchStatus.SPACE.equals(kind) ? "/search" : "/api/search/demand";
        return query.isEmpty() ? base : base + "?" + query;
    }
}
