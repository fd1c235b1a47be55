package nl.labspace.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.BeanChecks;
import nl.labspace.web.Reason;
import nl.labspace.web.Refusal;
import nl.labspace.web.TextRules;
import nl.labspace.web.Violation;

/**
 * The accounts page's forms as the API's bodies, checked as the API checks them: a create form as POST
 * /api/admin/accounts's body, a role form as PUT /api/admin/accounts/{id}/role's. Campus ids and region codes are
 * typed comma-separated; the company is chosen from a list. What cannot be read (a company that is not one, a text
 * with control characters) is named like any other broken rule, as the API's strict JSON reader names it.
 */
@Singleton
class AccountForm {

    private final BeanChecks beans;
    private final FormErrors errors;

    AccountForm(BeanChecks beans, FormErrors errors) {
        this.beans = beans;
        this.errors = errors;
    }

    /** The create form as the API's body, or BadInput naming every field it cannot read or that breaks a rule. */
    AdminController.CreateAccountRequest create(FormValues form) {
        List<Violation> wrong = new ArrayList<>();
        var body = new AdminController.CreateAccountRequest(text(form, "email", wrong), text(form, "displayName", wrong),
                text(form, "password", wrong), read(form, wrong));
        check(body, wrong);
        return body;
    }

    /** The invite form as the invitation API's body, or BadInput naming every field it cannot read or that breaks a rule. */
    Invitations.Invitation invitation(FormValues form) {
        List<Violation> wrong = new ArrayList<>();
        var body = new AccountMailController.InvitationRequest(text(form, "email", wrong), text(form, "displayName", wrong),
                text(form, "language", wrong), read(form, wrong));
        check(body, wrong);
        return new Invitations.Invitation(body.email(), body.displayName(), body.language(), body.binding());
    }

    /** The role form as the API's body, or BadInput. */
    AccountBinding binding(FormValues form) {
        List<Violation> wrong = new ArrayList<>();
        AccountBinding binding = read(form, wrong);
        check(binding, wrong);
        return binding;
    }

    /** Each field's first broken rule in the page's language, keyed by the form's field ("binding.campusIds[0]" is campusIds). */
    Map<String, String> errors(List<Violation> wrong, Locale locale) {
        return errors.byField(wrong.stream().map(v -> v.at(field(v.field()))).toList(), locale);
    }

    /** The form's values as a page may show them again: never the password. */
    static Map<String, String> kept(FormValues form) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String field : List.of("email", "displayName", "language", "role", "campusIds", "companyId", "regionCodes", "wholeCountry")) {
            kept.put(field, form.one(field));
        }
        return kept;
    }

    static String field(String path) {
        return path.startsWith("binding.") ? path.substring("binding.".length()) : path;
    }

    private void check(Object body, List<Violation> wrong) {
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        beans.check(body);
    }

    /**
     * The form shows every binding field whatever the role; only those of the chosen role count (a company still
     * selected when the role becomes fund manager is left behind, not an error). The API, sent both, refuses.
     */
    private static AccountBinding read(FormValues form, List<Violation> wrong) {
        String role = text(form, "role", wrong);
        return new AccountBinding(role,
                Roles.CAMPUS_MANAGER.equals(role) ? codes(form, "campusIds", wrong) : List.of(),
                Roles.COMPANY.equals(role) ? company(form, wrong) : null,
                Roles.FUND_MANAGER.equals(role) ? codes(form, "regionCodes", wrong) : List.of(),
                Roles.FUND_MANAGER.equals(role) && "true".equals(form.one("wholeCountry")));
    }

    private static String text(FormValues form, String field, List<Violation> wrong) {
        String value = form.one(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Refusal broken = TextRules.problem(value);
        if (broken != null) {
            wrong.add(broken.at(field, value));
            return null;
        }
        return value;
    }

    private static List<String> codes(FormValues form, String field, List<Violation> wrong) {
        String value = text(form, field, wrong);
        return value == null ? List.of() : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static UUID company(FormValues form, List<Violation> wrong) {
        String value = text(form, "companyId", wrong);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            wrong.add(Violation.of("companyId", value, Reason.COMPANY_FROM_LIST));
            return null;
        }
    }
}
