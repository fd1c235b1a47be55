package nl.labspace.alert;

import java.util.UUID;

import jakarta.inject.Singleton;
import nl.labspace.mail.PublicLinks;

/** Absolute links in alert mails (PublicLinks: LABSPACE_PUBLIC_URL); the unsubscribe link carries the search's signed token. */
@Singleton
class AlertLinks {

    private final PublicLinks links;
    private final AlertTokens tokens;

    AlertLinks(PublicLinks links, AlertTokens tokens) {
        this.links = links;
        this.tokens = tokens;
    }

    String absolute(String path) {
        return links.absolute(path);
    }

    String unsubscribe(UUID savedSearch) {
        return absolute(UnsubscribeController.PATH + "/" + tokens.unsubscribe(savedSearch));
    }
}
