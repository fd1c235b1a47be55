package nl.labspace.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;

/**
 * Supply against open demand in one region, read from the insight cube. Each demand figure is shown exactly as the
 * cube shows it (null when withheld: fewer than three distinct companies, or complementary suppression), so this
 * view never shows what /api/insight/figures withholds nor withholds what it shows; demandWithheld says whether any is.
 */
@Serdeable
public record RegionBalance(String code, String kind, String name, int availableUnits, long availableLabM2,
                     long availableOfficeM2, int plannedUnits, long plannedLabM2, @Nullable Integer openNeeds,
                     @Nullable Long neededLabM2, @Nullable Long neededOfficeM2, boolean demandWithheld) {

    static RegionBalance of(Cube cube, String code) {
        String period = cube.month().toString();
        CellKey needs = CellKey.of(Figure.DEMAND_NEEDS, code, period);
        CellKey lab = CellKey.of(Figure.DEMAND_LAB_M2, code, period);
        CellKey office = CellKey.of(Figure.DEMAND_OFFICE_M2, code, period);
        boolean withheld = cube.shown(needs).isEmpty() || cube.shown(lab).isEmpty() || cube.shown(office).isEmpty();
        return new RegionBalance(code, Levels.of(cube.regions(), code), InsightFigures.name(cube.regions(), code),
                (int) value(cube, Figure.SUPPLY_UNITS, code), value(cube, Figure.SUPPLY_LAB_M2, code),
                value(cube, Figure.SUPPLY_OFFICE_M2, code), (int) value(cube, Figure.PIPELINE_UNITS, code),
                value(cube, Figure.PIPELINE_LAB_M2, code), cube.shown(needs).map(Long::intValue).orElse(null),
                cube.shown(lab).orElse(null), cube.shown(office).orElse(null), withheld);
    }

    /** A public figure: always shown. */
    private static long value(Cube cube, Figure figure, String code) {
        return cube.shown(CellKey.of(figure, code, cube.month().toString())).orElse(0L);
    }
}
