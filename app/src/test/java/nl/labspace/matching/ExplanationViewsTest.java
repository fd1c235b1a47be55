package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.solver.explain.MatchedNeed;
import nl.labspace.solver.explain.NeedExplanation;
import nl.labspace.solver.explain.UnmatchedNeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each role reads of a run's explanations, through the API and the consoles, on a market built through the
 * API. On campus B a cheap and a dear unit; company Y's open need and company X's confidential pilot fit only the
 * cheap one (their rent cap), X's confidential stealth need fits both. The run gives the cheap unit to Y's need
 * (the larger: less area unserved), leaves the pilot unmatched with an alternative that displaces Y's need, and
 * gives the stealth need the dear unit, its cheaper option held by Y's need (the explanation that made the campus
 * console answer 500). Then every explanation kind the engine produces (each WhyHere code with holders, each Violation, each
 * Reason with alternatives) is stored in turn on the run's own proposals, written by the app's own writer: a small
 * market cannot make the engine break a rule or stop short of a free option, yet the app must show those too.
 * Every reader (both companies, the campus manager of the campus and of another, a fund manager, an admin) answers
 * without a 5xx and reads no id, title or name of another tenant's need; a campus reads a confidential need
 * without its distance, sector or points.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ExplanationViewsTest extends TestMarketTest {

    private static final List<String> READERS = List.of(COMPANY_X_USER, COMPANY_Y_USER, MANAGER_B, MANAGER_A, FUND_ZH, ADMIN);
    private static final List<String> CONSOLES = List.of("/console/company", "/console/campus", "/console/fund",
            "/console/admin/runs");

    private final Map<String, String> tokens = new java.util.HashMap<>();
    private String cheapUnit;
    private String dearUnit;
    private String openNeed;
    private String pilotNeed;
    private String secretNeed;

    @BeforeAll
    void aRunWhereAConfidentialNeedLosesTheCheaperUnit() throws Exception {
        String managerB = http.token(MANAGER_B);
        String companyX = http.token(COMPANY_X_USER);
        String companyY = http.token(COMPANY_Y_USER);
        assertThat(post("/api/needs/" + NEED_Y + "/withdraw", null, companyY).status()).isEqualTo(200);
        cheapUnit = publish(managerB, "Cheap hall", 200);
        dearUnit = publish(managerB, "Dear hall", 400);
        openNeed = postNeed(companyY, "Yarrow cheap lab", 290, false, 250, "diagnostics");
        pilotNeed = postNeed(companyX, "Xylo pilot lab", 280, true, 250, "drug-discovery");
        secretNeed = postNeed(companyX, "Xylo stealth lab", 280, true, 450, "drug-discovery");
        String admin = http.token(ADMIN);
        new RunDriver(http).run("{\"budgetSeconds\":5,\"seed\":5}", admin);
    }

    @Test
    void theCampusReadsTheConfidentialNeedsProposalWhoseCheaperUnitIsHeldByAnotherNeed() throws Exception {
        Reply proposals = http.get("/api/proposals", http.token(MANAGER_B));
        assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
        Map<String, Object> secret = proposalOf(secretNeed, COMPANY_X_USER);
        assertThat(secret).containsEntry("unitIds", List.of(dearUnit));
        assertThat(json.writeValueAsString(secret.get("explanation"))).contains("\"code\":\"CHEAPER_TAKEN\"",
                "\"heldBy\":[{\"m2\":330,\"accepted\":false}]");
        Map<String, Object> ofCampus = http.list(proposals).stream().filter(p -> secret.get("id").equals(p.get("id")))
                .findFirst().orElseThrow();
        assertThat(ofCampus).doesNotContainKeys("needId", "needTitle");
        assertThat((Map<String, Object>) ofCampus.get("explanation")).containsEntry("kind", "AnonymousMatchedNeed");
        Reply console = http.get("/console/campus", http.token(MANAGER_B));
        assertThat(console.status()).as(console.body()).isEqualTo(200);
    }

    @Test
    void aProposalGivesItsRentPerSquareMetreAndPerYearInTheApiAndOnThePages() {
        Map<String, Object> secret = proposalOf(secretNeed, COMPANY_X_USER);
        assertThat(secret).containsEntry("rentPerYear", 140_000);
        assertThat(((Number) secret.get("rentPerM2Year")).doubleValue()).isEqualTo(400);
        assertThat(http.get("/console/company", http.token(COMPANY_X_USER)).body())
                .contains("€\u00a0400 /m²/jaar · €\u00a0140.000 per jaar");
        assertThat(http.send(HttpRequest.GET("/console/campus").bearerAuth(http.token(MANAGER_B))
                .header("Accept-Language", "en")).body()).contains("€400 /m²/year · €140,000 per year");
        Reply options = post("/api/needs/" + secretNeed + "/options", null, http.token(COMPANY_X_USER));
        assertThat(options.body()).contains("\"rentPerM2Year\":400", "\"rentPerYear\":140000");
        assertThat(http.get("/console/company?options=" + secretNeed, http.token(COMPANY_X_USER)).body())
                .contains("€\u00a0400 /m²/jaar · €\u00a0140.000 per jaar");
    }

    @Test
    void everyReaderReadsEveryKindOfExplanationWithoutAFailureOrAnotherTenantsNeed() throws Exception {
        Map<String, Object> secret = proposalOf(secretNeed, COMPANY_X_USER);
        Map<String, Object> pilot = proposalOf(pilotNeed, COMPANY_X_USER);
        Map<String, Object> open = proposalOf(openNeed, COMPANY_Y_USER);
        assertThat(open).containsEntry("status", "open").containsEntry("unitIds", List.of(cheapUnit));
        assertThat(pilot).containsEntry("status", "unmatched");
        assertThat(ExplanationKinds.uncovered()).as("engine codes without an explanation here").isEmpty();
        List<String> problems = new ArrayList<>();
        readEverything("the run's own explanations", problems);
        List<String> ofY = List.of(openNeed, NEED_Y.toString());
        List<String> ofX = List.of(pilotNeed, secretNeed);
        List<MatchedNeed> forX = ExplanationKinds.matched(secretNeed, CAMPUS_B, cheapUnit, dearUnit, ofY);
        List<MatchedNeed> forY = ExplanationKinds.matched(openNeed, CAMPUS_B, dearUnit, cheapUnit, ofX);
        List<String> runsOwn = sql.column("SELECT explanation::text FROM proposal ORDER BY id");
        try {
            for (int i = 0; i < forX.size(); i++) {
                store(secret, forX.get(i));
                store(open, forY.get(i));
                readEverything(describe(forX.get(i)), problems);
            }
            for (UnmatchedNeed kind : ExplanationKinds.unmatched(pilotNeed, CAMPUS_B, cheapUnit, ofY)) {
                store(pilot, kind);
                readEverything(describe(kind), problems);
            }
        } finally {
            restore(runsOwn);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCompanysInstantOptionsNameNoOtherNeed() {
        Reply options = post("/api/needs/" + openNeed + "/options", null, http.token(COMPANY_Y_USER));
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        assertThat(options.body()).doesNotContain(secretNeed, pilotNeed, NEED_X.toString(), "Xylo");
        Reply page = http.get("/console/company?options=" + openNeed, http.token(COMPANY_Y_USER));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(secretNeed, pilotNeed, NEED_X.toString(), "Xylo");
    }

    /** Every reader's API answers and console pages: no 5xx, nothing of another tenant. */
    private void readEverything(String kind, List<String> problems) {
        for (String reader : READERS) {
            String token = tokens.computeIfAbsent(reader, http::token);
            List<String> paths = new ArrayList<>(CONSOLES);
            paths.add("/api/proposals");
            for (String need : List.of(secretNeed, openNeed, pilotNeed, NEED_X.toString())) {
                paths.add("/console/company?options=" + need);
                Reply options = post("/api/needs/" + need + "/options", null, token);
                check(problems, kind, reader, "POST options of " + need, options);
            }
            for (String path : paths) {
                check(problems, kind, reader, path, http.get(path, token));
            }
            Reply list = http.get("/api/proposals", token);
            if (list.status() == 200) {
                for (Map<String, Object> p : http.list(list)) {
                    check(problems, kind, reader, "/api/proposals/" + p.get("id"), http.get("/api/proposals/" + p.get("id"), token));
                    anonymousWhenUnnamed(problems, kind, reader, p);
                }
            }
        }
    }

    private void check(List<String> problems, String kind, String reader, String what, Reply reply) {
        if (reply.status() >= 500) {
            problems.add("%s: %s read %s: %d %s".formatted(kind, reader, what, reply.status(), reply.body()));
        }
        for (String secret : notFor(reader)) {
            // a refusal may repeat the id the reader asked for: that tells the reader nothing new
            if (reply.body().contains(secret) && !what.contains(secret)) {
                problems.add("%s: %s read %s and saw '%s'".formatted(kind, reader, what, secret));
            }
        }
    }

    /** A proposal whose need is not named to this reader tells neither the need's distance nor its sector. */
    private void anonymousWhenUnnamed(List<String> problems, String kind, String reader, Map<String, Object> p) {
        try {
            String explanation = json.writeValueAsString(p.get("explanation"));
            boolean telling = List.of("Distance", "CampusFocus", "sector", "drug-discovery", "chosenPoints")
                    .stream().anyMatch(explanation::contains);
            if (p.get("needId") == null && telling) {
                problems.add("%s: %s read an anonymous need's distance, sector or points: %s".formatted(kind, reader, explanation));
            }
            for (String need : List.of(secretNeed, openNeed, pilotNeed, NEED_X.toString(), NEED_Y.toString())) {
                if (explanation.contains(need)) {
                    problems.add("%s: %s read a need id in an explanation: %s".formatted(kind, reader, explanation));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What of the market's tenants a reader may not read. */
    private List<String> notFor(String reader) {
        List<String> x = List.of(NEED_X.toString(), secretNeed, pilotNeed, "Secret relocation lab", "Xylo stealth lab",
                "Xylo pilot lab", "Xylo Therapeutics");
        List<String> y = List.of(NEED_Y.toString(), openNeed, "Diagnostics scale-up", "Yarrow cheap lab", "Yarrow Diagnostics");
        return switch (reader) {
            case COMPANY_X_USER -> y;
            case COMPANY_Y_USER, MANAGER_B -> x;
            case ADMIN -> List.of();
            default -> concat(x, y);
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Stores an explanation on a run's proposal as the app's writer does (ProposalWriter's format). */
    private void store(Map<String, Object> proposal, Object explanation) throws Exception {
        String text = json.writeValueAsString(ExplanationJson.of(explanation)).replace("'", "''");
        sql.execute("UPDATE proposal SET explanation = '%s'::jsonb WHERE id = '%s'".formatted(text, proposal.get("id")));
    }

    private void restore(List<String> explanations) {
        List<String> ids = sql.column("SELECT id::text FROM proposal ORDER BY id");
        for (int i = 0; i < ids.size(); i++) {
            sql.execute("UPDATE proposal SET explanation = '%s'::jsonb WHERE id = '%s'"
                    .formatted(explanations.get(i).replace("'", "''"), ids.get(i)));
        }
    }

    private static String describe(NeedExplanation kind) {
        if (kind instanceof MatchedNeed m) {
            return "MatchedNeed " + m.whyHere().code() + " " + m.violations().stream().map(v -> v.code().name()).toList();
        }
        return "UnmatchedNeed " + ((UnmatchedNeed) kind).reason().code();
    }

    private Map<String, Object> proposalOf(String need, String company) {
        return http.list(http.get("/api/proposals", http.token(company))).stream()
                .filter(p -> need.equals(p.get("needId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for need " + need));
    }

    private String publish(String manager, String name, int rent) {
        Reply created = post("/api/campuses/" + CAMPUS_B + "/units", """
                {"name":"%s","labM2":300,"officeM2":50,"containment":"ML-I","gmp":"none","availableFrom":"2027-01",
                 "rentPerM2Year":%d,"minTermMonths":12,"maxTermMonths":60}""".formatted(name, rent), manager);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    private String postNeed(String company, String title, int labM2, boolean confidential, int maxRent, String sector) {
        Reply posted = post("/api/needs", """
                {"title":"%s","labM2":%d,"officeM2":40,"containment":"ML-I","moveInEarliest":"2027-02",
                 "moveInLatest":"2027-06","termMonths":24,"maxRentPerM2Year":%d,"maxUnits":1,
                 "near":{"lat":52.0855,"lon":5.1730,"maxKm":30},"sector":"%s","confidential":%s}"""
                .formatted(title, labM2, maxRent, sector, confidential), company);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return (String) http.object(posted).get("id");
    }

    private Reply post(String path, String body, String token) {
        return new RunDriver(http).post(path, body, token);
    }
}
