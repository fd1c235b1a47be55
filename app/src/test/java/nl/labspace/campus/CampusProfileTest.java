package nl.labspace.campus;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A campus manager's profile edit: bad values answer problem+json naming field and value, and change nothing. */
@MicronautTest(transactional = false)
class CampusProfileTest extends TestMarketTest {

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"focus\":[\"Drug Discovery\"],\"sharedFacilities\":[]}|focus[0]|Drug Discovery",
            "{\"focus\":[],\"sharedFacilities\":[],\"contactEmail\":\"nobody\"}|contactEmail|nobody",
            "{\"focus\":[],\"sharedFacilities\":[],\"website\":\"ftp://x\"}|website|ftp://x"})
    void aBadProfileValueIsNamedAndNothingChanges(String body, String field, String value) {
        Object before = campus().get("profile");

        Reply refused = http.send(HttpRequest.PUT("/api/campuses/" + CAMPUS_A + "/profile", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(http.token(MANAGER_A)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType()).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((List<?>) http.object(refused).get("invalidParams")).singleElement()
                .satisfies(p -> assertThat(((Map<?, ?>) p).get("name")).isEqualTo(field))
                .satisfies(p -> assertThat(((Map<?, ?>) p).get("value")).isEqualTo(value));
        assertThat(campus().get("profile")).isEqualTo(before);
    }

    private Map<String, Object> campus() {
        return http.object(http.get("/api/campuses/" + CAMPUS_A, null));
    }
}
