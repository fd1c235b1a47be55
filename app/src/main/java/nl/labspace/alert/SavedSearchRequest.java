package nl.labspace.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A saved search as its owner writes it (POST creates, PUT replaces). search is the query string of the search:
 * of GET /api/search/space for a company, of GET /api/search/demand for a campus manager, without page, size
 * and format.
 */
@Serdeable
record SavedSearchRequest(
        @Schema(description = "What is searched: space (companies) or demand (campus managers); defaults to the caller's",
                allowableValues = {"space", "demand"}, nullable = true) @Nullable String kind,
        @Schema(description = "A name for the owner's list and the mails' subject, 1 to 120 characters",
                example = "ML-II near Leiden") @Nullable String name,
        @Schema(description = "The search's query string, exactly as GET /api/search/space (or /demand) takes it",
                example = "near=52.1664,4.4817&withinKm=25&containment=ML-II&minLabM2=200") @Nullable String search,
        @Schema(description = "How often the alert mail goes out", allowableValues = {"instant", "daily", "weekly"})
        @Nullable String frequency,
        @Schema(description = "active or paused (a paused alert sends nothing); defaults to active",
                allowableValues = {"active", "paused"}, nullable = true) @Nullable String status) {
}
