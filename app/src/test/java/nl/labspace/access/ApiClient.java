package nl.labspace.access;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;

/** Signs in through the API and returns the bearer token. */
public final class ApiClient {

    private ApiClient() {
    }

    @SuppressWarnings("unchecked")
    public static String token(HttpClient client, String email, String password) {
        Map<String, Object> body = client.toBlocking().retrieve(
                HttpRequest.POST("/api/auth/token", Map.of("email", email, "password", password)), Map.class);
        return (String) body.get("accessToken");
    }
}
