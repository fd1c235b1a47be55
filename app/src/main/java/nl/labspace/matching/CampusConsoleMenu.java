package nl.labspace.matching;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.listing.ManagedUnits;

/**
 * The campus console's left menu on each of its pages (views console/campus*): its sections with the things that
 * need attention (stale units, proposals to confirm) and a profile link per campus. The pages of other features
 * (units, CSV, profile) get it here, so none of them reaches into proposals.
 */
@Singleton
class CampusConsoleMenu implements ViewModelProcessor<Map<String, Object>> {

    /** What the menu shows. */
    public record Menu(long staleUnits, long toConfirm, List<CampusRow> campuses) {
    }

    private final ManagedUnits units;
    private final ProposalService proposals;
    private final Viewers viewers;

    CampusConsoleMenu(ManagedUnits units, ProposalService proposals, Viewers viewers) {
        this.units = units;
        this.proposals = proposals;
        this.viewers = viewers;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = page.getModel().orElse(null);
        Authentication user = request.getUserPrincipal(Authentication.class).orElse(null);
        if (model == null || model.get("menu") != null || user == null || !user.getRoles().contains(Roles.CAMPUS_MANAGER)
                || !page.getView().map(v -> v.startsWith("console/campus")).orElse(false)) {
            return;
        }
        Viewer viewer = viewers.of(user);
        long stale = units.lines(viewer).stream().filter(ManagedUnits.Line::stale).count();
        long toConfirm = proposals.visibleTo(viewer).stream().filter(p -> ProposalStatus.ACCEPTED.is(p.status())).count();
        model.put("menu", new Menu(stale, toConfirm, units.campuses(viewer)));
    }
}
