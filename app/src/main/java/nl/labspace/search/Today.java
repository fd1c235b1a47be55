package nl.labspace.search;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;
import nl.labspace.db.market.MarketDay;

/**
 * The calendar day freshness is measured against, in the marketplace's time zone; tests replace it with a fixed day
 * (public, so the replacing bean's proxy can override it).
 */
@Singleton
class Today {

    private static final ZoneId MARKET_ZONE = ZoneId.of(MarketDay.ZONE);

    public LocalDate date() {
        return LocalDate.now(MARKET_ZONE);
    }
}
