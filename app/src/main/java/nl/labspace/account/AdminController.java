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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.Limits;
import nl.labspace.db.account.AccountRow;
import nl.labspace.db.audit.AuditEventRow;

/** Account administration and the audit log: admins only. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
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
    List<AccountResponse> accounts() {
        return accounts.all().stream().map(AccountResponse::of).toList();
    }

    @Post("/accounts")
    HttpResponse<AccountResponse> create(@RequestBody(content = @Content(schema = @Schema(implementation = CreateAccountRequest.class)))
                                         @Body String json, Authentication admin) {
        CreateAccountRequest body = bodies.read(json, CreateAccountRequest.class);
        UUID id = accounts.create(admin.getName(), body.email(), body.displayName(), body.password(), body.binding());
        return HttpResponse.created(AccountResponse.of(accounts.find(id)), URI.create("/api/admin/accounts/" + id));
    }

    @Put("/accounts/{id}/role")
    AccountResponse changeRole(UUID id, @RequestBody(content = @Content(schema = @Schema(implementation = AccountBinding.class)))
                               @Body String json, Authentication admin) {
        AccountBinding binding = bodies.read(json, AccountBinding.class);
        return AccountResponse.of(accounts.changeRole(admin.getName(), id, binding));
    }

    @Get("/audit{?action,limit}")
    List<AuditEventResponse> audit(@Nullable @QueryValue @Size(max = Limits.CODE) String action,
                                   @Nullable @QueryValue @Min(1) @Max(1000) Integer limit) {
        return accounts.audit(action, limit == null ? 100 : limit).stream().map(AuditEventResponse::of).toList();
    }
}
