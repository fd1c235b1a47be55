package nl.labspace.insight;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Scaffolding for the pages' tests until the figures' own parts are in main: open demand (lab m², needs) per home
 * region at every level and by containment and size band, and fresh supply per campus region, read straight from
 * the market. Only in contexts that ask for it (labspace.test.pages-cube), so no other test sees these cells.
 */
@Singleton
@Requires(property = "labspace.test.pages-cube", value = "true")
class PagesCubePart implements CubePart {

    private static final String SIZE = "CASE WHEN lab_m2 + office_m2 < 300 THEN 'under-300' WHEN lab_m2 + office_m2 < 1000 THEN '300-1000' "
            + "WHEN lab_m2 + office_m2 < 3000 THEN '1000-3000' ELSE 'over-3000' END";

    private final DSLContext dsl;

    PagesCubePart(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addTo(CubeBuilder cube) {
        String period = cube.month().toString();
        for (String home : List.of("'NL'", "home_province_code", "home_corop_code", "home_rom_code")) {
            demand(cube, period, home, null);
            demand(cube, period, home, "containment");
            demand(cube, period, home, SIZE);
        }
        for (String region : List.of("'NL'", "c.province_code", "c.corop_code", "c.rom_code")) {
            for (Record r : dsl.fetch("SELECT " + region + " AS region, coalesce(sum(u.lab_m2), 0) AS m2 FROM unit u "
                    + "JOIN campus c ON c.id = u.campus_id WHERE u.status = 'available' GROUP BY 1")) {
                cube.addPublic(CellKey.of(Figure.SUPPLY_LAB_M2, r.get("region", String.class), period), r.get("m2", Long.class));
            }
        }
    }

    private void demand(CubeBuilder cube, String period, String home, String facet) {
        String dimension = facet == null ? null : facet.equals("containment") ? "containment" : "size";
        String select = "SELECT " + home + " AS region, " + (facet == null ? "'all'" : facet) + " AS facet, sum(lab_m2) AS m2, "
                + "sum(lab_m2 + office_m2) AS total, count(*) AS needs, count(DISTINCT company_id) AS companies, "
                + "array_agg(DISTINCT company_id) AS ids FROM need WHERE status = 'open' AND " + home + " IS NOT NULL GROUP BY 1, 2";
        for (Record r : dsl.fetch(select)) {
            String region = r.get("region", String.class);
            int companies = r.get("companies", Integer.class);
            Set<UUID> few = companies < 3 ? new HashSet<>(List.of(r.get("ids", UUID[].class))) : Set.of();
            for (Figure figure : List.of(Figure.DEMAND_LAB_M2, Figure.DEMAND_NEEDS, Figure.UNMET_M2)) {
                CellKey key = CellKey.of(figure, region, period);
                if (dimension != null) {
                    key = key.withFacet(dimension, r.get("facet", String.class));
                }
                long value = figure == Figure.DEMAND_NEEDS ? r.get("needs", Long.class)
                        : figure == Figure.UNMET_M2 ? r.get("total", Long.class) : r.get("m2", Long.class);
                cube.add(key, value, companies, few);
            }
        }
    }
}
