package nl.labspace.db.search;

/** The campus a unit lies on: where it is and in which regions. */
public record CampusPart(String id, String name, String city, double lat, double lon, String provinceCode,
                         String coropCode, String romCode) {
}
