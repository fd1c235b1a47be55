package nl.labspace.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.labspace.web.TextRules;
import nl.labspace.web.Violation;

/**
 * The accounts page's forms as the API's bodies: a create form as POST /api/admin/accounts's body, a role form as
 * PUT /api/admin/accounts/{id}/role's. Campus ids and region codes are typed comma-separated; the company is
 * chosen from a list. What cannot be read (a company that is not one, a text with control characters) is named
 * like any other broken rule, as the API's strict JSON reader names it.
 */
final class AccountForm {

    /** The form's fields, in the order a page shows their errors. */
    static final List<String> FIELDS = List.of("email", "displayName", "password", "role", "campusIds", "companyId",
            "regionCodes", "wholeCountry");

    private AccountForm() {
    }

    static AdminController.CreateAccountRequest create(Map<String, String> form, List<Violation> wrong) {
        return new AdminController.CreateAccountRequest(text(form, "email", wrong), text(form, "displayName", wrong),
                text(form, "password", wrong), binding(form, wrong));
    }

    static AccountBinding binding(Map<String, String> form, List<Violation> wrong) {
        return new AccountBinding(text(form, "role", wrong), codes(form, "campusIds", wrong), company(form, wrong),
                codes(form, "regionCodes", wrong), "true".equals(form.get("wholeCountry")));
    }

    /** Each field's first broken rule, keyed by the form's field ("binding.campusIds[0]" is the campusIds field). */
    static Map<String, String> errors(List<Violation> wrong) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : wrong) {
            errors.putIfAbsent(field(v.field()), v.reason());
        }
        return errors;
    }

    static String field(String path) {
        String plain = path.startsWith("binding.") ? path.substring("binding.".length()) : path;
        int bracket = plain.indexOf('[');
        return bracket < 0 ? plain : plain.substring(0, bracket);
    }

    /** The form's values as a page may show them again: never the password. */
    static Map<String, String> kept(Map<String, String> form) {
        Map<String, String> kept = new LinkedHashMap<>(form);
        kept.remove("password");
        return kept;
    }

    private static String text(Map<String, String> form, String field, List<Violation> wrong) {
        String value = form.get(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        String broken = TextRules.problem(value);
        if (broken != null) {
            wrong.add(Violation.of(field, value, broken));
            return null;
        }
        return value;
    }

    private static List<String> codes(Map<String, String> form, String field, List<Violation> wrong) {
        String value = text(form, field, wrong);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static UUID company(Map<String, String> form, List<Violation> wrong) {
        String value = text(form, "companyId", wrong);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            wrong.add(Violation.of("companyId", value, "must be a company from the list"));
            return null;
        }
    }
}
