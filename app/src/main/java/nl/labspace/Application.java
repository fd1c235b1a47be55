package nl.labspace;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.JwtSecret;

/**
 * The OpenAPI document's header. Operations that need a signed-in caller name the bearer scheme themselves
 * (@SecurityRequirement on the controller or method); the document's default, for public operations, is "no token
 * needed, a bearer token accepted" (app/src/main/openapi/labspace-shared.yml).
 * The code's licence is not stated elsewhere in the repository; EUPL-1.2 is what the document declares.
 */
@OpenAPIDefinition(
        info = @Info(title = "Labspace NL", version = "0.1",
                description = "Lab-space availability and matching for the Dutch life-sciences sector: campus profiles, "
                        + "units on offer, companies' needs, searches for space and demand, and regional figures. "
                        + "Months are written YYYY-MM, areas are whole m² and rents are € per m² per year. Every 4xx "
                        + "answer is application/problem+json (the Problem schema).",
                license = @License(name = "EUPL-1.2",
                        url = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")),
        servers = @Server(url = "http://localhost:8080", description = "Local demo (scripts/demo.sh)"),
        tags = {
            @Tag(name = "campuses", description = "Campus profiles: public to read, edited by the campus's managers"),
            @Tag(name = "units", description = "Lab and office units a campus offers, one by one or as a CSV sheet"),
            @Tag(name = "needs", description = "A company's own needs for space, and needs as campuses see them"),
            @Tag(name = "search", description = "Search for space (public) and for demand (anonymised)"),
            @Tag(name = "insight", description = "Supply against demand per region"),
            @Tag(name = "matching", description = "Matching runs (admins), the proposals they write, and a need's "
                    + "instant options"),
            @Tag(name = "accounts", description = "Bearer tokens, the signed-in account, and account administration"),
            @Tag(name = "pages", description = "The browser's pages and its cookie sign-in (HTML, not JSON)")
        })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token from POST /api/auth/token, sent as 'Authorization: Bearer <token>'. Browsers signed in at "
                + "/login send the same kind of token in the HttpOnly cookie JWT, which the API accepts too.")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        JwtSecret.requireOrGenerateForDemo();
        Micronaut.run(Application.class, args);
    }
}
