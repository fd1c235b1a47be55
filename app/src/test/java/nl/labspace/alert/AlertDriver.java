package nl.labspace.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.account.TestSql;

/** Acts as the users of alerts do, through the API, and runs the alert job as its schedule would. */
final class AlertDriver {

    private final TestHttp http;
    private final AlertJob job;
    private final TestSql sql;

    AlertDriver(TestHttp http, AlertJob job, TestSql sql) {
        this.http = http;
        this.job = job;
        this.sql = sql;
    }

    Reply save(String token, String body) {
        return http.send(HttpRequest.POST("/api/alerts", body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    /** Saves a search and answers its id. */
    UUID saveSearch(String token, String name, String search, String frequency) {
        Reply saved = save(token, """
                {"name":"%s","search":"%s","frequency":"%s"}""".formatted(name, search, frequency));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        return UUID.fromString((String) http.object(saved).get("id"));
    }

    Reply put(String token, UUID id, String body) {
        return http.send(HttpRequest.PUT("/api/alerts/" + id, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    /** Publishes a unit as a campus manager would; answers its id. */
    UUID publish(String manager, String campus, String name, int labM2, int rent) {
        String body = """
                {"name":"%s","labM2":%d,"officeM2":50,"containment":"ML-II","gmp":"none","features":["fume-hood"],
                 "availableFrom":"2027-05","rentPerM2Year":%d,"minTermMonths":12}""".formatted(name, labM2, rent);
        Reply created = http.send(HttpRequest.POST("/api/campuses/" + campus + "/units", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString((String) http.object(created).get("id"));
    }

    /** Edits a unit's rent (and nothing else) as its manager would. */
    void changeRent(String manager, UUID unit, int rent) {
        Map<String, Object> u = http.object(http.get("/api/units/" + unit, manager));
        String body = """
                {"name":"%s","labM2":%s,"officeM2":%s,"containment":"%s","gmp":"%s","features":["fume-hood"],
                 "availableFrom":"%s","rentPerM2Year":%d,"minTermMonths":%s,"version":%s}""".formatted(u.get("name"),
                u.get("labM2"), u.get("officeM2"), u.get("containment"), u.get("gmp"), u.get("availableFrom"), rent,
                u.get("minTermMonths"), u.get("version"));
        Reply edited = http.send(HttpRequest.PUT("/api/units/" + unit, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    /**
     * The alert job's run once the test's changes can all be reported: a run reads only the changes of transactions
     * that had ended when it started (V24), so while the app's own background work (mail delivery, insight
     * rebuilds) holds a write transaction open, a change committed after it waits for the next run. A schedule
     * running every minute would send it then; a test waits for the quiet moment instead.
     */
    List<UUID> run() {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!otherWritersRunning().equals("0") && System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
        return runNow();
    }

    /** The alert job's run at this very moment, whatever else is open. */
    List<UUID> runNow() {
        return job.runDue(OffsetDateTime.now());
    }

    private String otherWritersRunning() {
        return sql.column("SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
                + " AND datname = current_database()").get(0);
    }

    List<Map<String, Object>> alertsOf(String token, UUID search) {
        Reply sent = http.get("/api/alerts/" + search + "/alerts", token);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return http.list(sent);
    }

    /** The unit (or need) ids one alert listed, in order. */
    @SuppressWarnings("unchecked")
    List<String> listed(String token, UUID search, Object alertId) {
        Map<String, Object> detail = http.object(http.get("/api/alerts/" + search + "/alerts/" + alertId, token));
        List<Map<String, Object>> units = (List<Map<String, Object>>) detail.get("units");
        List<Map<String, Object>> needs = (List<Map<String, Object>>) detail.get("needs");
        return units.isEmpty()
                ? needs.stream().map(n -> (String) ((Map<String, Object>) n.get("need")).get("id")).toList()
                : units.stream().map(u -> (String) u.get("unitId")).toList();
    }

    /** Every id the saved search's alerts listed, oldest alert first. */
    List<List<String>> everyAlert(String token, UUID search) {
        List<Map<String, Object>> alerts = new ArrayList<>(alertsOf(token, search));
        Collections.reverse(alerts);
        return alerts.stream().map(a -> listed(token, search, a.get("id"))).toList();
    }
}
