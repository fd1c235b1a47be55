package nl.labspace.listing.csv;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.UNIT_B;
import static nl.labspace.listing.csv.CsvMarket.HEADER;
import static nl.labspace.listing.csv.CsvMarket.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class UnitCsvImportTest extends TestMarketTest {

    private static final String CRLF = "\r\n";

    private CsvMarket market;
    private String admin;

    @BeforeAll
    void market() throws Exception {
        market = new CsvMarket(sql, http);
        admin = http.token(ADMIN);
    }

    @Test
    void aValidFileCreatesNewUnitsAndUpdatesTheOnesItNames() {
        String campus = market.campusWithThreeUnits("csv-import-ok", "0e11");
        String file = HEADER + CRLF
                + row("id", idOf("0e11", 1), "name", "Suite North 2.01", "rent_per_m2_year", "350.25", "features", "lab-gases") + CRLF
                + row("name", "\"New lab, east wing\"", "status", "planned", "delivery_month", "2027-03") + CRLF;

        Reply reply = market.upload(campus, file, admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Object> result = http.object(reply);
        assertThat(result).containsEntry("created", 1).containsEntry("updated", 1);
        List<Map<String, Object>> units = list(result.get("units"));
        assertThat(units).extracting(u -> u.get("line"), u -> u.get("action")).containsExactly(tuple(2, "updated"), tuple(3, "created"));
        assertThat(units.get(0)).containsEntry("id", idOf("0e11", 1));
        String created = (String) units.get(1).get("id");
        assertThat(market.unit(created)).isEqualTo("csv-import-ok|New lab, east wing|200|50|ML-II|none|{fume-hood}|2027-05-01|300.00|12|planned|2027-03-01|0");
        assertThat(market.unit(idOf("0e11", 1))).isEqualTo(
                "csv-import-ok|Suite North 2.01|200|50|ML-II|none|{lab-gases}|2027-05-01|350.25|12|available|1");
        assertThat(market.unit(idOf("0e11", 3))).endsWith("|withdrawn|0");
        assertThat(market.unitsOf(campus)).isEqualTo(4);
    }

    @Test
    void excelsByteOrderMarkLineFeedsCharsetParameterReorderedColumnsAndNoLastConfirmedColumnAreAccepted() {
        String campus = market.campus("csv-import-excel");
        String header = "name,id,lab_m2,office_m2,containment,gmp,features,available_from,available_until,"
                + "rent_per_m2_year,min_term_months,max_term_months,status,delivery_month";
        String file = "\uFEFF" + header + "\n" + "Lab 1,,200,50,ML-II,none,fume-hood,2027-05,,300,12,,available,\n\n,,,,,,,,,,,,,\n";

        Reply reply = http.send(HttpRequest.POST("/api/campuses/" + campus + "/units.csv", file.getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=UTF-8").bearerAuth(admin));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(http.object(reply)).containsEntry("created", 1);
        assertThat(market.unitsOf(campus)).isEqualTo(1);
    }

    @Test
    void aFileWithOneBadRowChangesNothingAndReportsThatRow() {
        String campus = market.campusWithThreeUnits("csv-import-one-bad", "0e12");
        String before = market.unit(idOf("0e12", 1));
        String file = HEADER + CRLF
                + row("id", idOf("0e12", 1), "name", "Renamed") + CRLF
                + row("name", "A good new unit") + CRLF
                + row("name", "A bad new unit", "lab_m2", "-5") + CRLF;

        Reply reply = market.upload(campus, file, admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(problems(reply)).containsExactly(tuple(4, "lab_m2", "-5", "must be >= 0"));
        assertThat(http.object(reply).get("detail")).isEqualTo("nothing was imported: 1 problem on line 4");
        assertThat(market.unitsOf(campus)).isEqualTo(3);
        assertThat(market.unit(idOf("0e12", 1))).isEqualTo(before);
    }

    @Test
    void everyBadRowIsReportedWithItsPhysicalLineColumnAndReason() {
        String campus = market.campusWithThreeUnits("csv-import-many-bad", "0e13");
        String unitB = market.unit(UNIT_B.toString());
        String file = HEADER + CRLF
                + row("name", "\"Cold room\nnorth\"") + CRLF                                    // lines 2-3, good
                + row("containment", "ML-IV") + CRLF                                             // 4
                + row("office_m2", "-1") + CRLF                                                  // 5
                + row("available_from", "2027-05", "available_until", "2027-01") + CRLF          // 6
                + row("available_from", "May 2027") + CRLF                                       // 7
                + row("lab_m2", "lots", "rent_per_m2_year", "\"325,50\"") + CRLF                     // 8
                + row("id", UNIT_B.toString()) + CRLF                                            // 9
                + "Too,few,fields" + CRLF                                                        // 10
                + row("status", "withdrawn") + CRLF                                              // 11
                + row("id", idOf("0e13", 1)) + CRLF                                              // 12, good
                + row("id", idOf("0e13", 1), "features", "fume-hood;jacuzzi") + CRLF;            // 13

        Reply reply = market.upload(campus, file, admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(problems(reply)).containsExactly(
                tuple(4, "containment", "ML-IV", "must be one of [none, ML-I, ML-II, ML-III]"),
                tuple(5, "office_m2", "-1", "must be >= 0"),
                tuple(6, "available_until", "2027-01", "must not be before available_from 2027-05"),
                tuple(7, "available_from", "May 2027", "must be a month written YYYY-MM"),
                tuple(8, "lab_m2", "lots", "must be a whole number"),
                tuple(8, "rent_per_m2_year", "325,50", "must be a number in euros written with a decimal point, e.g. 325.50"),
                tuple(9, "id", UNIT_B.toString(), "no unit with this id on this campus"),
                tuple(10, null, null, "has 3 fields, the header has 16"),
                tuple(11, "status", "withdrawn", "is only for a unit that exists (a row with its id); a new unit is available or planned"),
                tuple(13, "features", "jacuzzi", "must be one of [fume-hood, biosafety-cabinet, lab-gases, cold-storage, "
                        + "high-floor-load, 24-7-access, loading-dock, autoclave, environmental-permit]"),
                tuple(13, "id", idOf("0e13", 1), "is also on line 12; a unit may appear once"));
        assertThat(market.unitsOf(campus)).isEqualTo(3);
        assertThat(market.unit(UNIT_B.toString())).isEqualTo(unitB);
    }

    @Test
    void whatTheRentCoversIsImportedAndExportedAndAWrongWordOrAnUncoveredUnitIsReportedAtItsCell() {
        String campus = market.campus("csv-import-covers");
        String bad = HEADER + CRLF
                + row("rent_covers", "lab;garden") + CRLF                                        // 2
                + row("lab_m2", "0", "office_m2", "80", "rent_covers", "lab;service_charges") + CRLF; // 3
        Reply refused = market.upload(campus, bad, admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problems(refused)).containsExactly(
                tuple(2, "rent_covers", "garden", "must be one of [lab, office, service_charges]"),
                tuple(3, "rent_covers", "lab,service_charges", "must cover lab or office space the unit has (lab 0 m², office 80 m²)"));
        assertThat(market.unitsOf(campus)).isZero();

        Reply stored = market.upload(campus, HEADER + CRLF + row("rent_covers", "service_charges; lab") + CRLF, admin);

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(market.export(campus, admin).body()).contains(",300.00,lab;service_charges,12,");
    }

    @Test
    void aBadHeaderIsReportedOnLineOneAndNoRowIsRead() {
        String campus = market.campusWithThreeUnits("csv-import-bad-header", "0e14");
        String file = HEADER.replace("lab_m2", "lab_area") + CRLF + row() + CRLF;

        Reply reply = market.upload(campus, file, admin);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(problems(reply)).containsExactly(
                tuple(1, null, "lab_area", "is not a column; the columns are " + HEADER),
                tuple(1, null, "lab_m2", "is a column missing from the header"));
        assertThat(market.unitsOf(campus)).isEqualTo(3);
    }

    @Test
    void aSheetSavedWithDutchSettingsIsReadWithItsSemicolonsAndDecimalCommas() {
        String campus = market.campus("csv-import-semicolons");
        String file = HEADER.replace(',', ';') + CRLF
                + ";Lab NL;200;50;ML-II;none;\"fume-hood;lab-gases\";2027-05;;325,50;;12;;available;;" + CRLF;

        Reply reply = market.upload(campus, file, admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(http.object(reply)).containsEntry("created", 1);
        String id = sql.column("SELECT id FROM unit WHERE campus_id = '" + campus + "'").get(0);
        assertThat(market.unit(id)).isEqualTo(campus + "|Lab NL|200|50|ML-II|none|{fume-hood,lab-gases}|2027-05-01|325.50|12|available|0");
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFileAreRejected() {
        String campus = market.campus("csv-import-empty");

        Reply empty = market.upload(campus, "", admin);
        Reply headerOnly = market.upload(campus, HEADER + CRLF, admin);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(problems(empty)).containsExactly(tuple(1, null, null, "the file is empty; its first line must be the header " + HEADER));
        assertThat(headerOnly.status()).isEqualTo(400);
        assertThat(problems(headerOnly)).containsExactly(tuple(1, null, null, "the file holds the header but no units"));
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedWithTheLineOfTheFirstBadByte() {
        String campus = market.campus("csv-import-latin1");
        byte[] file = (HEADER + CRLF + row() + CRLF + row("name", "Caf\u00e9 lab") + CRLF).getBytes(StandardCharsets.ISO_8859_1);

        Reply reply = http.send(HttpRequest.POST("/api/campuses/" + campus + "/units.csv", file).contentType("text/csv").bearerAuth(admin));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(problems(reply)).containsExactly(tuple(3, null, null, "is not UTF-8 text: save the file as \"CSV UTF-8\""));
    }

    @Test
    void aCampusManagerImportsIntoTheirOwnCampus() {
        Reply reply = market.upload(CAMPUS_A, HEADER + CRLF + row("name", "Imported by manager A") + CRLF, http.token(MANAGER_A));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(http.object(reply)).containsEntry("created", 1).containsEntry("updated", 0);
    }

    /** A valid new-unit row in HEADER's column order; pairs of column name and raw CSV text replace defaults. */
    private static String row(String... columnAndValue) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : HEADER.split(",")) {
            cells.put(column, "");
        }
        cells.putAll(Map.of("name", "Lab 1", "lab_m2", "200", "office_m2", "50", "containment", "ML-II", "gmp", "none",
                "features", "fume-hood", "available_from", "2027-05", "rent_per_m2_year", "300", "min_term_months", "12",
                "status", "available"));
        for (int i = 0; i < columnAndValue.length; i += 2) {
            cells.put(columnAndValue[i], columnAndValue[i + 1]);
        }
        return String.join(",", cells.values());
    }

    private List<Tuple> problems(Reply reply) {
        return list(http.object(reply).get("invalidParams")).stream()
                .map(p -> tuple(p.get("line"), p.get("column"), p.get("value"), p.get("reason"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
