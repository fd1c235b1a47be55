package nl.labspace.alert;

import java.util.ArrayList;
import java.util.List;

import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.alert.SavedSearchStatus;
import nl.labspace.db.alert.SavedSearchValues;
import nl.labspace.search.StoredSearches;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The rules of a saved search, for the API and the console alike: a name, a frequency, and a search its owner's
 * role may save (a company space, a campus manager demand), judged by that search's own rules. Every broken rule
 * is named at once.
 */
final class SavedSearchForm {

    static final int MAX_NAME = 120;
    static final List<String> SETTABLE_STATUSES = List.of(SavedSearchStatus.ACTIVE, SavedSearchStatus.PAUSED);

    private SavedSearchForm() {
    }

    /** The kind of search a role saves, or null when it saves none. */
    static String kindOf(Viewer viewer) {
        return switch (viewer.role()) {
            case Roles.COMPANY -> SavedSearchStatus.SPACE;
            case Roles.CAMPUS_MANAGER -> SavedSearchStatus.DEMAND;
            default -> null;
        };
    }

    static SavedSearchValues valuesOf(SavedSearchRequest r, Viewer viewer, StoredSearches searches) {
        List<Violation> wrong = new ArrayList<>();
        String kind = kindOf(viewer);
        if (r.kind() != null && !r.kind().equals(kind)) {
            wrong.add(Violation.of("kind", r.kind(), Reason.ONE_OF, kind));
        }
        String name = r.name() == null ? "" : r.name().trim();
        if (name.isEmpty()) {
            wrong.add(Violation.of("name", r.name(), Reason.REQUIRED));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            wrong.add(Violation.of("name", r.name(), "must be one line of text"));
        } else if (name.length() > MAX_NAME) {
            wrong.add(Violation.of("name", r.name(), Reason.MAX_CHARS, MAX_NAME));
        }
        if (r.frequency() == null || !SavedSearchStatus.FREQUENCIES.contains(r.frequency())) {
            wrong.add(Violation.of("frequency", r.frequency(), Reason.ONE_OF, String.join(", ", SavedSearchStatus.FREQUENCIES)));
        }
        if (r.status() != null && !SETTABLE_STATUSES.contains(r.status())) {
            wrong.add(Violation.of("status", r.status(), Reason.ONE_OF, String.join(", ", SETTABLE_STATUSES)));
        }
        String query = "";
        try {
            String given = r.search() == null ? "" : r.search().trim();
            String withoutMark = given.startsWith("?") ? given.substring(1) : given;
            query = SavedSearchStatus.SPACE.equals(kind) ? searches.space(withoutMark) : searches.demand(withoutMark);
        } catch (BadInput e) {
            wrong.addAll(e.violations());
        }
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        return new SavedSearchValues(kind, name, query, r.frequency());
    }
}
