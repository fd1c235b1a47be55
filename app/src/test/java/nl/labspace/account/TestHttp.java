package nl.labspace.account;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import nl.labspace.TestMarket;
import nl.labspace.access.ApiClient;

/**
 * Blocking calls for behaviour tests: any status comes back as a Reply (never as an exception), with the raw
 * body, so a test can both parse it and check that something never appears in it.
 */
public final class TestHttp {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(OBJECT);

    private final HttpClient client;
    private final JsonMapper json;

    public TestHttp(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public record Reply(int status, String body, HttpHeaders headers) {

        public String contentType() {
            return headers.get(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** A bearer token for one of the TestMarket accounts (all share TestMarket.PASSWORD). */
    public String token(String email) {
        return ApiClient.token(client, email, TestMarket.PASSWORD);
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.GET(path).bearerAuth(token));
    }

    public Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return new Reply(response.code(), response.body(), response.getHeaders());
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Reply(response.code(), response.getBody(String.class).orElse(""), response.getHeaders());
        }
    }

    public Map<String, Object> object(Reply reply) {
        return parse(reply.body(), OBJECT);
    }

    public List<Map<String, Object>> list(Reply reply) {
        return parse(reply.body(), LIST);
    }

    private <T> T parse(String body, Argument<T> type) {
        try {
            return json.readValue(body, type);
        } catch (java.io.IOException e) {
            throw new AssertionError("not the expected JSON: " + body, e);
        }
    }
}
