package nl.labspace.db.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.labspace.db.RolledBackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Demand sorted by distance takes its candidates nearest-first from the index on the sphere, then measures them on
 * the spheroid. Every page must equal the page of the plain definition: all matches ordered by spheroid distance,
 * then id, needs without a point last. The market has many needs on one shared point (ties), needs on a grid
 * (near-ties in many directions) and needs without a point.
 */
class DemandNearestFirstTest extends RolledBackTest {

    private static final double LAT = 52.1664;
    private static final double LON = 4.4817;

    private DemandSearchQuery query;

    @BeforeEach
    void aMarket() {
        query = new DemandSearchQuery(dsl);
        dsl.execute("INSERT INTO company (id, name) VALUES ('00000000-0000-0000-0000-0000000000e1', 'Test company')");
        dsl.execute("""
                INSERT INTO need (company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months,
                                  near_location, near_max_km)
                SELECT '00000000-0000-0000-0000-0000000000e1', 'need ' || g, 100, 0, '2027-01-01', '2027-06-01', 24,
                       CASE WHEN g % 10 = 0 THEN NULL
                            WHEN g % 4 = 0 THEN ST_SetSRID(ST_MakePoint(4.5, 52.2), 4326)::geography
                            ELSE ST_SetSRID(ST_MakePoint(4.0 + (g % 17) * 0.06, 51.9 + (g / 17) * 0.04), 4326)::geography END,
                       CASE WHEN g % 10 = 0 THEN NULL ELSE 10 END
                FROM generate_series(1, 240) AS g""");
    }

    @ParameterizedTest(name = "within {0} km, pages of {1}")
    @CsvSource({"'', 7", "'', 50", "25, 7", "25, 1", "40, 13", "5, 5"})
    void everyPageIsThePageOfTheFullSpheroidOrder(String km, int size) {
        Circle near = new Circle(LAT, LON, km.isEmpty() ? null : Double.valueOf(km));
        DemandFilter filter = new DemandFilter(null, near, 0, 0, null, null, null, null, null);
        List<UUID> expected = fullOrder(near);

        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size() + size; offset += size) {
            List<DemandHitRow> page = query.page(filter, DemandSort.DISTANCE, offset, size);
            page.forEach(hit -> paged.add(hit.id()));
            assertThat(page.stream().map(DemandHitRow::distanceMetres).filter(d -> d != null).toList())
                    .as("distances within the page ascend").isSorted();
        }
        assertThat(paged).isEqualTo(expected);
        assertThat(expected).as("the market has matches").hasSizeGreaterThan(10);
    }

    private List<UUID> fullOrder(Circle near) {
        String point = "ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography".formatted(near.lon(), near.lat());
        String radius = near.km() == null ? "" : " AND ST_DWithin(near_location, %s, %s)".formatted(point, near.km() * 1000);
        return dsl.fetch("SELECT id FROM need WHERE status = 'open'" + radius
                        + " ORDER BY ST_Distance(near_location, " + point + ") NULLS LAST, id")
                .getValues(0, UUID.class);
    }
}
