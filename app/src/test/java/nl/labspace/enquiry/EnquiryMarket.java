package nl.labspace.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import nl.labspace.TestMarket;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;

/** Acting as the test market's users through the API: publish a unit, post a need, ask, reply, read. */
final class EnquiryMarket {

    static final String UNIT = """
            {"name":"%s","labM2":220,"officeM2":60,"containment":"ML-II","availableFrom":"2027-04",
             "rentPerM2Year":310,"version":0}""";
    static final String CONFIDENTIAL_NEED = """
            {"title":"%s","labM2":420,"officeM2":130,"moveInEarliest":"2027-03","moveInLatest":"2027-08",
             "termMonths":24,"confidential":true,"sector":"drug-discovery","version":0}""";

    private final TestHttp http;

    EnquiryMarket(TestHttp http) {
        this.http = http;
    }

    /** Today in the Netherlands, as the rules count viewing dates. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    String publishUnitOfCampusA(String token, String name) {
        Reply r = post("/api/campuses/" + TestMarket.CAMPUS_A + "/units", UNIT.formatted(name), token);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) http.object(r).get("id");
    }

    String postConfidentialNeed(String token, String title) {
        Reply r = post("/api/needs", CONFIDENTIAL_NEED.formatted(title), token);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) http.object(r).get("id");
    }

    Reply ask(String token, String unitId, String body) {
        return post("/api/units/" + unitId + "/enquiries", body, token);
    }

    /** Asks and returns the new thread's id. */
    String asked(String token, String unitId, String message) {
        Reply r = ask(token, unitId, "{\"message\":\"" + message + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) http.object(r).get("id");
    }

    Reply reply(String token, String threadId, String message) {
        return post("/api/enquiries/" + threadId + "/messages", "{\"message\":\"" + message + "\"}", token);
    }

    Reply reveal(String token, String threadId) {
        return post("/api/enquiries/" + threadId + "/reveal", "", token);
    }

    Reply thread(String token, String threadId) {
        return http.get("/api/enquiries/" + threadId, token);
    }

    Map<String, Object> threadOf(String token, String threadId) {
        Reply r = thread(token, threadId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return http.object(r);
    }

    Reply post(String path, String body, String token) {
        return http.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }
}
