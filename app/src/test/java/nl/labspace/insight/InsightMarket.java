package nl.labspace.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.micronaut.http.HttpRequest;
import nl.labspace.TestMarket;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.AccountService;
import nl.labspace.account.Roles;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.account.TestSql;

/** Companies beyond the test market's two, each with a company account, that post and withdraw needs through the API. */
final class InsightMarket {

    static final String ROTTERDAM_LAT = "51.92";
    static final String ROTTERDAM_LON = "4.48";
    static final String UTRECHT_LAT = "52.09";
    static final String UTRECHT_LON = "5.12";

    private final TestHttp http;

    InsightMarket(TestHttp http) {
        this.http = http;
    }

    /** A company (the one row an admin would set up) and its founder's account; returns the account's email. */
    static String company(TestSql sql, AccountService accounts, String id, String name) {
        sql.execute("INSERT INTO company (id, name, sector) VALUES ('%s', '%s', 'vaccines')".formatted(id, name));
        String email = "founder-" + id.substring(id.length() - 4) + "@test.nl";
        accounts.create("test", email, "Founder " + name, TestMarket.PASSWORD,
                new AccountBinding(Roles.COMPANY, null, UUID.fromString(id), null, false));
        return email;
    }

    /** Posts an open need near a point, as the company's founder; returns its id. */
    String post(String founder, int labM2, int officeM2, String lat, String lon) {
        String body = """
                {"title":"Insight test need","labM2":%d,"officeM2":%d,"containment":"ML-I",
                 "moveInEarliest":"2027-03","moveInLatest":"2027-09","termMonths":24,
                 "near":{"lat":%s,"lon":%s,"maxKm":25},"sector":"vaccines"}""".formatted(labM2, officeM2, lat, lon);
        Reply created = http.send(HttpRequest.POST("/api/needs", body).bearerAuth(http.token(founder)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    /** Withdraws a need through the API, with a reason or (null) without. */
    Reply withdraw(String founder, String needId, String reason) {
        String path = "/api/needs/" + needId + "/withdraw" + (reason == null ? "" : "?reason=" + reason);
        return http.send(HttpRequest.POST(path, "").bearerAuth(http.token(founder)));
    }
}
