package nl.labspace.listing.stats;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.db.listing.stats.ListingEventKind;
import nl.labspace.matching.RunDriver;
import org.junit.jupiter.api.Test;

/**
 * Listing statistics as users cause them, over HTTP: visitors open unit pages (each counted once per unit and
 * day), searches show units (each unit a search returned counts once, crawlers never), a matching run proposes
 * units, and the enquiry and alert features call ListingEvents (Contract 2); a campus manager reads the figures as
 * JSON and CSV. Nothing that could identify a visitor reaches the database.
 */
@MicronautTest(transactional = false)
class ListingStatsTest extends TestMarketTest {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 StatsTestMarker";
    static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    /** A visitor's address from TEST-NET-3 (RFC 5737), sent as a proxy would; it must be stored nowhere. */
    static final String ADDRESS = "203.0.113.77";

    /** The statistics' day, moved by the tests (a day in November 2026 unless a test says otherwise). */
    static final class MovableDay extends StatsDay {
        volatile LocalDate date = LocalDate.of(2026, 11, 10);

        @Override
        public LocalDate today() {
            return date;
        }
    }

    private final MovableDay day = new MovableDay();

    @Inject
    ListingEvents events;

    @Inject
    TransactionOperations<Connection> tx;

    @MockBean(StatsDay.class)
    StatsDay statsDay() {
        return day;
    }

    @Test
    void aVisitorCountsOncePerUnitAndDayTwoVisitorsTwiceAndAgainTheNextDay() {
        String unit = publish(CAMPUS_A, "Views suite", 40);
        day.date = LocalDate.of(2026, 11, 10);
        for (int i = 0; i < 5; i++) {
            view(unit, FIREFOX, ADDRESS);
        }
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", unit).get("pageViews")).as("one visitor, five views").isEqualTo(1);

        view(unit, SAFARI, ADDRESS);
        view(unit, SAFARI, ADDRESS);
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", unit).get("pageViews")).as("two visitors").isEqualTo(2);
        view(unit, FIREFOX, "198.51.100.9");
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", unit).get("pageViews"))
                .as("another browser behind the same address, and the same browser from another address").isEqualTo(3);

        view(unit, GOOGLEBOT, ADDRESS);
        view(unit, "", ADDRESS);
        assertThat(http.send(HttpRequest.GET("/units/" + unit).header("User-Agent", "Mozilla/5.0 Firefox/140.0")
                .bearerAuth(http.token(MANAGER_A))).status()).isEqualTo(200);
        http.send(HttpRequest.HEAD("/units/" + unit).header("User-Agent", "Mozilla/5.0 Chrome/142.0").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", unit).get("pageViews"))
                .as("a crawler, a request without browser, the campus's own manager and a HEAD do not count").isEqualTo(3);

        day.date = LocalDate.of(2026, 11, 11);
        view(unit, FIREFOX, ADDRESS);
        view(unit, FIREFOX, ADDRESS);
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", unit).get("pageViews")).as("the next day counts again").isEqualTo(4);
        assertThat(sql.column("SELECT day || ' ' || events FROM listing_event_day WHERE kind = 'view' AND unit_id = '%s' ORDER BY day"
                .formatted(unit))).containsExactly("2026-11-10 3", "2026-11-11 1");
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-12", unit).get("pageViews")).isEqualTo(0);
    }

    @Test
    void noAddressBrowserOrVisitorIsStoredAnywhere() {
        String unit = publish(CAMPUS_A, "Private suite", 41);
        day.date = LocalDate.of(2026, 11, 12);
        view(unit, FIREFOX, ADDRESS);
        search("campus=" + CAMPUS_A + "&minLabM2=41", FIREFOX);
        events.flush();
        assertThat(sql.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'listing_event_day' ORDER BY ordinal_position"))
                .containsExactly("unit_id", "day", "kind", "events");
        assertThat(sql.column("""
                SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'
                AND (column_name ~* '(^|_)(ip|remote|agent|visitor|fingerprint)($|_)' OR data_type = 'inet')
                ORDER BY 1"""))
                .as("columns that could hold a visitor: only the audit log's sign-in address, which is older")
                .containsExactly("audit_event.remote");
        assertThat(tablesHolding("Private suite")).as("the search below finds what is stored").containsExactly("unit");
        for (String marker : List.of(ADDRESS, "StatsTestMarker")) {
            assertThat(tablesHolding(marker)).as("tables holding " + marker).isEmpty();
        }
    }

    @Test
    void searchAppearancesCountExactlyTheUnitsEachSearchReturned() {
        day.date = LocalDate.of(2026, 11, 13);
        String big = publish(CAMPUS_A, "Search big", 2100);
        String bigger = publish(CAMPUS_A, "Search bigger", 2200);
        String small = publish(CAMPUS_A, "Search small", 150);

        List<String> found = search("campus=" + CAMPUS_A + "&minLabM2=2000", FIREFOX);
        assertThat(found).containsExactlyInAnyOrder(big, bigger);
        List<String> firstPage = search("campus=" + CAMPUS_A + "&minLabM2=2000&size=1", FIREFOX);
        assertThat(firstPage).hasSize(1);
        search("campus=" + CAMPUS_A + "&minLabM2=2000", GOOGLEBOT);
        Reply page = http.send(HttpRequest.GET("/search?campus=" + CAMPUS_A + "&minLabM2=2000").header("User-Agent", SAFARI)
                .accept(MediaType.TEXT_HTML_TYPE));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Search big", "Search bigger");

        String paged = firstPage.get(0);
        String other = paged.equals(big) ? bigger : big;
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", paged).get("searchAppearances")).isEqualTo(3);
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", other).get("searchAppearances")).isEqualTo(2);
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", small).get("searchAppearances")).as("never returned").isEqualTo(0);
    }

    @Test
    void proposalsThatNameAUnitAreCountedInTheMonthTheRunMadeThem() throws Exception {
        day.date = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String month = YearMonth.from(day.date).toString();
        RunDriver runs = new RunDriver(http);
        String admin = http.token(ADMIN);
        runs.run("{\"budgetSeconds\":5,\"seed\":7}", admin);
        assertThat(figures(MANAGER_B, CAMPUS_B, month, UNIT_B.toString()).get("proposals")).isEqualTo(1);
        runs.run("{\"budgetSeconds\":5,\"seed\":8}", admin);
        assertThat(figures(ADMIN, CAMPUS_B, month, UNIT_B.toString()).get("proposals"))
                .as("the first proposal, superseded, still counts").isEqualTo(2);
        assertThat(figures(ADMIN, CAMPUS_B, YearMonth.from(day.date).minusMonths(1).toString(), UNIT_B.toString())
                .get("proposals")).isEqualTo(0);
    }

    @Test
    void enquiriesAndAlertsCountThroughListingEventsOnlyWhenTheirTransactionCommits() {
        day.date = LocalDate.of(2026, 11, 14);
        String unit = publish(CAMPUS_A, "Asked suite", 42);
        String other = publish(CAMPUS_A, "Alerted suite", 43);
        tx.executeWrite(status -> {
            events.record(UUID.fromString(unit), ListingEventKind.ENQUIRY);
            events.recordAll(List.of(UUID.fromString(unit), UUID.fromString(other)), ListingEventKind.ALERT_SENT);
            return null;
        });
        events.recordAll(List.of(UUID.fromString(other), UUID.fromString(other)), ListingEventKind.ALERT_SENT);
        tx.executeWrite(status -> {
            events.record(UUID.fromString(unit), ListingEventKind.ENQUIRY);
            status.setRollbackOnly();
            return null;
        });
        Map<String, Object> asked = figures(MANAGER_A, CAMPUS_A, "2026-11", unit);
        assertThat(asked).containsEntry("enquiries", 1).containsEntry("alertsSent", 1);
        assertThat(figures(MANAGER_A, CAMPUS_A, "2026-11", other)).containsEntry("enquiries", 0).containsEntry("alertsSent", 3);
    }

    @Test
    void theCsvHasAHeaderAndOneQuotedRowPerUnitAndMonth() {
        day.date = LocalDate.of(2026, 11, 15);
        String unit = publish(CAMPUS_A, "Suite \\\"North\\\", 2.01", 44);
        view(unit, FIREFOX, ADDRESS);
        Reply csv = http.get("/api/campuses/" + CAMPUS_A + "/statistics.csv?from=2026-10&to=2026-11", http.token(MANAGER_A));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().get("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + CAMPUS_A + "-statistics-2026-10-2026-11.csv\"");
        String[] lines = csv.body().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("campus_id,unit_id,unit_name,unit_status,month,page_views,search_appearances,"
                + "alerts_sent,enquiries,proposals");
        assertThat(lines[lines.length - 1]).as("the last record ends with CRLF").isEmpty();
        assertThat(csv.body().replace("\r\n", "")).doesNotContain("\n");
        List<Map<String, Object>> units = statistics(MANAGER_A, CAMPUS_A, "?from=2026-10&to=2026-11");
        assertThat(lines).hasSize(1 + units.size() * 2 + 1);
        assertThat(lines).contains(
                CAMPUS_A + "," + unit + ",\"Suite \"\"North\"\", 2.01\",available,2026-10,0,0,0,0,0",
                CAMPUS_A + "," + unit + ",\"Suite \"\"North\"\", 2.01\",available,2026-11,1,0,0,0,0");
    }

    @Test
    void aPeriodThatIsNoPeriodIsRefusedNamingItsField() {
        String token = http.token(MANAGER_A);
        for (String[] bad : List.of(new String[] {"?from=2026-13", "from", "2026-13"}, new String[] {"?to=nov", "to", "nov"},
                new String[] {"?from=2026-11&to=2026-10", "from", "2026-11"},
                new String[] {"?from=2010-01&to=2026-11", "from", "2010-01"})) {
            for (String path : List.of("/statistics", "/statistics.csv")) {
                Reply reply = http.get("/api/campuses/" + CAMPUS_A + path + bad[0], token);
                assertThat(reply.status()).as(path + bad[0] + " " + reply.body()).isEqualTo(400);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.body()).contains("\"name\":\"" + bad[1] + "\"").contains(bad[2]);
            }
        }
        assertThat(http.get("/api/campuses/" + CAMPUS_B + "/statistics?from=2026-13", token).status())
                .as("another campus is not found, whatever the period").isEqualTo(404);
        assertThat(http.get("/api/campuses/" + CAMPUS_A + "/statistics", http.token(COMPANY_X_USER)).status()).isEqualTo(403);
    }

    @Test
    void theDefaultPeriodIsTheTwelveMonthsUpToThisOneAndEveryUnitIsListed() {
        day.date = LocalDate.of(2026, 11, 16);
        Map<String, Object> body = http.object(http.get("/api/campuses/" + CAMPUS_A + "/statistics", http.token(MANAGER_A)));
        assertThat(body).containsEntry("campusId", CAMPUS_A).containsEntry("campusName", "Campus A")
                .containsEntry("from", "2025-12").containsEntry("to", "2026-11");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) body.get("units");
        assertThat(units).isNotEmpty().allSatisfy(u -> assertThat((List<?>) u.get("months")).hasSize(12));
    }

    private String publish(String campus, String name, int labM2) {
        Reply created = http.send(HttpRequest.POST("/api/campuses/" + campus + "/units", """
                {"name":"%s","labM2":%d,"officeM2":0,"containment":"ML-I","gmp":"none","features":[],
                 "availableFrom":"2027-01","rentPerM2Year":300,"minTermMonths":6}""".formatted(name, labM2))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(http.token(campus.equals(CAMPUS_A) ? MANAGER_A : MANAGER_B)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    private void view(String unit, String agent, String address) {
        Reply page = http.send(HttpRequest.GET("/units/" + unit).header("User-Agent", agent).header("X-Forwarded-For", address)
                .header("Accept-Language", "nl-NL,nl;q=0.9").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(page.status()).isEqualTo(200);
    }

    /** The ids of the units the API search returned, as a visitor with this browser asked. */
    @SuppressWarnings("unchecked")
    private List<String> search(String query, String agent) {
        Reply reply = http.send(HttpRequest.GET("/api/search/space?" + query).header("User-Agent", agent));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) http.object(reply).get("items")).stream()
                .map(i -> (String) ((Map<String, Object>) i.get("unit")).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statistics(String who, String campus, String query) {
        Reply reply = http.get("/api/campuses/" + campus + "/statistics" + query, http.token(who));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) http.object(reply).get("units");
    }

    /** One unit's figures of one month. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(String who, String campus, String month, String unit) {
        Map<String, Object> u = statistics(who, campus, "?from=" + month + "&to=" + month).stream()
                .filter(x -> unit.equals(x.get("unitId"))).findFirst().orElseThrow(() -> new AssertionError("no unit " + unit));
        return ((List<Map<String, Object>>) u.get("months")).get(0);
    }

    /** Every table of the schema with a row whose text contains the marker. */
    private List<String> tablesHolding(String marker) {
        return sql.column("""
                SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = 'public'
                AND t.table_type = 'BASE TABLE' AND t.table_name <> 'flyway_schema_history'
                AND (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %%I r WHERE r::text LIKE %%L',
                     t.table_name, '%%%s%%'), false, true, '')))[1]::text::int > 0
                """.formatted(marker));
    }
}
