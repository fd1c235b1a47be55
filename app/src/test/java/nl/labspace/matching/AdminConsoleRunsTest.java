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
        String run = sql.column("SELECT id::text FROM matching_run ORDER BY created_at DESC LIMIT 1").get(0);
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
        Reply again = admin.postIn("en", "/console/admin/runs/" + run + "/stop", "");
        assertThat(again.status()).as("a run that has ended cannot stop again, and the page says why").isEqualTo(409);
        assertThat(again.body()).contains("id=\"console-refused\"").contains("the run has already ended (stopped)");
        assertThat(admin.postIn("nl", "/console/admin/runs/" + run + "/stop", "").body()).contains("de ronde is al afgelopen (stopped)");

        Reply snapshot = admin.get("/api/admin/matching/runs/" + run + "/snapshot");
        assertThat(snapshot.headers().get("Content-Disposition")).as("a download named for what it is")
                .matches("attachment; filename=\"labspace-run-\\d{8}-\\d{4}-" + run.substring(0, 8) + "-market-snapshot\\.json\"");
        assertThat(admin.get("/api/admin/matching/runs/" + run + "/solution").headers().get("Content-Disposition"))
                .endsWith("-engine-solution.json\"");
        assertThat(after).contains("labspace-matching/1 JSON");
    }

    @Test
    void anAdminChoosesRegionsByNameAndTheHistoryNamesThem() throws Exception {
        FormSession admin = FormSession.signIn(http, ADMIN);
        String page = admin.get("/console/admin/runs").body();
        assertThat(page).as("regions are checkboxes with their names, by kind").contains("id=\"regions-province\"")
                .contains("id=\"regions-corop\"").contains("id=\"regions-rom\"")
                .containsPattern("<input type=\"checkbox\" name=\"regions\" value=\"PV26\"\\s*> <span>Utrecht</span>")
                .doesNotContain("placeholder=\"PV28, CR17\"");
        Reply started = admin.post("/console/admin/runs", "regions=PV26&regions=CR17&budgetSeconds=2");
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        assertThat(sql.column("SELECT array_to_string(region_codes, ',') FROM matching_run ORDER BY created_at DESC LIMIT 1").get(0)
                .split(",")).containsExactlyInAnyOrder("PV26", "CR17");
        String history = admin.get("/console/admin/runs").body();
        assertThat(history.substring(history.indexOf("id=\"runs-table\""))).as("the scope by name").containsPattern(">Utrecht, [^<]+<|>[^<]+, Utrecht<")
                .doesNotContain(">PV26");
        Reply unknown = admin.postIn("nl", "/console/admin/runs", "regions=XX99&budgetSeconds=2");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("is geen provincie-, COROP- of ROM-code");
        awaitSql("SELECT count(*)::text FROM matching_run WHERE status = 'solving'", "0");
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

    private void awaitSql(String query, String expected) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (sql.column(query).get(0).equals(expected)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(query + " did not become " + expected + " within 60 s");
    }
}
