package nl.labspace.enquiry;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.page.FormOnce;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.Violation;

/**
 * The company's side of enquiries in the browser: the "Ask the campus" form of a unit page posts here; the company
 * console lists its threads and shows each with a reply form and, while anonymous, the button that names the company.
 * The same service and rules as the API; refusals come back in the page's language with the values kept.
 */
@Controller("/console/company/enquiries")
@Secured(Roles.COMPANY)
@Hidden
class CompanyEnquiryPages {

    private static final String LIST = "console/company-enquiries";
    private static final String THREAD = "console/company-enquiry";
    private static final String ASK = "enquiry/ask-again";

    private final EnquiryService enquiries;
    private final ThreadPages pages;
    private final AskForm askForm;
    private final ReplyPages replies;
    private final FormOnce once;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    CompanyEnquiryPages(EnquiryService enquiries, ThreadPages pages, AskForm askForm, ReplyPages replies, FormOnce once,
                        Viewers viewers, HttpLocaleResolver locales) {
        this.enquiries = enquiries;
        this.replies = replies;
        this.once = once;
        this.pages = pages;
        this.askForm = askForm;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String done, HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = pages.list(viewers.of(auth), locales.resolveOrDefault(request));
        model.put("done", done);
        return new ModelAndView<>(LIST, model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> ask(@Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FormValues form = FormValues.of(body);
        Locale locale = locales.resolveOrDefault(request);
        UUID unit = unitOf(form);
        boolean anonymous = "true".equals(form.one("anonymous"));
        List<Violation> wrong = new ArrayList<>();
        UUID need = anonymous ? needOf(form, wrong) : null;
        try {
            if (!wrong.isEmpty()) {
                throw new BadInput(wrong);
            }
            EnquiryResponse sent = enquiries.ask(viewer, unit, new EnquiryRequest(form.one("message"), form.text("viewingDate"),
                    anonymous, need), () -> once.claim(form.one(FormOnce.FIELD))).orElse(null);
            return HttpResponse.seeOther(URI.create(sent == null ? "/console/company/enquiries?done=already"
                    : "/console/company/enquiries/" + sent.id() + "?done=enquiry-sent"));
        } catch (BadInput e) {
            return askAgain(viewer, unit, form, pages.errors(e.violations(), locale), null, HttpStatus.BAD_REQUEST);
        } catch (EnquiryLimitReached e) {
            return askAgain(viewer, unit, form, Map.of(), pages.refusal(e.code(), e.values(), locale), HttpStatus.TOO_MANY_REQUESTS);
        }
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
                "/console/company/enquiries/", THREAD);
    }

    @Post("/{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> reveal(UUID id, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        Locale locale = locales.resolveOrDefault(request);
        try {
            enquiries.reveal(viewer, id);
            return HttpResponse.seeOther(URI.create("/console/company/enquiries/" + id + "?done=enquiry-revealed"));
        } catch (Conflict e) {
            Map<String, Object> model = pages.one(viewer, id, locale);
            model.put("refused", pages.refusal(e.code(), e.values(), locale));
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>(THREAD, model));
        }
    }

    private HttpResponse<?> askAgain(Viewer viewer, UUID unit, FormValues form, Map<String, String> errors,
                                     @Nullable String refused, HttpStatus status) {
        Map<String, Object> model = new HashMap<>(askForm.model(viewer, unit, form, errors));
        model.put("unitName", enquiries.unitName(unit));
        model.put("refused", refused);
        return HttpResponse.status(status).body(new ModelAndView<>(ASK, model));
    }

    /** The unit the form is about; a form without a unit (or with a word that is none) asks about nothing there is. */
    private static UUID unitOf(FormValues form) {
        try {
            return UUID.fromString(String.valueOf(form.one("unit")));
        } catch (IllegalArgumentException e) {
            throw new nl.labspace.web.NotFound("unit %s does not exist".formatted(form.one("unit")));
        }
    }

    private static @Nullable UUID needOf(FormValues form, List<Violation> wrong) {
        String value = form.text("needId");
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            wrong.add(Violation.of("needId", value, nl.labspace.web.Reason.CONFIDENTIAL_NEED));
            return null;
        }
    }
}
