package nl.labspace.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * labspace.listing.fresh-days: a unit confirmed longer ago than this drops out of space search and is listed as
 * stale for its campus managers, so searchers never chase space that may be gone.
 */
@ConfigurationProperties("labspace.listing")
record Freshness(@Bindable(defaultValue = "60") @Min(1) int freshDays) {
}
