package nl.labspace.db.campus;

/**
 * A campus's postal address (V21); each part may be missing. demo marks an address the demo loader derived from the
 * shipped data (the town only), which pages label as such.
 */
public record CampusAddress(String street, String postcode, String town, boolean demo) {

    public static final CampusAddress NONE = new CampusAddress(null, null, null, false);

    public boolean isEmpty() {
        return street == null && postcode == null && town == null;
    }
}
