package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.SolutionJson;
import nl.labspace.solver.validate.SolutionValidator;
import org.junit.jupiter.api.Test;

/**
 * The market's whole journey over HTTP: published units and posted needs, a run, its proposals with
 * explanations, accept, confirm, lease; the landing page's figures follow, and the run's stored input and
 * solution pass the engine's validator.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class MatchingWorkflowTest extends TestMarketTest {

    @Test
    @SuppressWarnings("unchecked")
    void fromPostedNeedsToARunProposalsAcceptConfirmAndALease() throws Exception {
        String admin = http.token(ADMIN);
        String companyX = http.token(COMPANY_X_USER);
        String companyY = http.token(COMPANY_Y_USER);
        int openNeedsBefore = openNeedsOnLandingPage();

        Reply started = post("/api/admin/matching/runs", "{\"budgetSeconds\":5,\"seed\":7}", admin);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String run = (String) http.object(started).get("id");
        assertThat(post("/api/admin/matching/runs", "{\"budgetSeconds\":5}", admin).status())
                .as("a second national run while one solves").isEqualTo(409);
        Map<String, Object> ended = awaitEnd(run, admin);
        assertThat(ended).containsEntry("status", "finished").containsEntry("matchedNeeds", 1).containsEntry("totalNeeds", 2);

        List<Map<String, Object>> ofY = http.list(http.get("/api/proposals", companyY));
        assertThat(ofY).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("status", "open").containsEntry("needId", NEED_Y.toString())
                    .containsEntry("campusId", CAMPUS_B).containsEntry("unitIds", List.of(UNIT_B.toString()));
            assertThat((Map<String, Object>) p.get("explanation")).containsEntry("kind", "MatchedNeed");
        });
        List<Map<String, Object>> ofX = http.list(http.get("/api/proposals", companyX));
        assertThat(ofX).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("status", "unmatched");
            assertThat((Map<String, Object>) p.get("explanation")).containsEntry("kind", "UnmatchedNeed").containsKey("reason");
        });
        String proposal = (String) ofY.get(0).get("id");

        assertThat(post("/api/proposals/" + proposal + "/confirm", null, http.token(MANAGER_B)).status())
                .as("a campus cannot confirm before the company accepted").isEqualTo(409);
        assertThat(post("/api/proposals/" + proposal + "/accept", null, companyX).status())
                .as("another company's proposal does not exist for it").isEqualTo(404);
        Reply accepted = post("/api/proposals/" + proposal + "/accept", null, companyY);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(http.object(accepted)).containsEntry("status", "accepted");

        assertThat(post("/api/proposals/" + proposal + "/confirm", null, http.token(MANAGER_A)).status())
                .as("a manager of another campus").isEqualTo(404);
        Reply confirmed = post("/api/proposals/" + proposal + "/confirm", null, http.token(MANAGER_B));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(http.object(confirmed)).containsEntry("status", "confirmed");

        assertThat(sql.column("SELECT unit_id || ' ' || to_char(first_month, 'YYYY-MM') || ' ' || to_char(last_month, 'YYYY-MM') FROM lease WHERE need_id = '" + NEED_Y + "'"))
                .containsExactly(UNIT_B + " " + ofY.get(0).get("startMonth") + " " + lastMonth((String) ofY.get(0).get("startMonth"), 24));
        assertThat(sql.column("SELECT status FROM need WHERE id = '" + NEED_Y + "'")).containsExactly("matched");
        assertThat(sql.column("SELECT action FROM audit_event WHERE subject = '" + proposal + "' ORDER BY id"))
                .containsExactly("proposal.accepted", "proposal.confirmed");
        assertThat(openNeedsOnLandingPage()).isEqualTo(openNeedsBefore - 1);

        Map<String, Object> figures = http.object(http.send(HttpRequest.GET("/api/matching/runs/" + run + "/figures")));
        assertThat((Map<String, Object>) figures.get("total")).as("a run of two companies shows no figure at all")
                .containsEntry("withheld", true).doesNotContainKey("needs");
        assertThat((List<Map<String, Object>>) figures.get("provinces")).allSatisfy(p ->
                assertThat(p).as("a province with fewer than 3 needs is withheld").containsEntry("withheld", true)
                        .doesNotContainKey("needs"));

        String snapshot = http.get("/api/admin/matching/runs/" + run + "/snapshot", admin).body();
        String solution = http.get("/api/admin/matching/runs/" + run + "/solution", admin).body();
        var instance = InstanceReader.readString(snapshot);
        assertThat(instance.needs()).extracting(n -> n.id()).containsExactlyInAnyOrder(NEED_X.toString(), NEED_Y.toString());
        assertThat(SolutionValidator.check(instance, SolutionJson.readString(solution))).isEmpty();
        assertThat(validatedByTheCommandLine(snapshot, solution)).as("labspace-solver validate, in its own process")
                .isEqualTo("valid");
    }

    /** What the solver's command line (solve/validate/explain, a separate JVM) prints for a run's two downloads. */
    private static String validatedByTheCommandLine(String snapshot, String solution) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("run-download");
        java.nio.file.Path in = java.nio.file.Files.writeString(dir.resolve("snapshot.json"), snapshot);
        java.nio.file.Path out = java.nio.file.Files.writeString(dir.resolve("solution.json"), solution);
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "nl.labspace.solver.cli.Main", "validate", in.toString(), out.toString()).redirectErrorStream(true).start();
        String printed = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(cli.waitFor()).as(printed).isZero();
        return printed.lines().reduce((a, b) -> b).orElse("");
    }

    private Map<String, Object> awaitEnd(String run, String admin) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not end within 30 s");
    }

    private int openNeedsOnLandingPage() {
        String page = http.send(HttpRequest.GET("/")).body();
        Matcher m = Pattern.compile("id=\"open-needs\"><strong>([0-9.,]+)</strong>").matcher(page);
        assertThat(m.find()).as("open needs on the landing page").isTrue();
        return Integer.parseInt(m.group(1).replaceAll("[.,]", ""));
    }

    private Reply post(String path, String body, String token) {
        var request = HttpRequest.POST(path, body == null ? "" : body).bearerAuth(token);
        return http.send(body == null ? request : request.contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String lastMonth(String start, int term) {
        return java.time.YearMonth.parse(start).plusMonths(term - 1L).toString();
    }
}
