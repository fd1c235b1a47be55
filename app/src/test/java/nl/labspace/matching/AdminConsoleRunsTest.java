package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
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

    @Test
    void anAdminStopsASolvingRunAndItsBestPlanIsKept() throws Exception {
        FormSession admin = FormSession.signIn(http, ADMIN);
        Reply started = admin.post("/console/admin/runs", "regions=&budgetSeconds=300");
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        String run = sql.column("SELECT id::text FROM matching_run").get(0);
        // Stop once the run has a best plan: a stop that comes before its first plan ends it without one (phase
        // 'solving' in the table comes before that, so waiting for the phase alone raced the solver's construction).
        awaitBestPlan(run);

        String solving = admin.get("/console/admin/runs").body();
        assertThat(solving).contains("/console/admin/runs/" + run + "/stop").contains("class=\"card live-run\"")
                .containsPattern("class=\"count warn\">1 ");

        Reply stopped = admin.post("/console/admin/runs/" + run + "/stop", "");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(303);
        assertThat(stopped.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/admin/runs?done=stopped");
        assertThat(sql.column("SELECT status || ' ' || (solution IS NOT NULL) || ' ' || (per_province IS NOT NULL) || ' '"
                + " || (unserved_m2 IS NOT NULL) FROM matching_run WHERE id = '" + run + "'")).containsExactly("stopped true true true");
        assertThat(sql.column("SELECT actor FROM audit_event WHERE action = 'matching.run-stopped' AND subject = '" + run + "'"))
                .containsExactly(ADMIN);

        String after = admin.get("/console/admin/runs?done=stopped").body();
        assertThat(after).contains("id=\"console-message\"").contains("status-run-stopped")
                .doesNotContain("/console/admin/runs/" + run + "/stop").doesNotContain("class=\"card live-run\"")
                .contains("/api/admin/matching/runs/" + run + "/snapshot").contains("/api/admin/matching/runs/" + run + "/solution")
                .contains("/api/matching/runs/" + run + "/figures").doesNotContain(" hidden");
        assertThat(admin.post("/console/admin/runs/" + run + "/stop", "").headers().get(HttpHeaders.LOCATION))
                .as("a run that has ended cannot stop again").isEqualTo("/console/admin/runs?done=conflict");
    }

    private void awaitBestPlan(String run) throws InterruptedException {
        String token = http.token(ADMIN);
        for (int i = 0; i < 240; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", token));
            assertThat(status).as("the run is still solving").containsEntry("status", "solving");
            if (status.get("bestUnservedM2") != null) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " found no plan within 60 s");
    }
}
