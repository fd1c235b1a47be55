package nl.labspace.matching;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.labspace.db.listing.UnitRow;
import nl.labspace.listing.ListingService;
import nl.labspace.search.FreshListings;
import nl.labspace.web.Conflict;

/**
 * The campus console: the units of my campuses (status, stale flag, reconfirm as POST /api/units/{id}/reconfirm)
 * and the proposals on them (confirm, decline as the API's confirm and campus-decline). A confidential need shows
 * only its anonymous requirement, exactly as GET /api/proposals gives it.
 */
@Controller("/console/campus")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class CampusConsoleController {

    /** A unit row: the unit and whether it is stale. */
    public record UnitLine(UnitRow unit, String campusName, boolean stale) {
    }

    /** A proposal on my units, its need named only when the API names it. */
    public record ProposalLine(UUID id, String status, @Nullable String needTitle, ProposalResponse.Requirement requirement,
                               String campusName, List<String> sentences) {
        public boolean accepted() {
            return "accepted".equals(status);
        }
    }

    private final ListingService listings;
    private final ProposalService proposals;
    private final FreshListings fresh;
    private final Viewers viewers;
    private final ConsoleNames names;
    private final HttpLocaleResolver locales;

    CampusConsoleController(ListingService listings, ProposalService proposals, FreshListings fresh, Viewers viewers,
                            ConsoleNames names, HttpLocaleResolver locales) {
        this.listings = listings;
        this.proposals = proposals;
        this.fresh = fresh;
        this.viewers = viewers;
        this.names = names;
        this.locales = locales;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> console(@Nullable @QueryValue String done, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        ExplanationSentences words = names.sentences(locales.resolveOrDefault(request));
        LocalDate since = fresh.confirmedSince();
        List<UnitLine> units = new ArrayList<>();
        for (String campus : viewer.campusIds().stream().sorted().toList()) {
            String campusName = words.campusName(campus);
            listings.ofCampus(viewer, campus).forEach(u -> units.add(new UnitLine(u, campusName,
                    !"withdrawn".equals(u.status()) && u.lastConfirmed().isBefore(since))));
        }
        List<ProposalLine> lines = proposals.visibleTo(viewer).stream()
                .map(p -> new ProposalLine(p.id(), p.status(), p.needTitle(), p.requirement(), p.campusName(),
                        words.proposal(p.explanation()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("units", units);
        model.put("staleCount", units.stream().filter(UnitLine::stale).count());
        model.put("proposals", lines);
        model.put("toConfirm", lines.stream().filter(ProposalLine::accepted).count());
        model.put("done", done == null || !done.matches("[a-z-]{1,20}") ? null : done);
        return new ModelAndView<>("console/campus", model);
    }

    @Post("/units/{id}/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reconfirm(UUID id, Authentication auth) {
        listings.reconfirm(viewers.of(auth), id);
        return HttpResponse.seeOther(URI.create("/console/campus?done=reconfirmed#units"));
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
