package nl.labspace.db.alert;

/** What an owner sets on a saved search; the query string is already validated by its search. */
public record SavedSearchValues(String kind, String name, String query, String frequency) {
}
