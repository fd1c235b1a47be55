package nl.labspace.account;

import java.net.URI;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.Limits;
import nl.labspace.web.ProblemResponses;

/** Accounts by email: invitations (admins), password resets (anyone) and password changes (the account itself). */
@Controller("/api")
@Tag(name = "accounts")
class AccountMailController {

    static final String RESET_ANSWER = "If an account has this email address, a link to choose a new password is on "
            + "its way to it.";

    private final Invitations invitations;
    private final AccountMails mails;
    private final AccountService accounts;
    private final AccessRefreshTokenGenerator tokens;
    private final JsonBodies bodies;

    AccountMailController(Invitations invitations, AccountMails mails, AccountService accounts,
                          AccessRefreshTokenGenerator tokens, JsonBodies bodies) {
        this.invitations = invitations;
        this.mails = mails;
        this.accounts = accounts;
        this.tokens = tokens;
        this.bodies = bodies;
    }

    @Serdeable
    record InvitationRequest(
            @NotBlank @Size(max = Limits.EMAIL) @Pattern(regexp = Limits.LINE, message = Limits.LINE_MESSAGE) @Email String email,
            @NotBlank @Size(max = Limits.DISPLAY_NAME) @Pattern(regexp = Limits.LINE, message = Limits.LINE_MESSAGE) String displayName,
            @Nullable @Schema(description = "The language of the account's mails: nl (default) or en", example = "en",
                    allowableValues = {"nl", "en"}) @Size(max = 2) String language,
            @NotNull @Valid AccountBinding binding) {
    }

    @Serdeable
    record ResetRequest(@NotBlank @Size(max = Limits.EMAIL) @Pattern(regexp = Limits.LINE, message = Limits.LINE_MESSAGE) String email) {
    }

    @Serdeable
    record ResetAnswer(String detail) {
    }

    @Serdeable
    record SetPasswordRequest(@NotBlank @Size(max = 100) String token, @NotBlank String password) {
    }

    @Serdeable
    record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @Serdeable
    record LanguageRequest(@NotBlank @Schema(description = "nl or en", example = "en", allowableValues = {"nl", "en"})
                           @Size(max = 2) String language) {
    }

    @Put("/me/language")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "chooseMyMailLanguage", summary = "Choose the language of my mails",
            description = "Any signed-in account: nl (the default) or en. Every later mail to the account is in it.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Chosen")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<Void> chooseLanguage(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LanguageRequest.class)))
            @Body String json, Authentication authentication) {
        LanguageRequest body = bodies.read(json, LanguageRequest.class);
        mails.chooseLanguage(UUID.fromString(authentication.getAttributes().get(LoginService.ACCOUNT_ID).toString()), body.language());
        return HttpResponse.noContent();
    }

    @Post("/admin/invitations")
    @Secured(Roles.ADMIN)
    @Operation(operationId = "inviteAccount", summary = "Invite someone to an account by email",
            description = "Admins only. Creates the account (role and binding as for createAccount) without a password "
                    + "and mails it a one-time link to choose one, valid LABSPACE_INVITE_VALIDITY (7 days). The mail is in "
                    + "the account's language (nl or en). An email already in use answers 400 (invalidParams: email). "
                    + "Audited as account.invited.", security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "201", description = "Invited: the new account, whose address is in Location",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @TooManyRequestsResponse
    HttpResponse<AdminController.AccountResponse> invite(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InvitationRequest.class)))
            @Body String json, Authentication admin) {
        InvitationRequest body = bodies.read(json, InvitationRequest.class);
        UUID id = invitations.invite(admin.getName(),
                new Invitations.Invitation(body.email(), body.displayName(), body.language(), body.binding()));
        return HttpResponse.created(AdminController.AccountResponse.of(accounts.find(id)), URI.create("/api/admin/accounts/" + id));
    }

    @Post("/auth/password-reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password reset link by email",
            description = "Anyone. When an enabled account has this email address, a one-time link to choose a new "
                    + "password is mailed to it, valid LABSPACE_RESET_VALIDITY (1 hour). The answer is the same whether or "
                    + "not such an account exists. Limited per client address and per email address (429).")
    @ApiResponse(responseCode = "202", description = "Accepted (the same answer for every email address)",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @TooManyRequestsResponse
    HttpResponse<ResetAnswer> requestReset(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResetRequest.class)))
            @Body String json, HttpRequest<?> request) {
        ResetRequest body = bodies.read(json, ResetRequest.class);
        mails.requestReset(body.email(), Remote.of(request));
        return HttpResponse.accepted().body(new ResetAnswer(RESET_ANSWER));
    }

    @Post("/auth/password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "setPasswordFromLink", summary = "Choose a password with a mailed link's token",
            description = "Anyone holding the token of an invitation or reset mail (the token parameter of its link). "
                    + "Works once and until the link expires; a used, expired or unknown token answers 400 (invalidParams: "
                    + "token). The account's open sessions end. Audited as password.set.")
    @ApiResponse(responseCode = "204", description = "The password is set; sign in with it")
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @TooManyRequestsResponse
    HttpResponse<Void> setPassword(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SetPasswordRequest.class)))
            @Body String json, HttpRequest<?> request) {
        SetPasswordRequest body = bodies.read(json, SetPasswordRequest.class);
        mails.setPassword(body.token(), body.password(), Remote.of(request));
        return HttpResponse.noContent();
    }

    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "changeMyPassword", summary = "Change my password",
            description = "Any signed-in account, with its current password. Every other token of the account stops "
                    + "working (401); the answer carries a new token for this client. A notice is mailed to the account. "
                    + "Audited as password.changed (a wrong current password as password.change-refused).",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "Changed: a new token for this client", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @TooManyRequestsResponse
    TokenController.TokenResponse changePassword(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChangePasswordRequest.class)))
            @Body String json, Authentication authentication, HttpRequest<?> request) {
        ChangePasswordRequest body = bodies.read(json, ChangePasswordRequest.class);
        UUID accountId = UUID.fromString(authentication.getAttributes().get(LoginService.ACCOUNT_ID).toString());
        Authentication renewed = mails.changePassword(accountId, body.currentPassword(), body.newPassword(), Remote.of(request));
        AccessRefreshToken token = tokens.generate(renewed)
                .orElseThrow(() -> new IllegalStateException("no token generator is configured"));
        return new TokenController.TokenResponse(token.getAccessToken(), "Bearer", token.getExpiresIn());
    }
}
