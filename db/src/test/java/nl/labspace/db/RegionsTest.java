package nl.labspace.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionsTest {

    private Connection db;

    @BeforeEach
    void connect() throws SQLException {
        db = TestDatabase.connect();
    }

    @AfterEach
    void rollback() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void cbsBoundariesHoldTwelveProvincesFortyCoropRegionsAndNineRomAreas() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, count(*) FROM region GROUP BY kind")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("province", 12, "corop", 40, "rom", 9));
    }

    @Test
    void everyGeometryIsAValidMultiPolygonInWgs84() throws SQLException {
        assertThat(single("""
                SELECT count(*) FROM region
                 WHERE NOT ST_IsValid(geom) OR ST_SRID(geom) <> 4326 OR GeometryType(geom) <> 'MULTIPOLYGON'""")).isEqualTo("0");
    }

    @Test
    void coropRegionsNestInTheirProvinceAndRomArea() throws SQLException {
        // Each COROP region's stated province and ROM area must be the ones that hold its interior point.
        assertThat(single("""
                SELECT count(*) FROM region c
                 WHERE c.kind = 'corop'
                   AND (c.province_code <> region_of(ST_PointOnSurface(c.geom)::geography, 'province')
                     OR c.rom_code <> region_of(ST_PointOnSurface(c.geom)::geography, 'rom'))""")).isEqualTo("0");
        assertThat(single("SELECT string_agg(code, ',' ORDER BY code) FROM region WHERE kind = 'province'"))
                .isEqualTo("PV20,PV21,PV22,PV23,PV24,PV25,PV26,PV27,PV28,PV29,PV30,PV31");
    }

    @Test
    void aPointIsPlacedInTheRegionsThatContainIt() throws SQLException {
        // Utrecht Science Park: province Utrecht, COROP Utrecht, ROM Utrecht Region.
        String point = "ST_SetSRID(ST_MakePoint(5.1730, 52.0855), 4326)::geography";
        assertThat(single("SELECT region_of(%s, 'province')".formatted(point))).isEqualTo("PV26");
        assertThat(single("SELECT region_of(%s, 'corop')".formatted(point))).isEqualTo("CR17");
        assertThat(single("SELECT region_of(%s, 'rom')".formatted(point))).isEqualTo("ROMUR");
    }

    @Test
    void aPointInTheNorthSeaHasNoRegion() throws SQLException {
        assertThat(single("SELECT region_of(ST_SetSRID(ST_MakePoint(3.2, 53.5), 4326)::geography, 'province')"))
                .isNull();
    }

    private String single(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
