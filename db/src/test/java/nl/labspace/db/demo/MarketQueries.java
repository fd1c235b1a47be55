package nl.labspace.db.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

// How the market-shape tests read supply and demand from the tables, independently of the generator.
final class MarketQueries {

    // Each open need with the provinces it accepts: its listed provinces plus the province holding its point.
    private static final String ACCEPTED = """
            WITH accepted AS (
                SELECT n.id AS need_id, np.province_code
                  FROM need n JOIN need_province np ON np.need_id = n.id
                 WHERE n.status = 'open'
                UNION
                SELECT n.id, region_of(n.near_location, 'province')
                  FROM need n
                 WHERE n.status = 'open' AND n.near_location IS NOT NULL)
            """;

    private MarketQueries() {
    }

    // Lab m² of open needs that can only be served in one province, per province. Needs open to several
    // provinces, and needs that name no region at all, belong to no single province and are left out.
    static Map<String, Integer> anchoredOpenLabDemand(Connection db) throws SQLException {
        return byKey(db, ACCEPTED + """
                SELECT a.province, sum(n.lab_m2)
                  FROM (SELECT need_id, min(province_code) AS province FROM accepted
                         GROUP BY need_id HAVING count(*) = 1) a
                  JOIN need n ON n.id = a.need_id
                 GROUP BY a.province""");
    }

    // Lab m² of open needs that accept only provinces outside the Randstad (however many).
    static int openLabDemandOutsideRandstad(Connection db) throws SQLException {
        return byKey(db, ACCEPTED + """
                SELECT 'rest', coalesce(sum(n.lab_m2), 0)
                  FROM need n
                 WHERE n.id IN (SELECT need_id FROM accepted GROUP BY need_id
                                HAVING bool_and(province_code NOT IN ('PV26', 'PV27', 'PV28')))""").get("rest");
    }

    // Lab m² of units on offer now (status 'available'), per province of their campus.
    static Map<String, Integer> availableLabSupply(Connection db) throws SQLException {
        return byKey(db, """
                SELECT c.province_code, sum(u.lab_m2)
                  FROM unit u JOIN campus c ON c.id = u.campus_id
                 WHERE u.status = 'available'
                 GROUP BY c.province_code""");
    }

    static int outsideRandstad(Map<String, Integer> byProvince) {
        return byProvince.entrySet().stream().filter(e -> !e.getKey().matches("PV2[678]"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    // GMP lab m² per campus over units not withdrawn.
    static Map<String, Integer> gmpLabByCampus(Connection db) throws SQLException {
        return byKey(db, """
                SELECT campus_id, sum(lab_m2) FROM unit
                 WHERE gmp <> 'none' AND status <> 'withdrawn'
                 GROUP BY campus_id""");
    }

    private static Map<String, Integer> byKey(Connection db, String sql) throws SQLException {
        Map<String, Integer> values = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getInt(2));
            }
        }
        return values;
    }
}
