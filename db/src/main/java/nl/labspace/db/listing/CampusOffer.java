package nl.labspace.db.listing;

/** A campus on a map: where it is and the lab m² its fresh available units offer (0 when none). */
public record CampusOffer(String id, String name, String city, double lat, double lon, int labM2, int units) {
}
