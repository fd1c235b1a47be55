package nl.labspace.search;

import java.time.LocalDate;

import jakarta.inject.Singleton;

/**
 * The oldest confirmation that still counts today: units confirmed before it are stale. Space search, the landing
 * page and regional insight all take their supply from here, so none counts a unit the others hide.
 */
@Singleton
public class FreshListings {

    private final Freshness freshness;
    private final Today today;

    FreshListings(Freshness freshness, Today today) {
        this.freshness = freshness;
        this.today = today;
    }

    /** The market's calendar day (what the consoles call "now"). */
    public LocalDate today() {
        return today.date();
    }

    public LocalDate confirmedSince() {
        return today.date().minusDays(freshness.freshDays());
    }
}
