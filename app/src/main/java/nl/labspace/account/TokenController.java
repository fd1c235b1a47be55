package nl.labspace.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.labspace.db.account.RevokedTokens;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.BadInput;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.Limits;
import nl.labspace.web.ProblemResponses;
import nl.labspace.web.Reason;

/** Bearer tokens for API clients: sign in with email and password, sign out by revoking the token. */
@Controller("/api/auth")
@Tag(name = "accounts")
class TokenController {

    private final LoginService logins;
    private final AccessRefreshTokenGenerator tokens;
    private final RevokedTokens revoked;
    private final AuditLog audit;
    private final JsonBodies bodies;

    TokenController(LoginService logins, AccessRefreshTokenGenerator tokens, RevokedTokens revoked, AuditLog audit,
                    JsonBodies bodies) {
        this.bodies = bodies;
        this.logins = logins;
        this.tokens = tokens;
        this.revoked = revoked;
        this.audit = audit;
    }

    @Serdeable
    record TokenRequest(@NotBlank @Size(max = Limits.EMAIL) String email, @NotBlank String password) {
    }

    @Serdeable
    record TokenResponse(String accessToken, String tokenType, Integer expiresIn) {
    }

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "createToken", summary = "Get a bearer token",
            description = "Sign in with email and password. A wrong email, a wrong password and a locked account all "
                    + "answer 401 alike; after LABSPACE_MAX_FAILED_LOGINS (5) failures in a row the account is locked for "
                    + "LABSPACE_LOCKOUT (15 minutes). The token lasts LABSPACE_TOKEN_SECONDS (expiresIn, 3600 s).")
    @ApiResponse(responseCode = "200", description = "Signed in: the token for 'Authorization: Bearer <accessToken>'",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ApiResponse(responseCode = "401", description = "Wrong email or password, or a locked or disabled account (one "
            + "answer for all).", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    TokenResponse token(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = TokenRequest.class)))
                        @Body String json, HttpRequest<?> request) {
        TokenRequest body = bodies.read(json, TokenRequest.class);
        if (!PasswordHasher.fits(body.password())) {
            throw new BadInput("password", body.password(), Reason.MAX_BYTES, PasswordHasher.MAX_PASSWORD_BYTES);
        }
        AuthenticationResponse response = logins.login(body.email(), body.password(), Remote.of(request));
        if (!response.isAuthenticated() || response.getAuthentication().isEmpty()) {
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "email or password is wrong, or the account is locked");
        }
        AccessRefreshToken token = tokens.generate(response.getAuthentication().get())
                .orElseThrow(() -> new IllegalStateException("no token generator is configured"));
        return new TokenResponse(token.getAccessToken(), "Bearer", token.getExpiresIn());
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Operation(operationId = "revokeToken", summary = "Sign out: revoke the bearer token",
            description = "Revokes the token this request carries: it answers 401 from now on, even before it expires. "
                    + "No body. Audited as logout.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    HttpResponse<Void> logout(Authentication authentication, HttpRequest<?> request) {
        revoke(authentication, revoked);
        audit.record(authentication.getName(), "logout", authentication.getName(), "bearer", Remote.of(request));
        return HttpResponse.noContent();
    }

    static void revoke(Authentication authentication, RevokedTokens revoked) {
        Object jti = authentication.getAttributes().get(Claims.TOKEN_ID);
        if (jti != null) {
            revoked.revoke(jti.toString(), expiry(authentication.getAttributes().get(Claims.EXPIRATION_TIME)));
        }
    }

    private static OffsetDateTime expiry(Object exp) {
        Instant at = exp instanceof Date date ? date.toInstant()
                : exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue())
                : Instant.now().plusSeconds(86_400);
        return at.atOffset(ZoneOffset.UTC);
    }
}
