package nl.labspace.listing.stats;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.listing.ManagedUnits;
import nl.labspace.page.FormErrors;
import nl.labspace.web.BadInput;

/**
 * The campus console's statistics page of one campus: GET /api/campuses/{id}/statistics as a chart and a table per
 * unit, a period picker (a plain GET form, so the address holds the period) and the CSV of the same period. A
 * period that is no period shows the picker with the problem at its field (400), as the API names it. Like every
 * campus console page it is the campus manager's; admins read any campus's figures through the API (JSON, CSV).
 */
@Controller("/console/campus/campuses/{id}/statistics")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class StatsPageController {

    static final String VIEW = "console/campus-statistics";
    /** Months the picker offers, back from this month. */
    static final int PICKER_MONTHS = 36;

    private final ListingStatsService stats;
    private final ManagedUnits managed;
    private final StatsDay day;
    private final Viewers viewers;
    private final FormErrors formErrors;
    private final HttpLocaleResolver locales;

    StatsPageController(ListingStatsService stats, ManagedUnits managed, StatsDay day, Viewers viewers,
                        FormErrors formErrors, HttpLocaleResolver locales) {
        this.stats = stats;
        this.managed = managed;
        this.day = day;
        this.viewers = viewers;
        this.formErrors = formErrors;
        this.locales = locales;
    }

    @Get("{?from,to}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> page(String id, @Nullable @QueryValue String from,
                                                         @Nullable @QueryValue String to, HttpRequest<?> request,
                                                         Authentication auth) {
        Viewer viewer = viewers.of(auth);
        Map<String, Object> model = new HashMap<>();
        model.put("campus", managed.campus(viewer, id));
        model.put("months", pickerMonths(from, to));
        try {
            CampusStatistics figures = stats.of(viewer, id, from, to);
            model.put("stats", figures);
            model.put("errors", Map.of());
            model.put("from", figures.from());
            model.put("to", figures.to());
            return HttpResponse.ok(new ModelAndView<>(VIEW, model));
        } catch (BadInput e) {
            model.put("stats", null);
            model.put("errors", formErrors.byField(e.violations(), locales.resolveOrDefault(request)));
            model.put("from", from);
            model.put("to", to);
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    /** The last PICKER_MONTHS months, newest first, and a month asked for beyond them. */
    private List<String> pickerMonths(@Nullable String from, @Nullable String to) {
        YearMonth now = YearMonth.from(day.today());
        Stream<String> recent = Stream.iterate(now, m -> m.minusMonths(1)).limit(PICKER_MONTHS).map(YearMonth::toString);
        Stream<String> asked = Stream.of(from, to).filter(m -> m != null && m.matches("\\d{4}-(0[1-9]|1[0-2])"));
        return Stream.concat(recent, asked).distinct().sorted((a, b) -> b.compareTo(a)).toList();
    }
}
