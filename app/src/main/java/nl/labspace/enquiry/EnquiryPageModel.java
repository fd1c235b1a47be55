package nl.labspace.enquiry;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;

/**
 * What other features' pages show of enquiries, added here so none of them reaches into this package: the "Ask the
 * campus" form on a unit page (for a signed-in company), the unread count in both consoles' menus, the link from a
 * proposal to its thread, and the median first-response time on a campus page.
 */
@Singleton
class EnquiryPageModel implements ViewModelProcessor<Map<String, Object>> {

    private final EnquiryService enquiries;
    private final AskForm askForm;
    private final ResponseTimeService responseTimes;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    EnquiryPageModel(EnquiryService enquiries, AskForm askForm, ResponseTimeService responseTimes, Viewers viewers,
                     HttpLocaleResolver locales) {
        this.enquiries = enquiries;
        this.askForm = askForm;
        this.responseTimes = responseTimes;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = page.getModel().orElse(null);
        String view = page.getView().orElse("");
        if (model == null) {
            return;
        }
        Authentication user = request.getUserPrincipal(Authentication.class).orElse(null);
        if ("campus/campus".equals(view)) {
            campusPage(request, model);
        }
        if (user == null || !(user.getRoles().contains(Roles.COMPANY) || user.getRoles().contains(Roles.CAMPUS_MANAGER))) {
            return;
        }
        if ("listing/unit".equals(view) && user.getRoles().contains(Roles.COMPANY) && !model.containsKey("ask")) {
            Viewer viewer = viewers.of(user);
            unitId(request, "/units/").ifPresent(unit -> model.putAll(askForm.model(viewer, unit)));
        }
        if (view.startsWith("console/")) {
            Viewer viewer = viewers.of(user);
            model.putIfAbsent("enquiryUnread", enquiries.unread(viewer));
            if (view.equals("console/company") || view.equals("console/campus")) {
                model.put("threadOfProposal", threadsByProposal(viewer));
            }
        }
    }

    /** Proposal id to the id of the thread about it: the proposal view links there. */
    private Map<UUID, UUID> threadsByProposal(Viewer viewer) {
        Map<UUID, UUID> threads = new HashMap<>();
        enquiries.linkedThreads(viewer).forEach(t -> threads.putIfAbsent(t.proposalId(), t.id()));
        return threads;
    }

    private void campusPage(HttpRequest<?> request, Map<String, Object> model) {
        String path = request.getPath();
        if (path.startsWith("/campuses/")) {
            ResponseTimeView time = responseTimes.of(path.substring("/campuses/".length()));
            model.put("responseTime", time);
            model.put("responseTimeWords", time.shown() ? askForm.words().duration(time.medianSeconds(),
                    locales.resolveOrDefault(request)) : null);
        }
    }

    private static java.util.Optional<UUID> unitId(HttpRequest<?> request, String prefix) {
        try {
            return java.util.Optional.of(UUID.fromString(request.getPath().substring(prefix.length())));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }
}
