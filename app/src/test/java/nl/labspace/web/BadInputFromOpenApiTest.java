package nl.labspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Bad input generated from the OpenAPI document: for every operation with a body or parameters, as a caller allowed
 * to use it, malformed JSON, wrong types, nulls inside lists, NUL characters, huge and fractional numbers,
 * 100,000-character strings, unknown enum values and an over-large body. Each must answer 4xx problem+json naming
 * the field it broke (404 only for a bad path value, 413 or 415 only for a body as a whole: every path id in the
 * calls is one the caller may use), never 5xx, and change no row of any table. A new endpoint is covered once it is
 * documented.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "micronaut.http.client.max-content-length", value = "10485760")
class BadInputFromOpenApiTest extends TestMarketTest {

    private static final String NUL = "a\u0000b";
    private static final String CSV_HEADER = "id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,"
            + "rent_per_m2_year,min_term_months,max_term_months,status,delivery_month,last_confirmed";

    /** Callers tried in turn until one is allowed past authorization (anonymous last). */
    private final Map<String, String> callers = new LinkedHashMap<>();
    private Map<String, Object> document;
    private TableFingerprints tables;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readDocument() {
        for (String who : List.of(TestMarket.COMPANY_X_USER, TestMarket.MANAGER_A, TestMarket.FUND_ZH, TestMarket.ADMIN)) {
            callers.put(who, http.token(who));
        }
        callers.put("anonymous", null);
        OwnedIds.seed(sql);
        String yaml = http.send(HttpRequest.GET("/swagger/labspace-nl-0.1.yml")).body();
        document = new Yaml().load(yaml);
        tables = new TableFingerprints(sql);
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyDocumentedOperationRefusesBadInputAndWritesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            List<BadCall> calls = badCalls(path, method.toUpperCase(), (Map<String, Object>) op);
            if (!calls.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(method.toUpperCase() + " " + path + " (" + calls.size() + " bad inputs)",
                        () -> refusedWithoutWriting(calls)));
            }
        }));
        assertThat(tests).as("operations with a body or parameters").hasSizeGreaterThan(10);
        return tests.stream();
    }

    private void refusedWithoutWriting(List<BadCall> calls) {
        Map<String, String> before = tables.all();
        for (BadCall call : calls) {
            Reply reply = sendAsAllowedCaller(call);
            assertThat(reply.status()).as(call + " answered " + reply.body()).isBetween(400, 499);
            assertThat(reply.contentType()).as(call + " content type").startsWith("application/problem+json");
            if (reply.status() == 400) {
                assertThat(reply.body()).as(call + " names the field").contains("\"name\":\"" + call.field());
            } else if (call.inPath()) {
                assertThat(reply.status()).as(call + " (a bad path value) answered " + reply.body()).isIn(404, 405);
            } else {
                // every path id is one the caller may use, so only the size of a body may be the reason
                assertThat(reply.status()).as(call + " answered " + reply.body()).isIn(413, 415);
                assertThat(call.field()).isEqualTo("body");
            }
        }
        assertThat(tables.all()).as("rows after the bad inputs").isEqualTo(before);
    }

    private Reply sendAsAllowedCaller(BadCall call) {
        Reply reply = null;
        for (String token : callers.values()) {
            reply = http.send(call.request(token));
            if (reply.status() != 401 && reply.status() != 403) {
                return reply;
            }
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    private List<BadCall> badCalls(String template, String method, Map<String, Object> op) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Map<String, Object> p : parameters) {
            if ("path".equals(p.get("in"))) {
                pathValues.put((String) p.get("name"), OwnedIds.forParameter(template, (String) p.get("name")));
            }
        }
        String path = OwnedIds.fill(template, pathValues);
        List<BadCall> calls = new ArrayList<>();
        for (Map<String, Object> p : parameters) {
            String name = (String) p.get("name");
            Map<String, Object> schema = (Map<String, Object>) p.getOrDefault("schema", Map.of());
            for (String bad : BadValues.forParameter(schema)) {
                if ("path".equals(p.get("in"))) {
                    if (bad.length() < 1_000) {
                        pathValues.put(name, bad);
                        calls.add(new BadCall(method, OwnedIds.fill(template, pathValues), name, null, null, true));
                        pathValues.put(name, OwnedIds.forParameter(template, name));
                    }
                } else if ("query".equals(p.get("in"))) {
                    calls.add(BadCall.of(method, path + "?" + name + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), name, null, null));
                }
            }
        }
        Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
        if (body != null) {
            Map<String, Object> content = (Map<String, Object>) body.get("content");
            if (content.containsKey("application/json")) {
                Map<String, Object> schema = Schemas.resolve(document,
                        (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema"));
                BadBodies.of(document, schema).forEach(b -> calls.add(BadCall.of(method, path, b.field(), b.json(), MediaType.APPLICATION_JSON)));
            } else if (content.containsKey("text/csv")) {
                calls.add(BadCall.of(method, path, "line 2: name", CSV_HEADER + "\n," + NUL
                        + ",100,0,none,none,,2027-01,,300,1,,available,,\n", "text/csv"));
                calls.add(BadCall.of(method, path, "body", "x".repeat(3 * 1024 * 1024), "text/csv"));
            }
        }
        return calls;
    }

    /** One request: what it breaks (the field an answer must name) and how to send it as a given caller. */
    record BadCall(String method, String uri, String field, String body, String contentType, boolean inPath) {

        static BadCall of(String method, String uri, String field, String body, String contentType) {
            return new BadCall(method, uri, field, body, contentType, false);
        }

        MutableHttpRequest<?> request(String token) {
            MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.valueOf(method), uri);
            if (body != null) {
                request.body(body).contentType(contentType);
            }
            return token == null ? request : request.bearerAuth(token);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " body " + (body.length() > 120 ? body.substring(0, 120) + "..." : body);
            return method + " " + (uri.length() > 160 ? uri.substring(0, 160) + "..." : uri) + shown;
        }
    }

    /** Ids the test callers own, so that a call is refused for its input and not for whose object it names. */
    static final class OwnedIds {

        private static String account;
        private static String run;
        private static String proposal;
        private static String scenario;
        private static String savedSearch;

        private OwnedIds() {
        }

        /** A finished run with an open proposal of company X's need, and an account: real ids to call with. */
        static void seed(nl.labspace.account.TestSql sql) {
            account = sql.column("SELECT id FROM account WHERE email = '" + TestMarket.FUND_ZH + "'").get(0);
            run = UUID.randomUUID().toString();
            proposal = UUID.randomUUID().toString();
            sql.execute("INSERT INTO matching_run (id, scope_key, budget_seconds, seed, started_by, status, phase, snapshot, solution) "
                    + "VALUES ('" + run + "', 'seeded-" + run + "', 1, 1, 'test', 'finished', 'done', '{}', '{}')");
            sql.execute("INSERT INTO proposal (id, run_id, need_id, campus_id, start_month, term_months, status, need_version, explanation) "
                    + "SELECT '" + proposal + "', '" + run + "', id, '" + TestMarket.CAMPUS_A + "', '2027-03-01', 36, 'open', version, '{}' "
                    + "FROM need WHERE id = '" + TestMarket.NEED_X + "'");
            sql.execute("INSERT INTO proposal_unit (proposal_id, unit_id, unit_version) SELECT '" + proposal + "', id, version "
                    + "FROM unit WHERE id = '" + TestMarket.UNIT_A + "'");
            scenario = UUID.randomUUID().toString();
            sql.execute("INSERT INTO scenario (id, owner_id, name, seed, steps) VALUES ('" + scenario + "', '" + account
                    + "', 'Owned', 0, 10)");
            sql.execute("INSERT INTO scenario_building (scenario_id, position, name, campus_id, province_code, corop_code, "
                    + "rom_code, lab_m2, office_m2, suites, rent_per_m2_year, delivery_month) VALUES ('" + scenario + "', 1, "
                    + "'Wing', '" + TestMarket.CAMPUS_A + "', '', '', '', 300, 100, 1, 300, '2027-06-01')");
            savedSearch = sql.column("INSERT INTO saved_search (account_id, kind, name, query, frequency, watermark) "
                    + "SELECT id, 'space', 'Owned', '', 'daily', 0 FROM account WHERE email = '" + TestMarket.COMPANY_X_USER
                    + "' RETURNING id").get(0);
        }

        static String forParameter(String template, String name) {
            String before = template.substring(0, template.indexOf("{" + name + "}"));
            String[] segments = before.split("/");
            String owner = segments.length == 0 ? "" : segments[segments.length - 1];
            return switch (owner) {
                case "campuses" -> TestMarket.CAMPUS_A;
                case "units" -> TestMarket.UNIT_A.toString();
                case "needs", "demand" -> TestMarket.NEED_X.toString();
                case "regions" -> "PV28";
                case "accounts" -> account;
                case "runs" -> run;
                case "proposals" -> proposal;
                case "scenarios" -> scenario;
                case "files" -> "00000000-0000-0000-0000-0000000f0001"; // no file: a bad value elsewhere is refused first
                case "enquiries" -> TestMarket.THREAD_X.toString();
                case "alerts" -> savedSearch;
                default -> throw new AssertionError("no owned id for {" + name + "} in " + template + ": add one here");
            };
        }

        static String fill(String template, Map<String, String> values) {
            String path = template;
            for (Map.Entry<String, String> v : values.entrySet()) {
                path = path.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return path.replaceAll("\\{[^}]*}", "");
        }
    }
}
