package nl.labspace.db.listing.stats;

import java.time.LocalDate;
import java.util.UUID;

/** The events of one kind (a ListingEventKind code, or "proposal") a unit had in a month (its first day). */
public record UnitMonthCount(UUID unitId, LocalDate month, String kind, long count) {

    /** The kind of the counts read from proposal_unit. */
    public static final String PROPOSAL = "proposal";
}
