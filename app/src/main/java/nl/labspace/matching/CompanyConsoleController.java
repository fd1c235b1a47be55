package nl.labspace.matching;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.need.NeedRow;
import nl.labspace.need.NeedForm;
import nl.labspace.need.NeedRequest;
import nl.labspace.need.NeedService;
import nl.labspace.search.Places;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.Violation;

/**
 * The company console: my needs (post with the rules of POST /api/needs, withdraw), instant options per open need
 * (POST /api/needs/{id}/options) and proposals with their explanation (accept, decline), all through the same
 * services as the API. Forms post with the form token and come back here with a message.
 */
@Controller("/console/company")
@Secured(Roles.COMPANY)
@Hidden
class CompanyConsoleController {

    /** A proposal as the console shows it: its words already rendered. */
    public record ProposalCard(UUID id, String status, @Nullable String needTitle, @Nullable String campusName,
                               @Nullable String startMonth, List<String> sentences) {
        public boolean open() {
            return "open".equals(status);
        }
    }

    /** One need's instant options, rendered. */
    public record Options(UUID needId, String needTitle, List<String> sentences, boolean found) {
    }

    private final NeedService needs;
    private final InstantOptionsService options;
    private final ProposalService proposals;
    private final Viewers viewers;
    private final ConsoleNames names;
    private final Places places;
    private final HttpLocaleResolver locales;

    CompanyConsoleController(NeedService needs, InstantOptionsService options, ProposalService proposals, Viewers viewers,
                             ConsoleNames names, Places places, HttpLocaleResolver locales) {
        this.needs = needs;
        this.options = options;
        this.proposals = proposals;
        this.viewers = viewers;
        this.names = names;
        this.places = places;
        this.locales = locales;
    }

    @Get("{?options,done}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> console(@Nullable @QueryValue UUID options, @Nullable @QueryValue String done,
                                              HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        Map<String, Object> model = page(viewer, request);
        model.put("done", done == null || !done.matches("[a-z-]{1,20}") ? null : done);
        if (options != null) {
            NeedRow need = needs.ownNeed(viewer, options);
            Object json = this.options.optionsFor(viewer, options);
            List<String> sentences = names.sentences(locales.resolveOrDefault(request)).options(json);
            boolean found = !(json instanceof Map<?, ?> m && m.get("options") instanceof List<?> l && l.isEmpty());
            model.put("options", new Options(need.id(), need.title(), sentences, found));
        }
        return new ModelAndView<>("console/company", model);
    }

    @Post("/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    HttpResponse<?> post(@Body Map<String, String> form, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        List<Violation> wrong = new ArrayList<>();
        NeedRequest need = request(form, wrong);
        try {
            var values = NeedForm.valuesOf(need);
            if (!wrong.isEmpty()) {
                throw new BadInput(wrong);
            }
            needs.post(viewer, values);
            return HttpResponse.seeOther(URI.create("/console/company?done=posted"));
        } catch (BadInput e) {
            wrong.addAll(e.violations());
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation v : wrong) {
                errors.putIfAbsent(v.field().startsWith("near.") ? "near" : v.field(), v.reason());
            }
            Map<String, Object> model = page(viewer, request);
            model.put("form", form);
            model.put("errors", errors);
            model.put("done", null);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/company", model));
        }
    }

    @Post("/needs/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(UUID id, Authentication auth) {
        needs.withdraw(viewers.of(auth), id);
        return HttpResponse.seeOther(URI.create("/console/company?done=withdrawn"));
    }

    @Post("/proposals/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(UUID id, Authentication auth) {
        return answer(() -> proposals.accept(viewers.of(auth), id), "accepted");
    }

    @Post("/proposals/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(UUID id, Authentication auth) {
        return answer(() -> proposals.decline(viewers.of(auth), id), "declined");
    }

    private static HttpResponse<?> answer(Runnable step, String done) {
        try {
            step.run();
        } catch (Conflict e) {
            done = "conflict";
        }
        return HttpResponse.seeOther(URI.create("/console/company?done=" + done + "#proposals"));
    }

    private Map<String, Object> page(Viewer viewer, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        ExplanationSentences words = names.sentences(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("needs", needs.visibleTo(viewer));
        List<ProposalCard> cards = proposals.visibleTo(viewer).stream().filter(p -> p.campusId() != null)
                .map(p -> new ProposalCard(p.id(), p.status(), p.needTitle(), p.campusName(), p.startMonth(),
                        words.proposal(p.explanation()))).toList();
        model.put("proposals", cards);
        model.put("openProposals", cards.stream().filter(ProposalCard::open).count());
        model.put("towns", places.towns());
        model.put("containments", Vocabulary.CONTAINMENT);
        model.put("gmps", Vocabulary.GMP);
        model.put("form", Map.of());
        model.put("errors", Map.of());
        return model;
    }

    /** The form's fields as the API's body; a number that is not one is named like any other broken rule. */
    private static NeedRequest request(Map<String, String> form, List<Violation> wrong) {
        NeedRequest.Near near = null;
        String town = blankToNull(form.get("near"));
        if (town != null) {
            String[] latLon = town.split(",");
            Double lat = latLon.length == 2 ? decimal("near", latLon[0], wrong) : null;
            Double lon = latLon.length == 2 ? decimal("near", latLon[1], wrong) : null;
            BigDecimal km = form.get("maxKm") == null || form.get("maxKm").isBlank() ? new BigDecimal("50")
                    : money("near.maxKm", form.get("maxKm"), wrong);
            near = new NeedRequest.Near(lat, lon, km);
        }
        return new NeedRequest(blankToNull(form.get("title")), whole("labM2", form.get("labM2"), wrong),
                whole("officeM2", form.get("officeM2"), wrong), orNone(form.get("containment")), orNone(form.get("gmp")),
                List.of(), blankToNull(form.get("moveInEarliest")), blankToNull(form.get("moveInLatest")),
                whole("termMonths", form.get("termMonths"), wrong), money("maxRentPerM2Year", form.get("maxRentPerM2Year"), wrong),
                null, near, List.of(), null, "true".equals(form.get("confidential")), null);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer whole(String field, String value, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, "must be a whole number"));
            return null;
        }
    }

    private static BigDecimal money(String field, String value, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, "must be a number"));
            return null;
        }
    }

    private static Double decimal(String field, String value, List<Violation> wrong) {
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, "must be a place from the list"));
            return null;
        }
    }
}
