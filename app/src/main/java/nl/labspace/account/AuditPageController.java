package nl.labspace.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.db.audit.AuditEventRow;
import nl.labspace.db.audit.AuditFilter;
import nl.labspace.page.FormErrors;
import nl.labspace.page.Formats;
import nl.labspace.web.Limits;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The admin's audit log page: the events of GET /api/admin/audit (the same AccountService), newest first, filtered by
 * action (as the API's prefix), by who did it and by dates (Dutch days), a page at a time. The filters and the page
 * are in the address (a GET form), so a filtered page can be linked and the back button works.
 */
@Controller("/console/admin/audit")
@Secured(Roles.ADMIN)
@Hidden
class AuditPageController {

    static final int PAGE_SIZE = 50;
    /** Filter dates are Dutch days, as the table shows its moments (Formats.dateTimeSeconds). */
    static final ZoneId ZONE = Formats.DUTCH_TIME;

    /** The details the log writes in fixed words (LoginService, the logouts), by the message key that says them. */
    private static final Map<String, String> DETAILS = Map.of("unknown account", "unknownAccount", "locked", "locked",
            "disabled", "disabled", "cookie", "cookie", "bearer", "bearer");
    private static final Pattern FAILURE = Pattern.compile("failure (\\d+) of (\\d+)");

    /** One row of the log: the event, its action and detail in the page's language (as stored when no words are known). */
    public record AuditLine(AuditEventRow event, String action, @Nullable String detail) {

        /** Whether the words differ from the stored key (then the page shows the key as well, for filtering). */
        public boolean named() {
            return !action.equals(event.action());
        }
    }

    private final AccountService accounts;
    private final AdminMenu menu;
    private final FormErrors reasons;
    private final HttpLocaleResolver locales;
    private final MessageSource messages;

    AuditPageController(AccountService accounts, AdminMenu menu, FormErrors reasons, HttpLocaleResolver locales,
                        MessageSource messages) {
        this.accounts = accounts;
        this.menu = menu;
        this.reasons = reasons;
        this.locales = locales;
        this.messages = messages;
    }

    @Get("{?action,actor,from,to,page}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> page(@Nullable @QueryValue String action, @Nullable @QueryValue String actor,
                                                        @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                                        @Nullable @QueryValue Integer page, HttpRequest<?> request) {
        Map<String, String> filters = new LinkedHashMap<>();
        List<Violation> wrong = new ArrayList<>();
        String actionPrefix = text("action", action, Limits.CODE, filters, wrong);
        String who = text("actor", actor, Limits.EMAIL, filters, wrong);
        LocalDate first = date("from", from, filters, wrong);
        LocalDate last = date("to", to, filters, wrong);
        if (first != null && last != null && last.isBefore(first)) {
            wrong.add(Violation.of("to", to, Reason.NOT_BEFORE_FROM));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("menu", menu.counts());
        model.put("filters", filters);
        Locale locale = locales.resolveOrDefault(request);
        Map<String, String> errors = reasons.byField(wrong, locale);
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            model.put("events", List.of());
            model.put("actions", accounts.auditActions());
            model.put("actionNames", actionNames(accounts.auditActions(), locale));
            model.put("pages", ConsolePages.of(1, PAGE_SIZE, 0, n -> href(filters, n)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/audit", model));
        }
        AuditFilter filter = new AuditFilter(actionPrefix, who, first == null ? null : start(first),
                last == null ? null : start(last.plusDays(1)));
        AccountService.AuditPage found = accounts.audit(filter, ConsolePages.offset(page, PAGE_SIZE), PAGE_SIZE);
        model.put("events", found.events().stream().map(e -> line(e, locale)).toList());
        model.put("actions", found.actions());
        model.put("actionNames", actionNames(found.actions(), locale));
        model.put("pages", ConsolePages.of(page, PAGE_SIZE, found.total(), n -> href(filters, n)));
        return HttpResponse.ok(new ModelAndView<>("console/audit", model));
    }

    AuditLine line(AuditEventRow event, Locale locale) {
        return new AuditLine(event, actionName(event.action(), locale), detail(event.detail(), locale));
    }

    private Map<String, String> actionNames(List<String> actions, Locale locale) {
        Map<String, String> names = new HashMap<>();
        actions.forEach(a -> names.put(a, actionName(a, locale)));
        return names;
    }

    private String actionName(String action, Locale locale) {
        return action == null ? "" : messages.getMessage("audit.action." + action, locale).orElse(action);
    }

    private @Nullable String detail(@Nullable String detail, Locale locale) {
        if (detail == null) {
            return null;
        }
        Matcher failure = FAILURE.matcher(detail);
        if (failure.matches()) {
            return messages.getMessage("audit.detail.failure", locale, failure.group(1), failure.group(2)).orElse(detail);
        }
        String key = DETAILS.get(detail);
        return key == null ? detail : messages.getMessage("audit.detail." + key, locale).orElse(detail);
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    private static String text(String name, @Nullable String value, int max, Map<String, String> filters, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        filters.put(name, value);
        if (value.length() > max) {
            wrong.add(Violation.of(name, value, Reason.MAX_CHARS, max));
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(String name, @Nullable String value, Map<String, String> filters, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        filters.put(name, value);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            wrong.add(Violation.of(name, value, Reason.DATE));
            return null;
        }
    }

    /** The address of page n with the same filters. */
    static String href(Map<String, String> filters, int n) {
        List<String> parts = new ArrayList<>();
        filters.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        parts.add("page=" + n);
        return "/console/admin/audit?" + String.join("&", parts);
    }
}
