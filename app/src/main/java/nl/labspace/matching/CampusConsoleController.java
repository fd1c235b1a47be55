package nl.labspace.matching;

import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
                               String campusName, List<String> sentences) {
        public boolean accepted() {
            return "accepted".equals(status);
        }
    }

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
        Viewer viewer = viewers.of(auth);
        ExplanationSentences words = names.sentences(locales.resolveOrDefault(request)).toCampus();
        List<ManagedUnits.Line> lines = units.lines(viewer);
        long stale = lines.stream().filter(ManagedUnits.Line::stale).count();
        List<ProposalLine> proposalLines = waitingFirst(proposals.visibleTo(viewer).stream()
                .map(p -> new ProposalLine(p.id(), p.status(), p.needTitle(), p.requirement(), p.campusName(),
                        words.proposal(p.explanation()))).toList());
        long toConfirm = proposalLines.stream().filter(ProposalLine::accepted).count();
        Map<String, Object> model = new HashMap<>();
        model.put("units", lines);
        model.put("staleCount", stale);
        model.put("proposals", proposalLines);
        model.put("menu", new CampusConsoleMenu.Menu(stale, toConfirm, units.campuses(viewer)));
        model.put("done", done == null || !done.matches("[a-z-]{1,20}") ? null : done);
        return new ModelAndView<>("console/campus", model);
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
    HttpResponse<?> confirm(UUID id, Authentication auth) {
        return answer(() -> proposals.confirm(viewers.of(auth), id), "confirmed");
    }

    @Post("/proposals/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(UUID id, Authentication auth) {
        return answer(() -> proposals.campusDecline(viewers.of(auth), id), "campus-declined");
    }

    private static HttpResponse<?> answer(Runnable step, String done) {
        try {
            step.run();
        } catch (Conflict e) {
            done = "conflict";
        }
        return HttpResponse.seeOther(URI.create("/console/campus?done=" + done + "#proposals"));
    }
}
