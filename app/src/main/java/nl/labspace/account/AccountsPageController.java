package nl.labspace.account;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.page.FormOnce;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;

/**
 * The admin's accounts and roles page: the accounts with their role, binding and lock, a form to create one (the
 * rules and audit entry of POST /api/admin/accounts) and a form to change one's role and binding (those of PUT
 * /api/admin/accounts/{id}/role), both through AccountService as the API. A broken rule shows at its field in the
 * page's language with status 400, the typed values kept except the password, and nothing written; a create form
 * sent twice creates once (FormOnce).
 */
@Controller("/console/admin/accounts")
@Secured(Roles.ADMIN)
@Hidden
class AccountsPageController {

    static final int PAGE_SIZE = 25;
    private static final String VIEW = "console/accounts";

    private final AccountService accounts;
    private final AccountForm forms;
    private final AdminMenu menu;
    private final OnceAccountCreation creation;
    private final HttpLocaleResolver locales;
    private final Invitations invitations;

    AccountsPageController(AccountService accounts, AccountForm forms, AdminMenu menu, OnceAccountCreation creation,
                           HttpLocaleResolver locales, Invitations invitations) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.forms = forms;
        this.menu = menu;
        this.creation = creation;
        this.locales = locales;
    }

    @Get("{?page,edit,done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue Integer page, @Nullable @QueryValue UUID edit,
                                           @Nullable @QueryValue String done) {
        Map<String, Object> model = model(page, edit);
        model.put("done", done == null || !done.matches("[a-z-]{1,20}") ? null : done);
        return new ModelAndView<>(VIEW, model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body Map<String, Object> body, HttpRequest<?> request, Authentication admin) {
        FormValues form = FormValues.of(body);
        try {
            boolean created = creation.create(form.one(FormOnce.FIELD), admin.getName(), forms.create(form));
            return HttpResponse.seeOther(URI.create("/console/admin/accounts?done=" + (created ? "account-created" : "already")));
        } catch (BadInput e) {
            Map<String, Object> model = model(null, null);
            model.put("form", AccountForm.kept(form));
            model.put("errors", forms.errors(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    @Post("/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> invite(@Body Map<String, Object> body, HttpRequest<?> request, Authentication admin) {
        FormValues form = FormValues.of(body);
        try {
            boolean invited = invitations.inviteOnce(form.one(FormOnce.FIELD), admin.getName(), forms.invitation(form));
            return HttpResponse.seeOther(URI.create("/console/admin/accounts?done=" + (invited ? "invited" : "already")));
        } catch (BadInput e) {
            Map<String, Object> model = model(null, null);
            model.put("inviteForm", AccountForm.kept(form));
            model.put("inviteErrors", forms.errors(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    @Post("/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> changeRole(UUID id, @Body Map<String, Object> body, HttpRequest<?> request, Authentication admin) {
        accounts.find(id);
        FormValues form = FormValues.of(body);
        try {
            accounts.changeRole(admin.getName(), id, forms.binding(form));
            return HttpResponse.seeOther(URI.create("/console/admin/accounts?done=role-changed"));
        } catch (BadInput e) {
            Map<String, Object> model = model(null, id);
            model.put("editForm", AccountForm.kept(form));
            model.put("editErrors", forms.errors(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    private Map<String, Object> model(@Nullable Integer page, @Nullable UUID edit) {
        AccountService.AccountPage found = accounts.page(ConsolePages.offset(page, PAGE_SIZE), PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("menu", menu.counts());
        model.put("accounts", found.accounts());
        model.put("pages", ConsolePages.of(page, PAGE_SIZE, found.total(), n -> "/console/admin/accounts?page=" + n));
        model.put("now", OffsetDateTime.now());
        model.put("roles", Roles.ALL);
        model.put("companies", accounts.companies());
        model.put("form", Map.of());
        model.put("errors", Map.of());
        model.put("inviteForm", Map.of());
        model.put("inviteErrors", Map.of());
        model.put("done", null);
        if (edit != null) {
            var account = accounts.listed(edit);
            model.put("edit", account);
            model.put("editForm", Map.of("role", account.role(), "campusIds", String.join(", ", account.campusIds()),
                    "companyId", account.companyId() == null ? "" : account.companyId().toString(),
                    "regionCodes", String.join(", ", account.regionCodes()), "wholeCountry", String.valueOf(account.wholeCountry())));
            model.put("editErrors", Map.of());
        }
        return model;
    }
}
