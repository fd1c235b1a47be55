package nl.labspace.alert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;
import nl.labspace.db.alert.ChangeLog;
import nl.labspace.db.alert.Recipient;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.search.DemandItem;

/**
 * Queues an alert's mail in the caller's transaction (the mail exists if and only if the alert is recorded), in
 * the recipient's language.
 */
@Singleton
class AlertSending {

    private final AlertMailText text;
    private final AlertLinks links;
    private final AlertPost post;

    AlertSending(AlertMailText text, AlertLinks links, AlertPost post) {
        this.text = text;
        this.links = links;
        this.post = post;
    }

    void space(Recipient to, SavedSearchRow s, UUID alert, List<SpaceHitRow> units, Map<UUID, ChangeLog.Kind> kinds) {
        Locale language = post.languageOf(to);
        post.enqueue(to, language, "alert-space", text.space(s, alert, units, kinds, language, links));
    }

    void demand(Recipient to, SavedSearchRow s, UUID alert, List<DemandItem> needs, Map<UUID, ChangeLog.Kind> kinds) {
        Locale language = post.languageOf(to);
        post.enqueue(to, language, "alert-demand", text.demand(s, alert, needs, kinds, language, links));
    }
}
