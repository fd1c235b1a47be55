package nl.labspace.insight;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.market.WithdrawReason;

/**
 * Lost demand homed in one region in one month, read from the insight cube: withdrawn needs that did not find space
 * through Labspace. Each figure is null when the cube withholds it; withheld says the total is; abroadShare is the
 * part of lostM2 that went abroad, when both are shown.
 */
@Serdeable
public record LostDemand(String code, String kind, String name,
                         @Schema(description = "Month of withdrawal, YYYY-MM (Dutch time)") String month,
                         boolean withheld, @Nullable Integer needs,
                         @Schema(description = "Lab and office m² of the withdrawn needs") @Nullable Long lostM2,
                         @Nullable Long lostLabM2,
                         @Schema(description = "m² of the needs withdrawn because the company went abroad; null when "
                                 + "withheld on its own (fewer than 3 companies went abroad)") @Nullable Long abroadM2,
                         @Schema(description = "abroadM2 / lostM2, 0 to 1, rounded to 3 decimals") @Nullable Double abroadShare) {

    static LostDemand of(Cube cube, String code, String month) {
        CellKey lost = CellKey.of(Figure.LOST_M2, code, month);
        Optional<Long> lostM2 = cube.shown(lost);
        Optional<Long> abroad = cube.shown(lost.withFacet(Facets.REASON, WithdrawReason.WENT_ABROAD.code()));
        Double share = lostM2.isPresent() && abroad.isPresent()
                ? lostM2.get() == 0 ? 0 : Math.round(1000.0 * abroad.get() / lostM2.get()) / 1000.0 : null;
        return new LostDemand(code, Levels.of(cube.regions(), code), InsightFigures.name(cube.regions(), code), month,
                lostM2.isEmpty(), cube.shown(CellKey.of(Figure.LOST_NEEDS, code, month)).map(Long::intValue).orElse(null),
                lostM2.orElse(null), cube.shown(CellKey.of(Figure.LOST_LAB_M2, code, month)).orElse(null),
                abroad.orElse(null), share);
    }

    /** Whether the region lost demand that month (a withheld cell always comes from some company). */
    static boolean any(Cube cube, String code, String month) {
        CellKey lost = CellKey.of(Figure.LOST_M2, code, month);
        return cube.withheld(lost).isPresent() || cube.shown(lost).orElse(0L) > 0;
    }
}
