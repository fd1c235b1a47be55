package nl.labspace.insight;

import java.time.YearMonth;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.market.MarketDay;

/** Builds the insight cube of the live market from every CubePart, in one read-only transaction. */
@Singleton
public class InsightCube {

    private final RegionTreeQuery regions;
    private final List<CubePart> parts;

    InsightCube(RegionTreeQuery regions, List<CubePart> parts) {
        this.regions = regions;
        this.parts = parts;
    }

    @Transactional(readOnly = true)
    public Cube now() {
        CubeBuilder builder = new CubeBuilder(regions.tree(), YearMonth.now(java.time.ZoneId.of(MarketDay.ZONE)));
        parts.forEach(part -> part.addTo(builder));
        return builder.build();
    }
}
