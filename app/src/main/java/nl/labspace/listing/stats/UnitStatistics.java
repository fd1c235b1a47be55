package nl.labspace.listing.stats;

import java.util.List;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One unit of a campus with its figures per month, every month of the span (zeros included), oldest first. */
@Serdeable
@Schema(description = "A unit with its figures for every month asked for, oldest first")
public record UnitStatistics(UUID unitId, String name,
                             @Schema(description = "The unit's status now", allowableValues = {"available", "planned", "withdrawn"})
                             String status,
                             List<MonthFigures> months) {

    /** The sum of every month. */
    public MonthFigures total() {
        return new MonthFigures("total", sum(MonthFigures::pageViews), sum(MonthFigures::searchAppearances),
                sum(MonthFigures::alertsSent), sum(MonthFigures::enquiries), sum(MonthFigures::proposals));
    }

    private long sum(java.util.function.ToLongFunction<MonthFigures> figure) {
        return months.stream().mapToLong(figure).sum();
    }
}
