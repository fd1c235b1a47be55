package nl.labspace.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ProblemResponses;

/** The browser sign-in form; it posts to Micronaut's /login, which answers with a session cookie. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private final String page = Templates.read("/views/login.html");

    @Get("{?error}")
    @Produces(MediaType.TEXT_HTML)
    @Tag(name = "pages")
    @Operation(operationId = "loginPage", summary = "The sign-in page (HTML)",
            description = "The browser's sign-in form; it posts email and password to POST /login (browserLogin).")
    @ApiResponse(responseCode = "200", description = "The sign-in page", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    String form(@Parameter(description = "Present (any value; the sign-in failure sends 1): the page says the last "
                        + "sign-in failed", example = "1", schema = @Schema(maxLength = 1000))
                @Nullable @QueryValue String error) {
        return page.replace("{{error}}", error == null ? ""
                : "<p class=\"error\" role=\"alert\">Sign-in failed: wrong email or password, or the account is locked for a while.</p>");
    }
}
