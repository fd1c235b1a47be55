package nl.labspace.alert;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import nl.labspace.db.alert.AlertItemRow;
import nl.labspace.db.alert.AlertLog;
import nl.labspace.db.alert.AlertRow;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.alert.SavedSearchStatus;
import nl.labspace.search.DemandItem;
import nl.labspace.search.StoredSearches;

/** The full list behind an alert, read inside the caller's transaction. */
@Singleton
class AlertLines {

    private final AlertLog alerts;
    private final StoredSearches stored;

    AlertLines(AlertLog alerts, StoredSearches stored) {
        this.alerts = alerts;
        this.stored = stored;
    }

    AlertDetail detail(SavedSearchRow search, AlertRow alert) {
        String sentAt = alert.sentAt().toInstant().toString();
        if (SavedSearchStatus.SPACE.equals(search.kind())) {
            List<AlertDetail.UnitLine> units = alerts.unitLines(alert.id()).stream().map(AlertDetail.UnitLine::of).toList();
            return new AlertDetail(alert.id(), search.id(), search.kind(), sentAt, alert.items(), units, List.of());
        }
        return new AlertDetail(alert.id(), search.id(), search.kind(), sentAt, alert.items(), List.of(), needs(alert));
    }

    /** The needs as demand search shows them now (anonymised when confidential); needs no longer open are left out. */
    private List<AlertDetail.NeedLine> needs(AlertRow alert) {
        List<AlertItemRow> items = alerts.items(alert.id());
        List<UUID> ids = items.stream().map(AlertItemRow::needId).toList();
        Map<UUID, DemandItem> open = stored.openNeeds(ids).stream()
                .collect(Collectors.toMap(DemandItem::id, Function.identity()));
        return items.stream().filter(i -> open.containsKey(i.needId()))
                .sorted(Comparator.comparingInt(AlertItemRow::position))
                .map(i -> new AlertDetail.NeedLine(i.position(), i.change(), open.get(i.needId()))).toList();
    }
}
