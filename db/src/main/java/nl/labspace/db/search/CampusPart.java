package nl.labspace.db.search;

/** The campus a unit lies on: where it is, in which regions, and its address. */
public record CampusPart(String id, String name, String city, double lat, double lon, String provinceCode,
                         String coropCode, String romCode, nl.labspace.db.campus.CampusAddress address) {
}
