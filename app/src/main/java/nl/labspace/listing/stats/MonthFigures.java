package nl.labspace.listing.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One unit's figures in one month. */
@Serdeable
@Schema(description = "A unit's figures in one month (Dutch calendar)")
public record MonthFigures(
        @Schema(description = "The month, YYYY-MM", example = "2026-11") String month,
        @Schema(description = "Distinct visitors of the unit's page per day, summed over the month's days "
                + "(crawlers, campus managers and admins not counted)") long pageViews,
        @Schema(description = "How often the unit was on a page of space search results (API or search page)")
        long searchAppearances,
        @Schema(description = "Saved-search alerts sent that listed the unit") long alertsSent,
        @Schema(description = "Enquiries companies sent about the unit") long enquiries,
        @Schema(description = "Proposals of matching runs that named the unit, by the month the run wrote them")
        long proposals) {
}
