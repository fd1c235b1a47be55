package nl.labspace.db.alert;

import java.util.List;

/** The words of saved_search (V24): its kinds, frequencies and statuses, as the schema spells them. */
public final class SavedSearchStatus {

    public static final String SPACE = "space";
    public static final String DEMAND = "demand";
    public static final List<String> KINDS = List.of(SPACE, DEMAND);

    public static final String INSTANT = "instant";
    public static final String DAILY = "daily";
    public static final String WEEKLY = "weekly";
    public static final List<String> FREQUENCIES = List.of(INSTANT, DAILY, WEEKLY);

    public static final String ACTIVE = "active";
    public static final String PAUSED = "paused";
    public static final String UNSUBSCRIBED = "unsubscribed";
    public static final List<String> STATUSES = List.of(ACTIVE, PAUSED, UNSUBSCRIBED);

    private SavedSearchStatus() {
    }
}
