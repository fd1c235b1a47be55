package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.page.CsrfFilter;
import org.junit.jupiter.api.Test;

/**
 * Stopping a run from the admin's runs page, as POST /api/admin/matching/runs/{id}/stop: the run ends as stopped
 * with its best plan kept (figures, solution, proposals), audited as matching.run-stopped; the page then shows it
 * stopped with its downloads and no Stop button. The search is kept from ending on its own (no improvement limit).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "labspace.matching.unimproved-seconds", value = "600")
class AdminConsoleRunsTest extends TestMarketTest {

    private static final String FORM_TOKEN = "admin-runs-token-0123456789abcdefghijklmnop";

    @Test
    void anAdminStopsASolvingRunAndItsBestPlanIsKept() throws Exception {
        String admin = session();
        Reply started = form("/console/admin/runs", "regions=&budgetSeconds=300", admin);
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        String run = sql.column("SELECT id::text FROM matching_run").get(0);
        awaitSql("SELECT count(*)::text FROM matching_run WHERE id = '" + run + "' AND phase = 'solving' AND unserved_m2 IS NULL", "1");

        String solving = page("/console/admin/runs", admin).body();
        assertThat(solving).contains("/console/admin/runs/" + run + "/stop").contains("class=\"card live-run\"")
                .containsPattern("class=\"count warn\">1 ");

        Reply stopped = form("/console/admin/runs/" + run + "/stop", "", admin);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(303);
        assertThat(stopped.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/admin/runs?done=stopped");
        assertThat(sql.column("SELECT status || ' ' || (solution IS NOT NULL) || ' ' || (per_province IS NOT NULL) || ' '"
                + " || (unserved_m2 IS NOT NULL) FROM matching_run WHERE id = '" + run + "'")).containsExactly("stopped true true true");
        assertThat(sql.column("SELECT actor FROM audit_event WHERE action = 'matching.run-stopped' AND subject = '" + run + "'"))
                .containsExactly(ADMIN);

        String after = page("/console/admin/runs?done=stopped", admin).body();
        assertThat(after).contains("id=\"console-message\"").contains("status-run-stopped")
                .doesNotContain("/console/admin/runs/" + run + "/stop").doesNotContain("class=\"card live-run\"")
                .contains("/api/admin/matching/runs/" + run + "/snapshot").contains("/api/admin/matching/runs/" + run + "/solution")
                .contains("/api/matching/runs/" + run + "/figures").doesNotContain(" hidden");
        assertThat(form("/console/admin/runs/" + run + "/stop", "", admin).headers().get(HttpHeaders.LOCATION))
                .as("a run that has ended cannot stop again").isEqualTo("/console/admin/runs?done=conflict");
    }

    private void awaitSql(String query, String expected) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (sql.column(query).get(0).equals(expected)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within 60 s: " + query);
    }

    private String session() {
        var login = HttpRequest.POST("/login", "username=" + ADMIN + "&password=" + TestMarket.PASSWORD.replace(" ", "+")
                + "&_csrf=" + FORM_TOKEN).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN));
        Reply reply = http.send(login);
        assertThat(reply.status()).isEqualTo(303);
        String jwt = reply.headers().getAll(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JWT="))
                .findFirst().orElseThrow();
        return jwt.substring(4).split(";", 2)[0];
    }

    private Reply page(String path, String session) {
        return http.send(withCookies(HttpRequest.GET(path), session));
    }

    private Reply form(String path, String body, String session) {
        String withToken = body.isEmpty() ? "_csrf=" + FORM_TOKEN : body + "&_csrf=" + FORM_TOKEN;
        return http.send(withCookies(HttpRequest.POST(path, withToken).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), session));
    }

    private static <T> MutableHttpRequest<T> withCookies(MutableHttpRequest<T> request, String session) {
        return request.cookies(Set.of(Cookie.of("JWT", session), Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN)));
    }
}
