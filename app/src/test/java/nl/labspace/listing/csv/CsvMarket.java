package nl.labspace.listing.csv;

import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpRequest;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.account.TestSql;

/**
 * Campuses of their own for CSV tests (TestMarket's two are shared with tests that edit their units), each with
 * the same three units, fixed ids and fixed confirmation dates so an export can be compared byte for byte.
 */
final class CsvMarket {

    static final String HEADER = "id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,"
            + "rent_per_m2_year,rent_covers,min_term_months,max_term_months,status,delivery_month,last_confirmed";

    private final TestSql sql;
    private final TestHttp http;

    CsvMarket(TestSql sql, TestHttp http) {
        this.sql = sql;
        this.http = http;
    }

    /** A campus near Leiden with no units. */
    String campus(String id) {
        sql.execute("""
                INSERT INTO campus (id, name, city, location)
                VALUES ('%s', 'Campus %s', 'Leiden', ST_SetSRID(ST_MakePoint(4.4650, 52.1687), 4326)::geography)
                """.formatted(id, id));
        return id;
    }

    /**
     * A campus with a planned unit whose name spans two lines, an available one whose name needs quoting, and a
     * withdrawn one. Unit ids are idOf(prefix, 1..3); prefix is four hex digits, one per campus.
     */
    String campusWithThreeUnits(String id, String prefix) {
        campus(id);
        sql.execute("""
                INSERT INTO unit (id, campus_id, name, lab_m2, office_m2, containment, gmp, features, available_from,
                                  available_until, rent_per_m2_year, min_term_months, max_term_months, status,
                                  delivery_month, last_confirmed)
                VALUES ('%1$s', '%4$s', 'Suite "North", 2.01', 240, 90, 'ML-II', 'none', '{fume-hood,lab-gases}',
                        '2027-05-01', '2029-04-01', 335, 12, 60, 'available', NULL, '2026-11-01'),
                       ('%2$s', '%4$s', E'Pilot hall\\nfloor 2', 800, 0, 'ML-I', 'C', '{}', '2027-10-01', NULL,
                        290.50, 24, NULL, 'planned', '2027-09-01', '2026-11-01'),
                       ('%3$s', '%4$s', 'Zeta lab', 120, 40, 'none', 'none', '{cold-storage}', '2027-01-01', NULL,
                        310, 1, NULL, 'withdrawn', NULL, '2026-10-15')
                """.formatted(idOf(prefix, 1), idOf(prefix, 2), idOf(prefix, 3), id));
        return id;
    }

    static String idOf(String prefix, int n) {
        return "00000000-0000-0000-%s-%012d".formatted(prefix, n);
    }

    /** The export campusWithThreeUnits gives, ordered by name as the export is. */
    static String threeUnitsCsv(String prefix) {
        return HEADER + "\r\n"
                + idOf(prefix, 2) + ",\"Pilot hall\nfloor 2\",800,0,ML-I,C,,2027-10,,290.50,lab;office,24,,planned,2027-09,2026-11-01\r\n"
                + idOf(prefix, 1) + ",\"Suite \"\"North\"\", 2.01\",240,90,ML-II,none,fume-hood;lab-gases,2027-05,2029-04,"
                + "335.00,lab;office,12,60,available,,2026-11-01\r\n"
                + idOf(prefix, 3) + ",Zeta lab,120,40,none,none,cold-storage,2027-01,,310.00,lab;office,1,,withdrawn,,2026-10-15\r\n";
    }

    Reply export(String campusId, String token) {
        return http.get(path(campusId), token);
    }

    /** As bytes: Micronaut's client has no text/csv writer for a String and would send an empty body. */
    Reply upload(String campusId, String csv, String token) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.POST(path(campusId), body).contentType("text/csv").bearerAuth(token));
    }

    /** A unit's stored fields in one line, to compare before and after. */
    String unit(String id) {
        return sql.column("""
                SELECT concat_ws('|', campus_id, name, lab_m2, office_m2, containment, gmp, features, available_from,
                                 available_until, rent_per_m2_year, min_term_months, max_term_months, status,
                                 delivery_month, version)
                FROM unit WHERE id = '%s'""".formatted(id)).get(0);
    }

    long unitsOf(String campusId) {
        return Long.parseLong(sql.column("SELECT count(*) FROM unit WHERE campus_id = '" + campusId + "'").get(0));
    }

    private static String path(String campusId) {
        return "/api/campuses/" + campusId + "/units.csv";
    }
}
