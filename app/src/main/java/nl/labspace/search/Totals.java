package nl.labspace.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * labspace.search.exact-total-up-to: how far a search counts its matches. Beyond it the answer says "at least
 * this many" (totalExact false) rather than count the whole country on every page; a page further on than this
 * is always counted far enough to tell whether another page follows.
 */
@ConfigurationProperties("labspace.search")
record Totals(@Bindable(defaultValue = "1000") @Min(1) int exactTotalUpTo) {

    /** How many matches to count for this page: one more than can be shown as an exact total. */
    int countLimit(Paging paging) {
        return Math.max(exactTotalUpTo, paging.offset() + paging.size()) + 1;
    }

    /**
     * The total to show when the count reached countLimit: "exactTotalUpTo+" on early pages, and at least one
     * match beyond this page further on, so a client paging by total knows another page follows. Never more than
     * the count proved.
     */
    int lowerBound(Paging paging) {
        return Math.max(exactTotalUpTo, paging.offset() + paging.size() + 1);
    }
}
