package nl.labspace.alert;

import java.util.UUID;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Absolute links in alert mails: the site's public address (LABSPACE_PUBLIC_URL) and a path; the unsubscribe link
 * carries the search's signed token.
 */
@Singleton
class AlertLinks {

    private final String base;
    private final AlertTokens tokens;

    AlertLinks(@Value("${labspace.public-url:`http://localhost:8080`}") String base, AlertTokens tokens) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.tokens = tokens;
    }

    String absolute(String path) {
        return base + path;
    }

    String unsubscribe(UUID savedSearch) {
        return absolute(UnsubscribeController.PATH + "/" + tokens.unsubscribe(savedSearch));
    }
}
