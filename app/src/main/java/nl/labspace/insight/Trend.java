package nl.labspace.insight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.insight.TrendPoint;

/** One cell of the insight cube across its snapshots, oldest first. */
@Serdeable
@Schema(description = "A series of one figure, region and facet across snapshots of the insight cube")
public record Trend(
        @Schema(description = "Figure code", example = "unmet-m2") String figure,
        @Schema(description = "Region code (NL: the country; a code ending in :unplaced: demand homed in that region but "
                + "in none of its parts)", example = "PV28") String region,
        @Schema(description = "Facet: all, or dimension:value", example = "all") String facet,
        @Schema(description = "What a value counts: m2, count or ratio (thousandths)", example = "m2") String measure,
        @Schema(description = "run: a snapshot after each matching run; month: one snapshot per month") String by,
        @Schema(description = "The snapshots, oldest first") List<Point> points) {

    /** The cell in one snapshot, as suppression judged it in that snapshot's cube. */
    @Serdeable
    public record Point(
            @Schema(description = "When the snapshot was taken") OffsetDateTime takenAt,
            @Schema(description = "The run whose proposals the snapshot followed (by=run)") @Nullable UUID runId,
            @Schema(description = "The month the snapshot described, YYYY-MM", example = "2026-12") String month,
            @Schema(description = "The cell's period, YYYY-MM or YYYY-Qn", example = "2026-12") String period,
            @Schema(description = "The value (null when withheld); 0 when the snapshot had no such cell") @Nullable Long value,
            @Schema(description = "Why the value is withheld: few-companies or complementary") @Nullable String withheld) {

        static Point of(TrendPoint p) {
            return new Point(p.takenAt(), p.runId(), java.time.YearMonth.from(p.month()).toString(), p.period(),
                    p.withheld() == null ? Long.valueOf(p.value()) : null, p.withheld());
        }
    }
}
