package nl.labspace.matching;

import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.listing.ManagedUnits;
import nl.labspace.web.Conflict;

/**
 * The campus console's front page: the units of my campuses (status, stale flag; edit, withdraw and reconfirm are
 * listing's UnitConsoleController) and the proposals on them (confirm, decline as the API's confirm and
 * campus-decline). A confidential need shows only its anonymous requirement, exactly as GET /api/proposals gives it.
 */
@Controller("/console/campus")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class CampusConsoleController {

    /** A proposal on my units, its need named only when the API names it. */
    public record ProposalLine(UUID id, String status, @Nullable String needTitle, ProposalResponse.Requirement requirement,
                               String campusName, List<String> sentences, String units) {
        public ProposalLine(UUID id, String status, @Nullable String needTitle, ProposalResponse.Requirement requirement,
                            String campusName, List<String> sentences) {
            this(id, status, needTitle, requirement, campusName, sentences, "");
        }

        public boolean accepted() {
            return ProposalStatus.ACCEPTED.is(status);
        }
    }

    /** The proposals of one status, unit by unit (the units a proposal offers, named). */
    public record StatusGroup(String status, int count, Map<String, List<ProposalLine>> byUnits) {
        public boolean open() {
            return ProposalStatus.OPEN.is(status);
        }
    }

    /** The order of the groups after the proposals to confirm: what may still move first, then the settled ones. */
    static final List<String> GROUP_ORDER = Stream.of(ProposalStatus.OPEN, ProposalStatus.CONFIRMED,
            ProposalStatus.CAMPUS_DECLINED, ProposalStatus.DECLINED, ProposalStatus.SUPERSEDED, ProposalStatus.VOID)
            .map(ProposalStatus::code).toList();

    private final ManagedUnits units;
    private final ProposalService proposals;
    private final Viewers viewers;
    private final ConsoleNames names;
    private final HttpLocaleResolver locales;

    CampusConsoleController(ManagedUnits units, ProposalService proposals, Viewers viewers, ConsoleNames names,
                            HttpLocaleResolver locales) {
        this.units = units;
        this.proposals = proposals;
        this.viewers = viewers;
        this.names = names;
        this.locales = locales;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> console(@Nullable @QueryValue String done, HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = page(viewers.of(auth), request);
        model.put("done", done == null || !done.matches("[a-z-]{1,20}") ? null : done);
        return new ModelAndView<>("console/campus", model);
    }

    /** Not private: a refused answer renders the page through this method's own (read-only) transaction. */
    @Transactional(readOnly = true)
    Map<String, Object> page(Viewer viewer, HttpRequest<?> request) {
        ExplanationSentences words = names.sentences(locales.resolveOrDefault(request)).toCampus();
        List<ManagedUnits.Line> lines = units.lines(viewer);
        long stale = lines.stream().filter(ManagedUnits.Line::stale).count();
        List<ProposalLine> proposalLines = waitingFirst(proposals.visibleTo(viewer).stream()
                .map(p -> new ProposalLine(p.id(), p.status(), p.needTitle(), p.requirement(), p.campusName(),
                        words.proposal(p.explanation()), names.unitNames(p.unitIds()))).toList());
        List<ProposalLine> toConfirm = proposalLines.stream().filter(ProposalLine::accepted).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("units", lines);
        model.put("leases", units.leases(viewer));
        model.put("staleCount", stale);
        model.put("proposals", proposalLines);
        model.put("toConfirm", toConfirm);
        model.put("groups", grouped(proposalLines));
        model.put("menu", new CampusConsoleMenu.Menu(stale, toConfirm.size(), units.campuses(viewer)));
        return model;
    }

    /** The proposals not waiting for this campus, by status (GROUP_ORDER, others after) and within it by units. */
    static List<StatusGroup> grouped(List<ProposalLine> lines) {
        Map<String, List<ProposalLine>> byStatus = lines.stream().filter(l -> !l.accepted())
                .collect(Collectors.groupingBy(ProposalLine::status, TreeMap::new, Collectors.toList()));
        return byStatus.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> GROUP_ORDER.contains(e.getKey()) ? GROUP_ORDER.indexOf(e.getKey()) : GROUP_ORDER.size()))
                .map(e -> new StatusGroup(e.getKey(), e.getValue().size(), e.getValue().stream()
                        .collect(Collectors.groupingBy(ProposalLine::units, TreeMap::new, Collectors.toList()))))
                .toList();
    }

    /**
     * The proposals a company accepted come first (they wait for this campus to confirm; the menu's "to confirm"
     * links to the first of them), then the others in the order the service gives.
     */
    static List<ProposalLine> waitingFirst(List<ProposalLine> lines) {
        return lines.stream().sorted(Comparator.comparing((ProposalLine l) -> !l.accepted())).toList();
    }

    @Post("/proposals/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> confirm(UUID id, HttpRequest<?> request, Authentication auth) {
        return answer(() -> proposals.confirm(viewers.of(auth), id), "confirmed", request, auth);
    }

    @Post("/proposals/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> decline(UUID id, HttpRequest<?> request, Authentication auth) {
        return answer(() -> proposals.campusDecline(viewers.of(auth), id), "campus-declined", request, auth);
    }

    /** Done: back with a message. Refused: the console as it stands now (409) with the reason in the page's language. */
    private HttpResponse<?> answer(Runnable step, String done, HttpRequest<?> request, Authentication auth) {
        try {
            step.run();
        } catch (Conflict e) {
            Map<String, Object> model = page(viewers.of(auth), request);
            model.put("done", null);
            model.put("refused", names.refusal(e, locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("console/campus", model));
        }
        return HttpResponse.seeOther(URI.create("/console/campus?done=" + done + "#proposals"));
    }
}
