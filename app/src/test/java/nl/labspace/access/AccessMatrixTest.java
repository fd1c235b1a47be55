package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.labspace.TestMarket;
import nl.labspace.account.AccountService;
import nl.labspace.page.CsrfFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role x endpoint x owner matrix, in one place. Every route the application serves must appear in ROUTES
 * (checked by everyRouteIsInTheMatrix), and every case states who calls what and the exact status expected:
 * anonymous 401, wrong role 403, another tenant's object 404 (as if it did not exist), own object success.
 * A new endpoint joins by adding its route template to ROUTES and its cases to CASES.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String ANONYMOUS = Case.ANONYMOUS;
    static final String FRESH = Case.FRESH;
    /** The form token a browser would hold in its labspace_csrf cookie; cases that send it also send the cookie. */
    static final String FORM_TOKEN = "matrix-form-token-0123456789abcdefghijklmno";

    /** Paths of file upload forms (multipart); their cases' bodies are written url-encoded and sent as parts. */
    static final Set<String> UPLOADS = Set.of("/console/campus/import");

    /** Route templates as Micronaut reports them: "METHOD template". */
    static final Set<String> ROUTES = Set.of(
            "GET /", "GET /login{?error}", "POST /login", "GET /logout", "POST /logout",
            "POST /api/auth/token", "POST /api/auth/logout", "GET /api/me",
            "GET /api/campuses", "GET /api/campuses/{id}", "PUT /api/campuses/{id}/profile",
            "GET /api/needs", "GET /api/needs/{id}", "GET /api/demand/{id}",
            "GET /api/insight/national", "GET /api/insight/regions{?kind}", "GET /api/insight/regions/{code}",
            "GET /api/insight/lost{?kind,from,to}",
            "GET /api/admin/accounts", "POST /api/admin/accounts", "PUT /api/admin/accounts/{id}/role",
            "GET /api/admin/audit{?action,limit}", "GET /health", "GET /health/{selector}");

    /**
     * Features that keep their cases in a file of their own (access/*AccessCases.java) are listed here; each
     * contributes its route templates and its cases.
     */
    static final List<FeatureAccess> FEATURES = List.of(new ListingAccessCases(), new SearchAccessCases(), new CsvAccessCases(),
            new MatchingAccessCases(), new PageAccessCases(), new ConsoleAccessCases(), new CampusConsoleAccessCases(),
            new AdminConsoleAccessCases(), new InsightFiguresAccessCases(), new InsightFlowAccessCases(),
            new WhatIfAccessCases(), new InsightPageAccessCases(), new ListingStatsAccessCases(), new FormAnswerAccessCases(),
            new PhotosAccessCases(),
            new AccountMailAccessCases(),
            new EnquiryAccessCases(),
            new AlertAccessCases());

    static Set<String> allRoutes() {
        Set<String> all = new TreeSet<>(ROUTES);
        FEATURES.forEach(f -> all.addAll(f.routes()));
        return all;
    }

    static Stream<Case> cases() {
        return Stream.concat(coreCases(), FEATURES.stream().flatMap(f -> f.cases().stream()));
    }

    static Stream<Case> coreCases() {
        String profile = "{\"focus\":[\"drug-discovery\"],\"sharedFacilities\":[\"NMR\"]}";
        String newAccount = "{\"email\":\"new-%s@test.nl\",\"displayName\":\"New\",\"password\":\"long enough password\","
                + "\"binding\":{\"role\":\"fund-manager\",\"wholeCountry\":true}}";
        String fundBinding = "{\"role\":\"fund-manager\",\"regionCodes\":[\"PV28\",\"PV27\"]}";
        return Stream.of(
                // public pages and health
                new Case(ANONYMOUS, "GET", "/", null, 200),
                new Case(ANONYMOUS, "GET", "/login", null, 200),
                new Case(ANONYMOUS, "GET", "/health", null, 200),
                new Case(ANONYMOUS, "GET", "/health/liveness", null, 200),
                // the API's own description (static, generated at compile time)
                new Case(ANONYMOUS, "GET", "/swagger/labspace-nl-0.1.yml", null, 200),
                new Case(ANONYMOUS, "GET", "/swagger-ui/index.html", null, 200),
                new Case(ANONYMOUS, "POST", "/login", "username=" + MANAGER_A + "&password=" + TestMarket.PASSWORD
                        + "&_csrf=" + FORM_TOKEN, 303),
                // a sign-in form without the browser's token (a forged form) is refused before it is read
                new Case(ANONYMOUS, "POST", "/login", "username=" + MANAGER_A + "&password=" + TestMarket.PASSWORD, 403),
                new Case(ANONYMOUS, "GET", "/logout", null, 303),
                new Case(FRESH + MANAGER_A, "POST", "/logout", "", 303),
                new Case(ANONYMOUS, "POST", "/api/auth/token",
                        "{\"email\":\"" + COMPANY_X_USER + "\",\"password\":\"" + TestMarket.PASSWORD + "\"}", 200),
                new Case(ANONYMOUS, "POST", "/api/auth/logout", "", 401),
                new Case(FRESH + COMPANY_X_USER, "POST", "/api/auth/logout", "", 204),
                // who am I
                new Case(ANONYMOUS, "GET", "/api/me", null, 401),
                new Case(ADMIN, "GET", "/api/me", null, 200),
                new Case(MANAGER_A, "GET", "/api/me", null, 200),
                new Case(COMPANY_X_USER, "GET", "/api/me", null, 200),
                new Case(FUND_ZH, "GET", "/api/me", null, 200),
                // campus profiles: public to read, own campus to edit
                new Case(ANONYMOUS, "GET", "/api/campuses", null, 200),
                new Case(ANONYMOUS, "GET", "/api/campuses/" + CAMPUS_A, null, 200),
                new Case(ANONYMOUS, "GET", "/api/campuses/no-such-campus", null, 404),
                new Case(ANONYMOUS, "PUT", "/api/campuses/" + CAMPUS_A + "/profile", profile, 401),
                new Case(COMPANY_X_USER, "PUT", "/api/campuses/" + CAMPUS_A + "/profile", profile, 403),
                new Case(FUND_ZH, "PUT", "/api/campuses/" + CAMPUS_A + "/profile", profile, 403),
                new Case(MANAGER_A, "PUT", "/api/campuses/" + CAMPUS_A + "/profile", profile, 200),
                new Case(MANAGER_A, "PUT", "/api/campuses/" + CAMPUS_B + "/profile", profile, 404),
                new Case(MANAGER_A, "PUT", "/api/campuses/no-such-campus/profile", profile, 404),
                new Case(ADMIN, "PUT", "/api/campuses/" + CAMPUS_B + "/profile", profile, 200),
                // needs: a company's own
                new Case(ANONYMOUS, "GET", "/api/needs", null, 401),
                new Case(MANAGER_A, "GET", "/api/needs", null, 403),
                new Case(FUND_ZH, "GET", "/api/needs", null, 403),
                new Case(COMPANY_X_USER, "GET", "/api/needs", null, 200),
                new Case(ADMIN, "GET", "/api/needs", null, 200),
                new Case(ANONYMOUS, "GET", "/api/needs/" + NEED_X, null, 401),
                new Case(MANAGER_A, "GET", "/api/needs/" + NEED_X, null, 403),
                new Case(FUND_ZH, "GET", "/api/needs/" + NEED_X, null, 403),
                new Case(COMPANY_X_USER, "GET", "/api/needs/" + NEED_X, null, 200),
                new Case(COMPANY_X_USER, "GET", "/api/needs/" + NEED_Y, null, 404),
                new Case(ADMIN, "GET", "/api/needs/" + NEED_Y, null, 200),
                // demand as campuses see it
                new Case(ANONYMOUS, "GET", "/api/demand/" + NEED_X, null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/demand/" + NEED_X, null, 403),
                new Case(FUND_ZH, "GET", "/api/demand/" + NEED_X, null, 403),
                new Case(MANAGER_A, "GET", "/api/demand/" + NEED_X, null, 200),
                new Case(ADMIN, "GET", "/api/demand/" + NEED_Y, null, 200),
                // aggregates
                new Case(ANONYMOUS, "GET", "/api/insight/national", null, 200),
                new Case(ANONYMOUS, "GET", "/api/insight/regions", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/insight/regions", null, 403),
                new Case(MANAGER_A, "GET", "/api/insight/regions", null, 403),
                new Case(FUND_ZH, "GET", "/api/insight/regions", null, 200),
                new Case(ADMIN, "GET", "/api/insight/regions?kind=corop", null, 200),
                new Case(ANONYMOUS, "GET", "/api/insight/regions/PV28", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/insight/regions/PV28", null, 403),
                new Case(FUND_ZH, "GET", "/api/insight/regions/PV28", null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/regions/CR25", null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/regions/PV26", null, 404),
                new Case(ADMIN, "GET", "/api/insight/regions/PV26", null, 200),
                // lost demand: fund managers (their regions) and admins only
                new Case(ANONYMOUS, "GET", "/api/insight/lost", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/insight/lost", null, 403),
                new Case(MANAGER_A, "GET", "/api/insight/lost?kind=corop", null, 403),
                new Case(FUND_ZH, "GET", "/api/insight/lost?kind=rom&from=2026-01&to=2026-12", null, 200),
                new Case(ADMIN, "GET", "/api/insight/lost", null, 200),
                // administration
                new Case(ANONYMOUS, "GET", "/api/admin/accounts", null, 401),
                new Case(MANAGER_A, "GET", "/api/admin/accounts", null, 403),
                new Case(COMPANY_X_USER, "GET", "/api/admin/accounts", null, 403),
                new Case(FUND_ZH, "GET", "/api/admin/accounts", null, 403),
                new Case(ADMIN, "GET", "/api/admin/accounts", null, 200),
                new Case(ANONYMOUS, "POST", "/api/admin/accounts", newAccount.formatted("anon"), 401),
                new Case(MANAGER_A, "POST", "/api/admin/accounts", newAccount.formatted("mgr"), 403),
                new Case(ADMIN, "POST", "/api/admin/accounts", newAccount.formatted("admin"), 201),
                new Case(ANONYMOUS, "PUT", "/api/admin/accounts/{fund}/role", fundBinding, 401),
                new Case(FUND_ZH, "PUT", "/api/admin/accounts/{fund}/role", fundBinding, 403),
                new Case(ADMIN, "PUT", "/api/admin/accounts/{fund}/role", fundBinding, 200),
                new Case(ANONYMOUS, "GET", "/api/admin/audit", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/admin/audit", null, 403),
                new Case(ADMIN, "GET", "/api/admin/audit?action=login.", null, 200));
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    private final Map<String, String> tokens = new HashMap<>();
    private String fundAccountId;

    @BeforeAll
    void market(DataSource dataSource, AccountService accounts) throws Exception {
        TestMarket.create(dataSource, accounts);
        for (String actor : List.of(ADMIN, MANAGER_A, COMPANY_X_USER, FUND_ZH)) {
            tokens.put(actor, ApiClient.token(client, actor, TestMarket.PASSWORD));
        }
        fundAccountId = accounts.all().stream().filter(a -> a.email().equals(FUND_ZH)).findFirst().orElseThrow().id().toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachActorGetsExactlyTheStatusTheMatrixSays(Case c) {
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.valueOf(c.method()),
                c.path().replace("{fund}", fundAccountId));
        if (c.body() != null && (UPLOADS.contains(c.path()) || PhotosAccessCases.UPLOADS.contains(c.path()))) {
            request = upload(c);
        } else if (c.body() != null) {
            MediaType type = c.path().equals("/login") || c.path().startsWith("/console/") || c.path().startsWith("/password/") ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : MediaType.APPLICATION_JSON_TYPE;
            request.body(c.body()).contentType(type);
            if (c.body().contains("_csrf=" + FORM_TOKEN)) {
                request.cookie(Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN));
            }
        }
        if (c.actor().startsWith(FRESH)) {
            request.bearerAuth(ApiClient.token(client, c.actor().substring(FRESH.length()), TestMarket.PASSWORD));
        } else if (!ANONYMOUS.equals(c.actor())) {
            request.bearerAuth(tokens.get(c.actor()));
        }
        assertThat(status(request)).as(c.toString()).isEqualTo(c.status());
    }

    /**
     * A file upload form sent as the browser sends it: multipart, with the url-encoded case body's fields as parts and
     * the form token also in the query (CsrfFilter reads an upload's token there).
     */
    private static MutableHttpRequest<Object> upload(Case c) {
        MultipartBody.Builder parts = MultipartBody.builder();
        for (String field : c.body().split("&")) {
            String[] kv = field.split("=", 2);
            parts.addPart(kv[0], kv.length > 1 ? kv[1] : "");
        }
        boolean token = c.body().contains("_csrf=" + FORM_TOKEN);
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.POST, c.path() + (token ? "?_csrf=" + FORM_TOKEN : ""));
        request.body(parts.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (token) {
            request.cookie(Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN));
        }
        return request;
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> served = router.uriRoutes()
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).as("routes the app serves; add new ones to ROUTES and CASES").isEqualTo(allRoutes());
    }

    @Test
    void everyRouteHasAtLeastOneCase() {
        Set<String> covered = cases().map(c -> c.method() + " " + templateOf(c.method(), c.path())).collect(Collectors.toSet());
        Set<String> missing = allRoutes().stream().filter(r -> !covered.contains(r)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("routes without a case").isEmpty();
    }

    /** Maps a concrete path back to its route template by asking the router. */
    private String templateOf(String method, String path) {
        String plain = path.replace("{fund}", "00000000-0000-0000-0000-000000000000").split("\\?")[0];
        return router.uriRoutes()
                .filter(r -> r.getHttpMethod().name().equals(method) && r.getUriMatchTemplate().match(plain).isPresent())
                .map(r -> r.getUriMatchTemplate().toString())
                .filter(t -> !t.equals("/health/{selector}") || plain.startsWith("/health/"))
                .findFirst().orElse(path);
    }

    private int status(MutableHttpRequest<Object> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
