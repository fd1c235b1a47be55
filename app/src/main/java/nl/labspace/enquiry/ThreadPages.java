package nl.labspace.enquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.page.FormErrors;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The models of the enquiry pages, for both consoles: a thread as lines to show, who asks in the reader's words (an
 * anonymous company as its summary), and refusals in the page's language. Text from users is only ever given to
 * th:text (escaped); its line breaks show through CSS (white-space: pre-line), never as markup.
 */
@Singleton
class ThreadPages {

    /** One message as a page shows it. */
    public record Line(long id, String from, String text, OffsetDateTime sentAt, boolean mine) {
    }

    /** A campus's median first-response time in words, or null with the count when too few threads were answered. */
    public record Median(String campusId, String campusName, ResponseTimeView figure, @Nullable String words) {
    }

    /** A thread in a list or on its page. */
    public record Thread(EnquiryResponse thread, String asker, @Nullable String responseWords, List<Line> lines,
                         @Nullable LocalDate viewingDay, String proposalsHref, OffsetDateTime askedAt) {
    }

    private final EnquiryService enquiries;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final EnquiryRules rules;
    private final ThreadWords words;

    ThreadPages(EnquiryService enquiries, MessageSource messages, FormErrors formErrors, EnquiryRules rules,
                ThreadWords words) {
        this.rules = rules;
        this.words = words;
        this.enquiries = enquiries;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    /** The viewer's threads, newest activity first. */
    Map<String, Object> list(Viewer viewer, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("threads", enquiries.threads(viewer).stream().map(t -> thread(t, null, locale)).toList());
        return model;
    }

    /** One thread, opened (the other side's messages are read now), with an empty reply form. */
    Map<String, Object> one(Viewer viewer, UUID id, Locale locale) {
        EnquiryResponse t = enquiries.open(viewer, id);
        Map<String, Object> model = new HashMap<>();
        model.put("t", thread(t, Reader.of(viewer).side().code(), locale));
        model.put("replyErrors", Map.of());
        model.put("replyText", "");
        model.put("maxChars", rules.messageChars());
        return model;
    }

    Median median(ResponseTimeService.OfCampus c, Locale locale) {
        return new Median(c.campusId(), c.campusName(), c.figure(),
                c.figure().shown() ? words.duration(c.figure().medianSeconds(), locale) : null);
    }

    Map<String, String> errors(List<Violation> wrong, Locale locale) {
        return formErrors.byField(wrong, locale);
    }

    /** A refusal (a reached limit, a thread already named) in the page's language. */
    String refusal(Reason code, List<String> values, Locale locale) {
        String reason = formErrors.say(code, values, locale);
        return messages.getMessage("console.refused", locale, reason).orElse(reason);
    }

    private Thread thread(EnquiryResponse t, @Nullable String mySide, Locale locale) {
        List<Line> lines = t.messages() == null ? List.of() : t.messages().stream()
                .map(m -> new Line(m.id(), m.from(), m.text(), moment(m.sentAt()), m.from().equals(mySide))).toList();
        String response = t.firstResponseSeconds() == null ? null : words.duration(t.firstResponseSeconds(), locale);
        LocalDate viewing = t.viewingDate() == null ? null : LocalDate.parse(t.viewingDate());
        String proposals = "campus".equals(mySide) ? "/console/campus#proposals" : "/console/company#proposal-" + t.proposalId();
        return new Thread(t, words.asker(t, locale), response, lines, viewing, proposals, moment(t.createdAt()));
    }

    private static OffsetDateTime moment(String iso) {
        return Instant.parse(iso).atOffset(ZoneOffset.UTC);
    }
}
