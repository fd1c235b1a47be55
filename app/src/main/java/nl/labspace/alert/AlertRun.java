package nl.labspace.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.alert.AlertItemRow;
import nl.labspace.db.alert.AlertLog;
import nl.labspace.db.alert.ChangeLog;
import nl.labspace.db.alert.Recipient;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.alert.SavedSearchStatus;
import nl.labspace.db.alert.SavedSearches;
import nl.labspace.db.listing.stats.ListingEventKind;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.listing.stats.ListingEvents;
import nl.labspace.search.DemandItem;
import nl.labspace.search.StoredSearches;

/**
 * One saved search's alert, in one transaction: take the horizon (V24) before reading any change, lock the search
 * if still due, list every unit (or need) its search finds today among those changed in [watermark, horizon), record
 * the alert with all of them, queue its mail, and move the watermark to the horizon. Nothing is capped here; the
 * mail shows the first ones and links to the rest. An empty result sends nothing but still moves the watermark.
 */
@Singleton
class AlertRun {

    private final SavedSearches searches;
    private final ChangeLog changes;
    private final AlertLog alerts;
    private final StoredSearches stored;
    private final AlertSending sending;
    private final ListingEvents listingEvents;

    AlertRun(SavedSearches searches, ChangeLog changes, AlertLog alerts, StoredSearches stored, AlertSending sending,
             ListingEvents listingEvents) {
        this.listingEvents = listingEvents;
        this.searches = searches;
        this.changes = changes;
        this.alerts = alerts;
        this.stored = stored;
        this.sending = sending;
    }

    @Transactional(readOnly = true)
    List<UUID> due(OffsetDateTime now, int limit) {
        return searches.due(now, limit);
    }

    /** The alert's id when one was sent (nextDue: the search's next slot, by its frequency), empty when the search was not due (any more) or found nothing new. */
    @Transactional
    Optional<UUID> run(UUID savedSearch, OffsetDateTime now, Function<String, OffsetDateTime> nextDue) {
        long horizon = searches.horizon();
        Optional<SavedSearchRow> locked = searches.lockDue(savedSearch, now);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        SavedSearchRow s = locked.get();
        long to = Math.max(horizon, s.watermark());
        Optional<Recipient> recipient = searches.recipient(s.accountId());
        Optional<UUID> sent = recipient.flatMap(r -> SavedSearchStatus.SPACE.equals(s.kind())
                ? space(s, to, r) : demand(s, to, r));
        searches.advance(s.id(), to, nextDue.apply(s.frequency()));
        return sent;
    }

    private Optional<UUID> space(SavedSearchRow s, long to, Recipient recipient) {
        int freshDays = stored.freshDays();
        List<SpaceHitRow> units = stored.spaceChanged(s.query(), s.watermark(), to);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, ChangeLog.Kind> kinds = changes.unitKinds(s.watermark(), to, freshDays, units.stream().map(u -> u.unit().id()).toList());
        List<AlertItemRow> items = new ArrayList<>();
        for (SpaceHitRow u : units) {
            items.add(new AlertItemRow(items.size() + 1, u.unit().id(), null, word(kinds.get(u.unit().id()))));
        }
        UUID alert = alerts.record(s.id(), s.watermark(), to, items);
        // listing statistics: every unit the alert reports, those past the mail's first 50 too (the mail links to all)
        listingEvents.recordAll(units.stream().map(u -> u.unit().id()).toList(), ListingEventKind.ALERT_SENT);
        sending.space(recipient, s, alert, units, kinds);
        return Optional.of(alert);
    }

    private Optional<UUID> demand(SavedSearchRow s, long to, Recipient recipient) {
        List<DemandItem> needs = stored.demandChanged(s.query(), s.watermark(), to);
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, ChangeLog.Kind> kinds = changes.needKinds(s.watermark(), to, needs.stream().map(DemandItem::id).toList());
        List<AlertItemRow> items = new ArrayList<>();
        for (DemandItem n : needs) {
            items.add(new AlertItemRow(items.size() + 1, null, n.id(), word(kinds.get(n.id()))));
        }
        UUID alert = alerts.record(s.id(), s.watermark(), to, items);
        sending.demand(recipient, s, alert, needs, kinds);
        return Optional.of(alert);
    }

    static String word(ChangeLog.Kind kind) {
        return kind == null ? "changed" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
