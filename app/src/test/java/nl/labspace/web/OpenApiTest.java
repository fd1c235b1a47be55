package nl.labspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.access.ApiClient;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.AccountService;
import nl.labspace.account.Roles;
import nl.labspace.account.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document as served: what a client relies on. Every operation has a summary and a meaningful, unique
 * operationId; creations answer 201; every operation that reads parameters or a body documents its 400 problem;
 * problems are application/problem+json of the one Problem schema; and the searches document every parameter they
 * read, which the searches themselves name when refusing an unknown one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    static final String DOCUMENT = "/swagger/labspace-nl-0.1.yml";
    static final String PROBLEM = "#/components/schemas/Problem";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** The operations that create something and answer 201 with a Location. */
    static final Set<String> CREATIONS = Set.of("POST /api/campuses/{campusId}/units", "POST /api/needs", "POST /api/alerts",
            "POST /api/admin/accounts", "POST /api/admin/matching/runs", "POST /api/insight/scenarios",
            "POST /api/units/{unitId}/files", "POST /api/admin/invitations",
            "POST /api/units/{id}/enquiries", "POST /api/enquiries/{id}/messages");
    static final String ADMIN = "openapi-admin@test.nl";
    static final String PASSWORD = "openapi-test-password";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private String spec;
    private Map<String, Object> document;
    private Map<String, Map<String, Object>> operations;
    private String adminToken;

    @BeforeAll
    void load(AccountService accounts) {
        spec = client.toBlocking().retrieve(HttpRequest.GET(DOCUMENT));
        document = new Yaml().load(spec);
        operations = new LinkedHashMap<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase() + " " + path, map(op));
            }
        }));
        accounts.create("openapi-test", ADMIN, "OpenAPI test admin", PASSWORD,
                new AccountBinding(Roles.ADMIN, null, null, null, false));
        adminToken = ApiClient.token(client, ADMIN, PASSWORD);
    }

    @Test
    void theGeneratedDocumentDescribesTheMarketplaceEndpointsAndBearerAuth() {
        assertThat(spec).contains("title: Labspace NL")
                .contains("/api/search/space:", "/api/campuses/{campusId}/units:", "/api/units/{id}:", "/api/needs:")
                .contains("scheme: bearer");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"))).contains("swagger");
    }

    @Test
    void theDocumentNamesItsLicenceAndTheLocalServer() {
        assertThat(map(map(document.get("info")).get("license"))).containsEntry("name", "EUPL-1.2").containsKey("url");
        assertThat(list(document.get("servers"))).extracting(s -> map(s).get("url")).contains("http://localhost:8080");
    }

    @Test
    void everyOperationHasASummaryAndAUniqueMeaningfulOperationId() {
        Set<String> ids = new TreeSet<>();
        operations.forEach((name, op) -> {
            assertThat((String) op.get("summary")).as("summary of %s", name).isNotBlank();
            String id = (String) op.get("operationId");
            // camelCase words: no generated 'one_1', and no bare verb like 'all' or 'create'
            assertThat(id).as("operationId of %s", name).matches("[a-z]+([A-Z][a-z]+)+");
            assertThat(ids.add(id)).as("operationId %s of %s is unique", id, name).isTrue();
        });
        assertThat(operations).containsKeys("POST /login", "GET /logout", "POST /logout");
    }

    @Test
    void creationsAreDocumentedAs201AndNothingElseIs() {
        operations.forEach((name, op) -> {
            Map<String, Object> responses = map(op.get("responses"));
            if (CREATIONS.contains(name)) {
                assertThat(responses).as("responses of %s", name).containsKey("201").doesNotContainKey("200");
                assertThat(map(map(responses.get("201")).get("content"))).as("201 of %s", name).containsKey("application/json");
            } else {
                assertThat(responses).as("responses of %s", name).doesNotContainKey("201");
            }
        });
        assertThat(map(operations.get("POST /api/auth/logout").get("responses"))).containsKey("204").doesNotContainKey("200");
    }

    @Test
    void everyOperationWithParametersOrABodyDocumentsItsBadRequestProblem() {
        operations.forEach((name, op) -> {
            if (op.containsKey("parameters") || op.containsKey("requestBody")) {
                assertThat(map(op.get("responses"))).as("responses of %s", name).containsKey("400");
            }
            if (op.containsKey("requestBody")) {
                assertThat(map(op.get("responses"))).as("responses of %s, which reads a body", name).containsKeys("413", "415");
            }
        });
    }

    @Test
    void everyProblemIsAProblemDocument() {
        assertThat(map(map(map(map(document.get("components")).get("schemas")).get("Problem")).get("properties")))
                .containsKeys("type", "title", "status", "detail", "invalidParams");
        operations.forEach((name, op) -> map(op.get("responses")).forEach((code, response) -> {
            if (code.startsWith("4")) {
                Map<String, Object> content = map(map(response).get("content"));
                assertThat(content).as("%s of %s", code, name).containsOnlyKeys("application/problem+json");
                assertThat(map(map(content.get("application/problem+json")).get("schema")))
                        .as("%s of %s", code, name).containsEntry("$ref", PROBLEM);
            }
        }));
    }

    @Test
    void operationsThatNeedSignInSayBearerAndDocument401() {
        List<Object> anonymousOrBearer = list(document.get("security"));
        assertThat(anonymousOrBearer).contains(Map.of(), Map.of("bearer", List.of()));
        operations.forEach((name, op) -> {
            boolean needsToken = List.of(Map.of("bearer", List.of())).equals(op.get("security"));
            assertThat(map(op.get("responses")).containsKey("401")).as("%s: 401 documented iff bearer required", name)
                    .isEqualTo(needsToken || name.equals("POST /api/auth/token"));
        });
        assertThat(operations.get("GET /api/search/space")).doesNotContainKey("security");
        assertThat(operations.get("GET /api/search/demand")).containsKey("security");
        assertThat(map(operations.get("GET /api/search/demand").get("responses"))).containsKey("403");
    }

    @Test
    void everyParameterHasADescriptionATypeAndAnExample() {
        operations.forEach((name, op) -> list(op.getOrDefault("parameters", List.of())).forEach(p -> {
            Map<String, Object> parameter = map(p);
            String what = "parameter %s of %s".formatted(parameter.get("name"), name);
            assertThat((String) parameter.get("description")).as(what).isNotBlank();
            Map<String, Object> schema = map(parameter.get("schema"));
            assertThat(schema.containsKey("type") || schema.containsKey("$ref")).as("%s has a type", what).isTrue();
            Map<String, Object> described = "array".equals(schema.get("type")) ? map(schema.get("items")) : schema;
            Object example = parameter.containsKey("example") ? parameter.get("example") : referenced(described).get("example");
            assertThat(example).as("%s has an example", what).isNotNull();
        }));
        assertThat(map(parameter("GET /api/units/{id}", "id").get("schema"))).containsEntry("format", "uuid");
        assertThat(map(parameter("GET /api/campuses/{id}", "id").get("schema"))).containsKey("pattern");
        assertThat(map(parameter("GET /api/admin/audit", "limit").get("schema"))).containsEntry("minimum", 1).containsEntry("maximum", 1000);
    }

    @Test
    void theSpaceSearchDocumentsEveryParameterItReads() {
        Set<String> read = parametersTheSearchReads("/api/search/space", null);

        assertThat(read).contains("region", "near", "withinKm", "containment", "gmp", "features", "minLabM2",
                "minOfficeM2", "maxRent", "availableBy", "includePipeline", "sort", "page", "size", "format");
        assertThat(queryParameters("GET /api/search/space")).containsExactlyInAnyOrderElementsOf(read);
        assertThat(map(parameter("GET /api/search/space", "size").get("schema"))).containsEntry("minimum", 1).containsEntry("maximum", 100);
        assertThat(map(parameter("GET /api/search/space", "sort").get("schema"))).containsEntry("enum", List.of("rent", "size", "distance"));
        assertThat(map(map(map(operations.get("GET /api/search/space").get("responses")).get("200")).get("content")))
                .containsKeys("application/json", "application/geo+json");
    }

    @Test
    void theDemandSearchDocumentsEveryParameterItReads() {
        Set<String> read = parametersTheSearchReads("/api/search/demand", adminToken);

        assertThat(read).contains("moveInFrom", "moveInTo", "sector");
        assertThat(queryParameters("GET /api/search/demand")).containsExactlyInAnyOrderElementsOf(read);
    }

    /** The searches refuse a parameter they do not read, naming those they do: "... (known: [a, b, c])". */
    private Set<String> parametersTheSearchReads(String path, String token) {
        TestHttp.Reply reply = new TestHttp(client, json).get(path + "?notAParameter=1", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Matcher known = Pattern.compile("known: \\[([^\\]]*)]").matcher(reply.body());
        assertThat(known.find()).as(reply.body()).isTrue();
        return new TreeSet<>(List.of(known.group(1).split(", ")));
    }

    private List<String> queryParameters(String operation) {
        List<String> names = new ArrayList<>();
        for (Object p : list(operations.get(operation).get("parameters"))) {
            assertThat(map(p)).containsEntry("in", "query");
            names.add((String) map(p).get("name"));
        }
        return names;
    }

    private Map<String, Object> parameter(String operation, String name) {
        return list(operations.get(operation).get("parameters")).stream().map(OpenApiTest::map)
                .filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(operation + " documents no parameter " + name));
    }

    /** The schema a {"$ref": "#/components/schemas/X"} points at, or the schema itself. */
    private Map<String, Object> referenced(Map<String, Object> schema) {
        String ref = (String) schema.get("$ref");
        return ref == null ? schema
                : map(map(map(document.get("components")).get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
