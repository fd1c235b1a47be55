package nl.labspace.listing.csv;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.UNIT_A;
import static nl.labspace.listing.csv.CsvMarket.HEADER;
import static nl.labspace.listing.csv.CsvMarket.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class UnitCsvExportTest extends TestMarketTest {

    private CsvMarket market;
    private String admin;

    @BeforeAll
    void market() throws Exception {
        market = new CsvMarket(sql, http);
        admin = http.token(ADMIN);
    }

    @Test
    void theExportHoldsTheHeaderAndOneQuotedRowPerUnitWithdrawnIncluded() {
        String campus = market.campusWithThreeUnits("csv-export", "0e01");

        Reply reply = market.export(campus, admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.headers().get("Content-Disposition")).isEqualTo("attachment; filename=\"csv-export-units.csv\"");
        assertThat(reply.body()).isEqualTo(CsvMarket.threeUnitsCsv("0e01"));
    }

    @Test
    void aCampusWithoutUnitsExportsTheHeaderAlone() {
        assertThat(market.export(market.campus("csv-empty"), admin).body()).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void anExportImportedUnchangedUpdatesTheSameUnitsAndChangesNothingElse() {
        String campus = market.campusWithThreeUnits("csv-round-trip", "0e02");
        String before = market.export(campus, admin).body();

        Reply imported = market.upload(campus, before, admin);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Map<String, Object> result = http.object(imported);
        assertThat(result).containsEntry("created", 0).containsEntry("updated", 3);
        assertThat(market.unitsOf(campus)).isEqualTo(3);
        // Importing confirms every unit it names: only last_confirmed may move (to today).
        assertThat(withoutLastConfirmed(market.export(campus, admin).body())).isEqualTo(withoutLastConfirmed(before));
        assertThat(market.unit(idOf("0e02", 3))).contains("|withdrawn|");
    }

    @Test
    void aCampusManagerExportsTheirOwnCampus() {
        Reply reply = market.export(CAMPUS_A, http.token(MANAGER_A));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith(HEADER + "\r\n" + UNIT_A + ",A1,300,100,ML-II,none,,2027-01,,325.00,lab;office,1,,available,,");
    }

    @Test
    void theManagerOfAnotherCampusGets404AsIfTheCampusDidNotExist() {
        String managerB = http.token(MANAGER_B);
        String file = market.export(CAMPUS_A, admin).body();

        Reply read = market.export(CAMPUS_A, managerB);
        Reply write = market.upload(CAMPUS_A, file, managerB);
        Reply none = market.export("no-such-campus", managerB);

        assertThat(read.status()).isEqualTo(404);
        assertThat(write.status()).isEqualTo(404);
        assertThat(read.body()).isEqualTo(none.body().replace("no-such-campus", CAMPUS_A));
        assertThat(read.body()).doesNotContain("A1");
    }

    @Test
    void otherRolesGet403AndAnonymousVisitors401() {
        assertThat(market.export(CAMPUS_A, http.token(COMPANY_X_USER)).status()).isEqualTo(403);
        assertThat(market.export(CAMPUS_A, http.token(FUND_ZH)).status()).isEqualTo(403);
        assertThat(http.send(HttpRequest.GET("/api/campuses/" + CAMPUS_A + "/units.csv")).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.POST("/api/campuses/" + CAMPUS_A + "/units.csv", HEADER)
                .contentType("text/csv")).status()).isEqualTo(401);
    }

    private static String withoutLastConfirmed(String csv) {
        return Arrays.stream(csv.split("\r\n")).map(line -> line.substring(0, line.lastIndexOf(',')))
                .collect(Collectors.joining("\r\n"));
    }
}
