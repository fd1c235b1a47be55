package nl.labspace.need;

import static nl.labspace.TestMarket.COMPANY_X;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.NEED_X;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class NeedWritingTest extends TestMarketTest {

    private static final String VALID = """
            {"title":"Organoid lab","labM2":180,"officeM2":70,"containment":"ML-II","features":["biosafety-cabinet"],
             "moveInEarliest":"2027-04","moveInLatest":"2027-10","termMonths":36,"maxRentPerM2Year":340,"maxUnits":2,
             "near":{"lat":52.0855,"lon":5.1730,"maxKm":25},"provinces":["PV26","PV27"],"sector":"diagnostics",
             "confidential":true}""";

    private String company;

    @BeforeAll
    void market() throws Exception {
        company = http.token(COMPANY_X_USER);
    }

    @Test
    void aPostedNeedBelongsToTheAccountsCompanyAndGetsItsHomeRegionFromItsPoint() {
        Reply spoofed = post(VALID.replace("\"confidential\":true}", "\"confidential\":true,\"companyId\":\"00000000-0000-0000-0000-000000000bad\"}"));
        assertThat(spoofed.status()).isEqualTo(400);
        assertThat(spoofed.body()).contains("\"name\":\"companyId\"", "is not a field here");

        Reply created = post(VALID);
        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> need = http.object(created);
        assertThat(need).containsEntry("companyId", COMPANY_X.toString()).containsEntry("moveInLatest", "2027-10")
                .containsEntry("provinces", List.of("PV26", "PV27")).containsEntry("confidential", true);
        assertThat(sql.column("SELECT home_province_code || ' ' || home_corop_code FROM need WHERE id = '" + need.get("id") + "'"))
                .containsExactly("PV26 CR17");
    }

    @Test
    void badNeedsNameEachFieldAndValueAndWriteNothing() {
        long before = sql.count("need");
        Reply refused = post("""
                {"title":"Bad","labM2":-20,"officeM2":10,"containment":"ML-IV","moveInEarliest":"2027-09",
                 "moveInLatest":"2027-03","termMonths":24,"near":{"lat":123.4,"lon":5.1,"maxKm":20},
                 "provinces":["PV99"],"sector":"space-mining"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(invalidParams(refused)).containsExactlyInAnyOrder("labM2='-20'", "containment='ML-IV'",
                "moveInLatest='2027-03'", "near.lat='123.4'", "provinces[0]='PV99'", "sector='space-mining'");
        assertThat(sql.count("need")).isEqualTo(before);
    }

    @Test
    void aNearPointWithoutARadiusIsRefused() {
        Reply refused = post(VALID.replace(",\"maxKm\":25", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(invalidParams(refused)).containsExactly("near.maxKm='null'");
    }

    @Test
    void editingNeedsTheCurrentVersionAndAWithdrawnNeedCannotBeEdited() {
        int version = (Integer) http.object(http.get("/api/needs/" + NEED_X, company)).get("version");
        Reply edited = put("/api/needs/" + NEED_X, withVersion(version));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(http.object(edited)).containsEntry("title", "Organoid lab").containsEntry("version", version + 1);

        Reply stale = put("/api/needs/" + NEED_X, withVersion(version));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(http.send(HttpRequest.POST("/api/needs/" + NEED_X + "/withdraw", "").bearerAuth(company)).status()).isEqualTo(200);
        Reply afterWithdraw = put("/api/needs/" + NEED_X, withVersion(version + 2));
        assertThat(afterWithdraw.status()).isEqualTo(409);
        assertThat(http.object(http.get("/api/needs/" + NEED_X, company))).containsEntry("status", "withdrawn");
    }

    private static String withVersion(int version) {
        return VALID.substring(0, VALID.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    @SuppressWarnings("unchecked")
    private List<String> invalidParams(Reply reply) {
        return ((List<Map<String, Object>>) http.object(reply).get("invalidParams")).stream()
                .map(p -> p.get("name") + "='" + p.get("value") + "'").toList();
    }

    private Reply post(String body) {
        return http.send(HttpRequest.POST("/api/needs", body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(company));
    }

    private Reply put(String path, String body) {
        return http.send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(company));
    }
}
