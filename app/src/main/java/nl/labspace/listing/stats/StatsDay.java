package nl.labspace.listing.stats;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;
import nl.labspace.db.market.MarketDay;

/**
 * The Dutch calendar day events are counted on; it also decides when the visitors' daily key is discarded. Tests
 * replace it to move to the next day (public, so the replacing bean can override it).
 */
@Singleton
public class StatsDay {

    private static final ZoneId MARKET_ZONE = ZoneId.of(MarketDay.ZONE);

    public LocalDate today() {
        return LocalDate.now(MARKET_ZONE);
    }
}
