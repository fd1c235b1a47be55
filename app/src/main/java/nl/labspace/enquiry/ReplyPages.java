package nl.labspace.enquiry;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;

/**
 * The reply form under a thread, for both consoles: sent, back to the thread at its newest message; refused, the
 * thread again with the text kept and the reason at the field (400) or above the form (429).
 */
@Singleton
class ReplyPages {

    private final EnquiryService enquiries;
    private final ThreadPages pages;

    ReplyPages(EnquiryService enquiries, ThreadPages pages) {
        this.enquiries = enquiries;
        this.pages = pages;
    }

    HttpResponse<?> reply(Viewer viewer, UUID id, FormValues form, Locale locale, String base, String view) {
        String text = form.one("message");
        try {
            enquiries.reply(viewer, id, text);
            return HttpResponse.seeOther(URI.create(base + id + "?done=enquiry-replied#newest"));
        } catch (BadInput e) {
            return again(viewer, id, locale, view, text, pages.errors(e.violations(), locale), null, HttpStatus.BAD_REQUEST);
        } catch (EnquiryLimitReached e) {
            return again(viewer, id, locale, view, text, Map.of(), pages.refusal(e.code(), e.values(), locale),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    private HttpResponse<?> again(Viewer viewer, UUID id, Locale locale, String view, String text, Map<String, String> errors,
                                  String refused, HttpStatus status) {
        Map<String, Object> model = pages.one(viewer, id, locale);
        model.put("replyText", text == null ? "" : text);
        model.put("replyErrors", errors);
        model.put("refused", refused);
        return HttpResponse.status(status).body(new ModelAndView<>(view, model));
    }
}
