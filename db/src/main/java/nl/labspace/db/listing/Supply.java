package nl.labspace.db.listing;

import static nl.labspace.db.generated.Tables.UNIT;

import java.time.LocalDate;

import org.jooq.Condition;

/**
 * Which listed units count as supply: those confirmed on or after a day (today minus the freshness window). Space
 * search, the landing page's totals and regional insight all ask this one question, so a unit that search hides
 * as stale is not counted as supply anywhere else either.
 */
public final class Supply {

    private Supply() {
    }

    public static Condition fresh(LocalDate confirmedSince) {
        return UNIT.LAST_CONFIRMED.ge(confirmedSince);
    }
}
