package nl.labspace.enquiry;

import java.util.List;
import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.db.enquiry.EnquiryRow;
import nl.labspace.db.enquiry.EnquirySide;
import nl.labspace.db.enquiry.Recipient;
import nl.labspace.mail.MailLanguages;
import nl.labspace.mail.MailTemplates;
import nl.labspace.mail.Outbox;
import nl.labspace.mail.PublicLinks;
import nl.labspace.page.Formats;

/**
 * Tells the other side of a thread that it has a new message, by mail through the outbox, in the same transaction as
 * the message (it is mailed if and only if it is written): each manager of the unit's campus of a new enquiry or a
 * company message, the asking account of a campus reply. Each mail is in its recipient's language and links to the
 * thread in that side's console. A campus's mail names the company exactly as its pages do (ThreadWords); mails are
 * plain text, so nothing a user wrote is ever read as markup.
 */
@Singleton
class EnquiryNotices {

    static final String RECEIVED = "enquiry-received";
    static final String MESSAGE = "enquiry-message";
    static final String REPLY = "enquiry-reply";

    /** What an enquiry mail shows (templates mail/enquiry-*.txt read it as m). */
    public record EnquiryMail(String name, String unitName, String campusName, String asker, String message,
                              @Nullable String viewingDate, String link) {
    }

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MailLanguages languages;
    private final PublicLinks links;
    private final ThreadWords words;

    EnquiryNotices(Outbox outbox, MailTemplates templates, MailLanguages languages, PublicLinks links, ThreadWords words) {
        this.outbox = outbox;
        this.templates = templates;
        this.languages = languages;
        this.links = links;
        this.words = words;
    }

    /** A new enquiry, to the managers of the unit's campus. */
    void asked(EnquiryRow enquiry, String message, List<Recipient> managers) {
        managers.forEach(m -> send(m, RECEIVED, enquiry, Reader.CAMPUS, message));
    }

    /** A message in a thread, to the other side: the campus's managers, or the account that asked. */
    void replied(EnquiryRow enquiry, EnquirySide from, String message, List<Recipient> otherSide) {
        String kind = from == EnquirySide.COMPANY ? MESSAGE : REPLY;
        Reader reader = from == EnquirySide.COMPANY ? Reader.CAMPUS : Reader.COMPANY;
        otherSide.forEach(r -> send(r, kind, enquiry, reader, message));
    }

    private void send(Recipient to, String kind, EnquiryRow enquiry, Reader reader, String message) {
        Locale language = languages.ofAccount(to.accountId());
        EnquiryResponse view = EnquiryResponse.of(enquiry, reader, null, null);
        String viewing = enquiry.viewingDate() == null ? null : new Formats(language).date(enquiry.viewingDate());
        String console = reader == Reader.CAMPUS ? "/console/campus/enquiries/" : "/console/company/enquiries/";
        EnquiryMail mail = new EnquiryMail(to.displayName(), enquiry.unitName(), enquiry.campusName(),
                words.asker(view, language), message, viewing, links.absolute(console + enquiry.id()));
        outbox.enqueue(templates.render(to.email(), language, kind, mail));
    }
}
