package nl.labspace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import nl.labspace.access.ApiClient;

/** One answer of the API: status, content type, raw body (to assert what it must never contain) and parsed JSON. */
record Reply(int status, String contentType, String body, Map<String, Object> json) {

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    /** Calls the API as one of SearchMarket's actors (null: anonymous), signing each in once. */
    static final class Caller {

        private final HttpClient client;
        private final ObjectMapper mapper;
        private final Map<String, String> tokens = new HashMap<>();

        Caller(HttpClient client, ObjectMapper mapper) {
            this.client = client;
            this.mapper = mapper;
        }

        Reply get(String uri, String actor) {
            return get(uri, actor, null);
        }

        Reply get(String uri, String actor, String accept) {
            MutableHttpRequest<Object> request = HttpRequest.GET(uri);
            if (actor != null) {
                request.bearerAuth(tokens.computeIfAbsent(actor, a -> ApiClient.token(client, a, SearchMarket.PASSWORD)));
            }
            if (accept != null) {
                request.header("Accept", accept);
            }
            try {
                return of(client.toBlocking().exchange(request, String.class));
            } catch (HttpClientResponseException e) {
                return of(e.getResponse());
            }
        }

        private Reply of(HttpResponse<?> response) {
            String body = response.getBody(String.class).orElse("");
            try {
                Map<String, Object> json = body.startsWith("{")
                        ? mapper.readValue(body, Argument.mapOf(String.class, Object.class)) : Map.of();
                return new Reply(response.code(), response.getContentType().map(Object::toString).orElse(""), body, json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
