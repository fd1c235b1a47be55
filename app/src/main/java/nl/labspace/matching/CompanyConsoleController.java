package nl.labspace.matching;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.db.market.WithdrawReason;
import nl.labspace.db.need.NeedRow;
import nl.labspace.need.NeedForm;
import nl.labspace.need.NeedFormFields;
import nl.labspace.need.NeedFormPage;
import nl.labspace.page.FormOnce;
import nl.labspace.page.FormValues;
import nl.labspace.need.NeedRequest;
import nl.labspace.need.NeedService;
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
            return ProposalStatus.OPEN.is(status);
        }
    }

    /** Where a matched need moves in: the confirmed proposal's campus, units and months. */
    public record Match(String campusName, String unitNames, String startMonth, int termMonths) {
    }

    /** One need's instant options, rendered. */
    public record Options(UUID needId, String needTitle, List<String> sentences, boolean found) {
    }

    private final NeedService needs;
    private final InstantOptionsService options;
    private final ProposalService proposals;
    private final Viewers viewers;
    private final ConsoleNames names;
    private final NeedFormPage needForm;
    private final FormOnce once;
    private final HttpLocaleResolver locales;

    CompanyConsoleController(NeedService needs, InstantOptionsService options, ProposalService proposals, Viewers viewers,
                             ConsoleNames names, NeedFormPage needForm, FormOnce once, HttpLocaleResolver locales) {
        this.needs = needs;
        this.options = options;
        this.proposals = proposals;
        this.viewers = viewers;
        this.names = names;
        this.needForm = needForm;
        this.once = once;
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
            NeedOptionsView found = this.options.optionsFor(viewer, options);
            List<String> sentences = names.sentences(locales.resolveOrDefault(request)).options(found);
            model.put("options", new Options(need.id(), need.title(), sentences, !found.options().isEmpty()));
        }
        return new ModelAndView<>("console/company", model);
    }

    @Post("/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    HttpResponse<?> post(@Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FormValues form = FormValues.of(body);
        List<Violation> wrong = new ArrayList<>();
        NeedRequest need = NeedFormFields.request(form, null, wrong);
        try {
            var values = NeedForm.valuesOf(need);
            if (!wrong.isEmpty()) {
                throw new BadInput(wrong);
            }
            if (!once.claim(form.one(FormOnce.FIELD))) {
                return HttpResponse.seeOther(URI.create("/console/company?done=already"));
            }
            needs.post(viewer, values);
            return HttpResponse.seeOther(URI.create("/console/company?done=posted"));
        } catch (BadInput e) {
            wrong.addAll(e.violations());
            Map<String, Object> model = page(viewer, request);
            model.putAll(needForm.model(form, needForm.errors(wrong, locales.resolveOrDefault(request))));
            model.put("done", null);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/company", model));
        }
    }

    @Post("/needs/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> withdraw(UUID id, @Nullable @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        String reason = body == null ? null : FormValues.of(body).one("reason");
        return answer(() -> needs.withdraw(viewers.of(auth), id, reason), "withdrawn", request, auth);
    }

    @Post("/proposals/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> accept(UUID id, HttpRequest<?> request, Authentication auth) {
        return answer(() -> proposals.accept(viewers.of(auth), id), "accepted", request, auth);
    }

    @Post("/proposals/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> decline(UUID id, HttpRequest<?> request, Authentication auth) {
        return answer(() -> proposals.decline(viewers.of(auth), id), "declined", request, auth);
    }

    /**
     * Done: back to the console with its message. Refused: the console as it stands now (409), with the API's reason
     * in the page's language; sending it again is refused the same way, so no redirect is needed.
     */
    private HttpResponse<?> answer(Runnable step, String done, HttpRequest<?> request, Authentication auth) {
        try {
            step.run();
        } catch (Conflict e) {
            Map<String, Object> model = page(viewers.of(auth), request);
            model.put("done", null);
            model.put("refused", names.refusal(e, locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("console/company", model));
        }
        return HttpResponse.seeOther(URI.create("/console/company?done=" + done + ("withdrawn".equals(done) ? "" : "#proposals")));
    }

    /** The confirmed proposal of each matched need: where and when it moves in. */
    private Map<UUID, Match> matches(List<ProposalResponse> rows) {
        Map<UUID, Match> matches = new HashMap<>();
        rows.stream().filter(p -> ProposalStatus.CONFIRMED.is(p.status()) && p.needId() != null && p.termMonths() != null)
                .forEach(p -> matches.put(p.needId(), new Match(p.campusName(), names.unitNames(p.unitIds()), p.startMonth(),
                        p.termMonths())));
        return matches;
    }

    private static ProposalCard card(ProposalResponse p, ExplanationSentences words) {
        return new ProposalCard(p.id(), p.status(), p.needTitle(), p.campusName(), p.startMonth(), words.proposal(p.explanation()));
    }

    /** Not private: a refused answer renders the page through this method's own (read-only) transaction. */
    @Transactional(readOnly = true)
    Map<String, Object> page(Viewer viewer, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        ExplanationSentences words = names.sentences(locale);
        Map<String, Object> model = new HashMap<>();
        var mine = needs.visibleTo(viewer);
        model.put("needs", mine);
        Set<UUID> open = mine.stream().filter(n -> NeedStatus.OPEN.is(n.status())).map(n -> n.id()).collect(Collectors.toSet());
        List<ProposalResponse> rows = proposals.visibleTo(viewer);
        List<ProposalCard> cards = rows.stream().filter(p -> p.campusName() != null).map(p -> card(p, words)).toList();
        model.put("proposals", cards);
        // the latest run found no placement for these open needs: the binding rule and what else would have been possible
        model.put("unmatched", rows.stream().filter(p -> ProposalStatus.UNMATCHED.is(p.status()) && open.contains(p.needId()))
                .map(p -> card(p, words)).toList());
        model.put("openProposals", cards.stream().filter(ProposalCard::open).count());
        model.put("matches", matches(rows));
        model.put("companyName", viewer.companyId() == null ? "" : names.companyName(viewer.companyId()));
        model.putAll(needForm.model());
        model.put("withdrawReasons", WithdrawReason.GIVEN);
        return model;
    }
}
