package nl.labspace.enquiry;

import java.util.Locale;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

/** A response time in words of the page's language: minutes below two hours, hours below two days, then days. */
@Singleton
public class Durations {

    private final MessageSource messages;

    Durations(MessageSource messages) {
        this.messages = messages;
    }

    public String words(long seconds, Locale locale) {
        long minutes = seconds / 60;
        if (minutes < 120) {
            return say("enquiry.duration.minutes", locale, minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return say("enquiry.duration.hours", locale, hours);
        }
        return say("enquiry.duration.days", locale, Math.round(hours / 24.0));
    }

    private String say(String key, Locale locale, long n) {
        return messages.getMessage(key, locale, n).orElse(String.valueOf(n));
    }
}
