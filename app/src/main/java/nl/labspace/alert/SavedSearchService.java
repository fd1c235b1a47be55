package nl.labspace.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.alert.AlertLog;
import nl.labspace.db.alert.AlertRow;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.alert.SavedSearchStatus;
import nl.labspace.db.alert.SavedSearchValues;
import nl.labspace.db.alert.SavedSearches;
import nl.labspace.search.StoredSearches;
import nl.labspace.web.Forbidden;
import nl.labspace.web.NotFound;

/**
 * Saved searches of their owner: save, read, edit, pause, resume, delete, and the alerts sent. Another account's
 * saved search (another company's too) answers as if it did not exist. A mail's unsubscribe token stops its one
 * search without sign-in.
 */
@Singleton
class SavedSearchService {

    private final SavedSearches searches;
    private final AlertLog alerts;
    private final StoredSearches stored;
    private final AlertSchedule schedule;
    private final AlertLines lines;

    SavedSearchService(SavedSearches searches, AlertLog alerts, StoredSearches stored, AlertSchedule schedule, AlertLines lines) {
        this.searches = searches;
        this.alerts = alerts;
        this.stored = stored;
        this.schedule = schedule;
        this.lines = lines;
    }

    @Transactional(readOnly = true)
    List<SavedSearchRow> mine(Viewer viewer) {
        return searches.ofAccount(viewer.accountId());
    }

    @Transactional(readOnly = true)
    SavedSearchRow own(Viewer viewer, UUID id) {
        return searches.find(id).filter(s -> s.accountId().equals(viewer.accountId()))
                .orElseThrow(() -> new NotFound("saved search %s does not exist".formatted(id)));
    }

    /** Validates before anything is written; an alert starts from the moment it is saved. */
    @Transactional
    SavedSearchRow save(Viewer viewer, SavedSearchRequest request) {
        SavedSearchValues values = valuesOf(viewer, request);
        UUID id = searches.insert(viewer.accountId(), values, schedule.nextDue(values.frequency(), OffsetDateTime.now()));
        if (SavedSearchStatus.PAUSED.equals(request.status())) {
            searches.setStatus(id, SavedSearchStatus.PAUSED, false, null);
        }
        return searches.find(id).orElseThrow();
    }

    /** Replaces name, search and frequency; status active resumes, paused pauses (absent: unchanged). */
    @Transactional
    SavedSearchRow update(Viewer viewer, UUID id, SavedSearchRequest request) {
        SavedSearchRow old = own(viewer, id);
        SavedSearchValues values = valuesOf(viewer, request);
        OffsetDateTime now = OffsetDateTime.now();
        searches.update(id, values, !values.query().equals(old.query()), schedule.nextDue(values.frequency(), now));
        if (request.status() != null) {
            setStatus(old, request.status(), values.frequency(), now);
        }
        return searches.find(id).orElseThrow();
    }

    @Transactional
    SavedSearchRow pause(Viewer viewer, UUID id, boolean paused) {
        SavedSearchRow s = own(viewer, id);
        setStatus(s, paused ? SavedSearchStatus.PAUSED : SavedSearchStatus.ACTIVE, s.frequency(), OffsetDateTime.now());
        return searches.find(id).orElseThrow();
    }

    @Transactional
    void delete(Viewer viewer, UUID id) {
        own(viewer, id);
        searches.delete(id);
    }

    @Transactional(readOnly = true)
    List<AlertRow> sent(Viewer viewer, UUID id) {
        return alerts.ofSearch(own(viewer, id).id());
    }

    @Transactional(readOnly = true)
    AlertDetail alert(Viewer viewer, UUID id, UUID alertId) {
        SavedSearchRow s = own(viewer, id);
        AlertRow alert = alerts.find(s.id(), alertId)
                .orElseThrow(() -> new NotFound("alert %s of saved search %s does not exist".formatted(alertId, id)));
        return lines.detail(s, alert);
    }

    /** Stops the alert a genuine token names (once or again: the same answer); empty for a forged or stale token. */
    @Transactional
    Optional<SavedSearchRow> unsubscribe(UUID id) {
        Optional<SavedSearchRow> found = searches.find(id);
        found.filter(s -> SavedSearchStatus.ACTIVE.equals(s.status()))
                .ifPresent(s -> searches.setStatus(s.id(), SavedSearchStatus.UNSUBSCRIBED, false, null));
        return found;
    }

    private SavedSearchValues valuesOf(Viewer viewer, SavedSearchRequest request) {
        if (SavedSearchForm.kindOf(viewer) == null) {
            throw new Forbidden("only companies (space) and campus managers (demand) save searches");
        }
        return SavedSearchForm.valuesOf(request, viewer, stored);
    }

    private void setStatus(SavedSearchRow s, String status, String frequency, OffsetDateTime now) {
        if (!status.equals(s.status())) {
            boolean resume = SavedSearchStatus.ACTIVE.equals(status);
            searches.setStatus(s.id(), status, resume, schedule.nextDue(frequency, now));
        }
    }
}
