package nl.labspace.db.listing.stats;

import java.util.Arrays;
import java.util.List;

/** What happened to a unit, as listing_event_day.kind stores it (V25). Proposals are read from proposal_unit. */
public enum ListingEventKind {
    /** A visitor opened the unit's page: once per visitor, unit and day. */
    VIEW("view"),
    /** The unit was on a page of space search results (API or search page): once per search request. */
    SEARCH_APPEARANCE("search-appearance"),
    /** A saved-search alert listing the unit was sent (written to the outbox). */
    ALERT_SENT("alert-sent"),
    /** A company sent an enquiry about the unit. */
    ENQUIRY("enquiry");

    /** Every word, as the schema spells them. */
    public static final List<String> CODES = Arrays.stream(values()).map(ListingEventKind::code).toList();

    private final String code;

    ListingEventKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ListingEventKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no listing event kind " + code));
    }
}
