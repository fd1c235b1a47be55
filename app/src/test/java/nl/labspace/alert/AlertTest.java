package nl.labspace.alert;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alerts list every unit that is new or changed since the last one and matches the saved search, never one twice
 * for the same change, and none is lost when a change commits while an alert is being computed. Units are
 * published and edited through the API; the job is run as its schedule would run it. Each test saves its own
 * search, which only sees what changes after it is saved.
 */
@MicronautTest(transactional = false)
class AlertTest extends TestMarketTest {

    @Inject
    AlertJob job;

    private AlertDriver alerts;
    private String company;
    private String managerA;
    private String managerB;

    @BeforeAll
    void actors() {
        alerts = new AlertDriver(http, job, sql);
        company = http.token(COMPANY_X_USER);
        managerA = http.token(MANAGER_A);
        managerB = http.token(MANAGER_B);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMatchingUnitIsListedWithoutCap() {
        UUID search = alerts.saveSearch(company, "Big labs at A", "campus=" + CAMPUS_A + "&minLabM2=2000", "instant");
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            published.add(alerts.publish(managerA, CAMPUS_A, "Big " + i, 2000 + i, 300).toString());
        }
        alerts.publish(managerA, CAMPUS_A, "Too small", 1999, 300);
        alerts.publish(managerB, CAMPUS_B, "Other campus", 2500, 300);

        alerts.run();

        List<Map<String, Object>> sent = alerts.alertsOf(company, search);
        assertThat(sent).singleElement().satisfies(a -> assertThat(a).containsEntry("items", 60));
        assertThat(alerts.listed(company, search, sent.get(0).get("id"))).containsExactlyInAnyOrderElementsOf(published);
        // listing statistics count every alert that reported a unit, those past the mail's first 50 too
        List<Map<String, Object>> units = (List<Map<String, Object>>) http.object(
                http.get("/api/campuses/" + CAMPUS_A + "/statistics", managerA)).get("units");
        Map<String, Long> counted = new java.util.HashMap<>();
        units.forEach(u -> counted.put((String) u.get("unitId"), ((List<?>) u.get("months")).stream()
                .mapToLong(m -> ((Number) ((Map<?, ?>) m).get("alertsSent")).longValue()).sum()));
        for (String unit : published) {
            long reported = Long.parseLong(sql.column("SELECT count(*) FROM alert_item WHERE unit_id = '%s'".formatted(unit)).get(0));
            assertThat(reported).as(unit).isPositive();
            assertThat(counted.get(unit)).as(unit).isEqualTo(reported);
        }
    }

    @Test
    void twoAlertsNeitherRepeatNorMissAChange() {
        UUID search = alerts.saveSearch(company, "Mid labs", "minLabM2=700&maxRent=400", "instant");
        UUID first = alerts.publish(managerA, CAMPUS_A, "M1", 700, 350);
        UUID second = alerts.publish(managerB, CAMPUS_B, "M2", 710, 390);
        alerts.run();

        UUID third = alerts.publish(managerA, CAMPUS_A, "M3", 720, 360);
        alerts.changeRent(managerB, second, 380);
        alerts.run();
        alerts.run();

        assertThat(alerts.everyAlert(company, search)).containsExactly(
                List.of(first.toString(), second.toString()),
                List.of(third.toString(), second.toString()));
    }

    @Test
    void aChangeCommittingWhileAnAlertIsComputedComesInTheNextAlert() throws Exception {
        UUID search = alerts.saveSearch(company, "Race", "minLabM2=3100", "instant");
        UUID held = alerts.publish(managerA, CAMPUS_A, "Held", 3100, 300);
        alerts.run();
        assertThat(alerts.alertsOf(company, search)).hasSize(1);

        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // an edit of the rent that has not committed yet, started before the next unit is published
                st.executeUpdate("UPDATE unit SET rent_per_m2_year = 310, version = version + 1 WHERE id = '" + held + "'");
            }
            UUID later = alerts.publish(managerA, CAMPUS_A, "Later", 3200, 300);
            alerts.runNow();
            assertThat(alerts.alertsOf(company, search)).as("nothing can be reported while an older change is open").hasSize(1);
            c.commit();
            alerts.run();
            assertThat(alerts.everyAlert(company, search)).containsExactly(
                    List.of(held.toString()), List.of(later.toString(), held.toString()));
        }
    }

    @Test
    void aPausedAlertSendsNothingThenOrLater() {
        UUID search = alerts.saveSearch(company, "Paused", "minLabM2=4000", "instant");
        assertThat(alerts.put(company, search, """
                {"name":"Paused","search":"minLabM2=4000","frequency":"instant","status":"paused"}""").status()).isEqualTo(200);
        alerts.publish(managerA, CAMPUS_A, "While paused", 4000, 300);
        alerts.run();
        assertThat(alerts.alertsOf(company, search)).isEmpty();

        assertThat(alerts.put(company, search, """
                {"name":"Paused","search":"minLabM2=4000","frequency":"instant","status":"active"}""").status()).isEqualTo(200);
        UUID after = alerts.publish(managerA, CAMPUS_A, "After resuming", 4001, 300);
        alerts.run();
        assertThat(alerts.everyAlert(company, search)).containsExactly(List.of(after.toString()));
    }

    @Test
    void aDailyAlertWaitsForItsSlot() {
        UUID search = alerts.saveSearch(company, "Daily", "minLabM2=5000", "daily");
        UUID unit = alerts.publish(managerA, CAMPUS_A, "For the daily", 5000, 300);
        alerts.run();
        assertThat(alerts.alertsOf(company, search)).isEmpty();

        job.runDue(java.time.OffsetDateTime.now().plusDays(1).plusMinutes(1));
        assertThat(alerts.everyAlert(company, search)).containsExactly(List.of(unit.toString()));
    }

    @Test
    void aUnitWithdrawnBeforeTheAlertIsNotReported() {
        UUID search = alerts.saveSearch(company, "Withdrawn", "minLabM2=6000", "instant");
        UUID unit = alerts.publish(managerA, CAMPUS_A, "Comes and goes", 6000, 300);
        assertThat(http.send(io.micronaut.http.HttpRequest.POST("/api/units/" + unit + "/withdraw", "").bearerAuth(managerA)).status())
                .isEqualTo(200);
        alerts.run();
        assertThat(alerts.alertsOf(company, search)).isEmpty();
    }

    @Test
    void aStaleUnitIsNeverAlertedAndComesBackWhenReconfirmed() {
        UUID search = alerts.saveSearch(company, "Fresh only", "minLabM2=8000", "instant");
        UUID stale = alerts.publish(managerA, CAMPUS_A, "Gone quiet", 8000, 300);
        UUID fresh = alerts.publish(managerA, CAMPUS_A, "Fresh", 8001, 310);
        // 120 days pass without its campus confirming it: its confirmation day, which no endpoint moves back
        sql.execute("UPDATE unit SET last_confirmed = current_date - 120 WHERE id = '" + stale + "'");
        assertThat(http.get("/api/search/space?minLabM2=8000", null).body()).as("search hides it as stale")
                .contains(fresh.toString()).doesNotContain(stale.toString());
        alerts.run();
        assertThat(alerts.everyAlert(company, search)).containsExactly(List.of(fresh.toString()));

        reconfirm(fresh);
        alerts.run();
        assertThat(alerts.alertsOf(company, search)).as("a fresh unit reconfirmed changes nothing for searchers").hasSize(1);

        reconfirm(stale);
        alerts.run();
        assertThat(alerts.everyAlert(company, search)).containsExactly(List.of(fresh.toString()), List.of(stale.toString()));
        Map<String, Object> back = alerts.alertsOf(company, search).get(0);
        assertThat(http.get("/api/alerts/" + search + "/alerts/" + back.get("id"), company).body()).contains("\"change\":\"back\"");
    }

    private void reconfirm(UUID unit) {
        assertThat(http.send(io.micronaut.http.HttpRequest.POST("/api/units/" + unit + "/reconfirm", "").bearerAuth(managerA)).status())
                .isEqualTo(200);
    }
}
