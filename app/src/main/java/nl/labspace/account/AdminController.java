package nl.labspace.account;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.BadInput;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;
import nl.labspace.web.Limits;
import nl.labspace.db.account.AccountRow;
import nl.labspace.db.audit.AuditEventRow;

/** Account administration and the audit log: admins only. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
@Tag(name = "accounts")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
class AdminController {

    private final AccountService accounts;
    private final JsonBodies bodies;

    AdminController(AccountService accounts, JsonBodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    @Serdeable
    record AccountResponse(UUID id, String email, String displayName, String role, UUID companyId,
                           boolean wholeCountry, boolean enabled, boolean locked) {
        static AccountResponse of(AccountRow a) {
            boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(OffsetDateTime.now());
            return new AccountResponse(a.id(), a.email(), a.displayName(), a.role(), a.companyId(), a.wholeCountry(),
                    a.enabled(), locked);
        }
    }

    @Serdeable
    record CreateAccountRequest(
            @NotBlank @Size(max = Limits.EMAIL) @Pattern(regexp = Limits.LINE, message = Limits.LINE_MESSAGE) @Email String email,
            @NotBlank @Size(max = Limits.DISPLAY_NAME) @Pattern(regexp = Limits.LINE, message = Limits.LINE_MESSAGE) String displayName,
            @NotBlank String password,
            @NotNull @Valid AccountBinding binding) {
    }

    @Serdeable
    record AuditEventResponse(long id, OffsetDateTime at, String actor, String action, String subject, String detail,
                              String remote) {
        static AuditEventResponse of(AuditEventRow e) {
            return new AuditEventResponse(e.id(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.remote());
        }
    }

    @Get("/accounts")
    @Operation(operationId = "listAccounts", summary = "List all accounts",
            description = "Admins only. Every account with its role and binding, and whether it is enabled or locked.")
    @ApiResponse(responseCode = "200", description = "All accounts", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    List<AccountResponse> accounts() {
        return accounts.all().stream().map(AccountResponse::of).toList();
    }

    @Post("/accounts")
    @Operation(operationId = "createAccount", summary = "Create an account",
            description = "Admins only. The password needs at least 12 characters and at most 72 bytes (UTF-8); the "
                    + "binding must suit the role (campusIds for a campus manager, companyId for a company, regionCodes "
                    + "or wholeCountry for a fund manager). An email already in use answers 400 (invalidParams: email). "
                    + "Audited as account.created.")
    @ApiResponse(responseCode = "201", description = "Created: the new account, whose address is in Location",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<AccountResponse> create(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateAccountRequest.class)))
                                         @Body String json, Authentication admin) {
        CreateAccountRequest body = bodies.read(json, CreateAccountRequest.class);
        UUID id;
        try {
            id = accounts.create(admin.getName(), body.email(), body.displayName(), body.password(), body.binding());
        } catch (BadInput e) {
            throw BindingValidator.nested(e, "binding");
        }
        return HttpResponse.created(AccountResponse.of(accounts.find(id)), URI.create("/api/admin/accounts/" + id));
    }

    @Put("/accounts/{id}/role")
    @Operation(operationId = "changeAccountRole", summary = "Change an account's role and binding",
            description = "Admins only. Replaces the role and what it binds to. When the role itself changes, the "
                    + "account's earlier tokens no longer work (401) and it signs in again. Audited as "
                    + "account.role-changed.")
    @ApiResponse(responseCode = "200", description = "The account with its new role", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    AccountResponse changeRole(@Parameter(description = "Account id", example = ApiDocs.ACCOUNT_ID_EXAMPLE) UUID id,
                               @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountBinding.class)))
                               @Body String json, Authentication admin) {
        AccountBinding binding = bodies.read(json, AccountBinding.class);
        return AccountResponse.of(accounts.changeRole(admin.getName(), id, binding));
    }

    @Get("/audit{?action,limit}")
    @Operation(operationId = "listAuditEvents", summary = "Read the audit log",
            description = "Admins only. The newest security-relevant events first: logins (login.succeeded, login.failed, "
                    + "login.refused, login.locked), logouts, account.created and account.role-changed.")
    @ApiResponse(responseCode = "200", description = "The newest events, newest first", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    List<AuditEventResponse> audit(@Parameter(description = "Only events whose action starts with this, e.g. 'login.' "
                                           + "or 'account.role-changed'", example = "login.")
                                   @Nullable @QueryValue @Size(max = Limits.CODE) String action,
                                   @Parameter(description = "How many events, at most (default 100)", example = "50",
                                           schema = @Schema(defaultValue = "100"))
                                   @Nullable @QueryValue @Min(1) @Max(1000) Integer limit) {
        return accounts.audit(action, limit == null ? 100 : limit).stream().map(AuditEventResponse::of).toList();
    }
}
