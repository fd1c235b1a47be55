package nl.labspace.enquiry;

import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.page.FormValues;

/**
 * The campus's inbox in the browser: the threads about its units (unread first to the eye, with each thread's
 * first-response time and the campus's median), each thread with a reply form. An anonymous company reads as its
 * summary only.
 */
@Controller("/console/campus/enquiries")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class CampusEnquiryPages {

    private static final String LIST = "console/campus-enquiries";
    private static final String THREAD = "console/campus-enquiry";

    private final ThreadPages pages;
    private final ReplyPages replies;
    private final ResponseTimeService responseTimes;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    CampusEnquiryPages(ThreadPages pages, ReplyPages replies, ResponseTimeService responseTimes, Viewers viewers,
                       HttpLocaleResolver locales) {
        this.pages = pages;
        this.replies = replies;
        this.responseTimes = responseTimes;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> inbox(HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        var locale = locales.resolveOrDefault(request);
        Map<String, Object> model = pages.list(viewer, locale);
        model.put("medians", viewer.campusIds().stream().sorted().map(c -> pages.median(responseTimes.named(c), locale)).toList());
        return new ModelAndView<>(LIST, model);
    }

    @Get("/{id}{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> thread(UUID id, @Nullable @QueryValue String done, HttpRequest<?> request,
                                             Authentication auth) {
        Map<String, Object> model = pages.one(viewers.of(auth), id, locales.resolveOrDefault(request));
        model.put("done", done);
        return new ModelAndView<>(THREAD, model);
    }

    @Post("/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> reply(UUID id, @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        return replies.reply(viewers.of(auth), id, FormValues.of(body), locales.resolveOrDefault(request),
                "/console/campus/enquiries/", THREAD);
    }
}
