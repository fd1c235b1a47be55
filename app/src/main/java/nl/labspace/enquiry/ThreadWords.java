package nl.labspace.enquiry;

import java.util.Locale;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

/**
 * A thread's words in a reader's language, for pages and mails alike: who asks (the company's name, or for a campus
 * while the thread is anonymous only "Anonymous company (sector, size band)", so neither can name more), and a
 * response time (minutes below two hours, hours below two days, then days).
 */
@Singleton
class ThreadWords {

    private final MessageSource messages;

    ThreadWords(MessageSource messages) {
        this.messages = messages;
    }

    String duration(long seconds, Locale locale) {
        long minutes = seconds / 60;
        if (minutes < 120) {
            return say("enquiry.duration.minutes." + (minutes == 0 ? "none" : minutes == 1 ? "one" : "many"), locale, minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return say("enquiry.duration.hours", locale, hours);
        }
        return say("enquiry.duration.days", locale, Math.round(hours / 24.0));
    }

    String asker(EnquiryResponse t, Locale locale) {
        if (t.companyName() != null) {
            return t.companyName();
        }
        AnonymousCompany a = t.anonymousCompany();
        String sector = a.sector() == null ? say("enquiry.anonymous.noSector", locale)
                : messages.getMessage("sector." + a.sector(), locale).orElse(a.sector());
        String size = a.sizeM2To() == null ? say("enquiry.size.from", locale, a.sizeM2From())
                : say("enquiry.size.band", locale, a.sizeM2From(), a.sizeM2To());
        return say("enquiry.anonymous.summary", locale, sector, size);
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }
}
