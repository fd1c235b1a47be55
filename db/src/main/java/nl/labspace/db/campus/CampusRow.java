package nl.labspace.db.campus;

import java.util.List;

/** A campus's public profile as stored, with its derived regions and its address. */
public record CampusRow(String id, String name, String city, double lat, double lon, String provinceCode,
                        String coropCode, String romCode, List<String> focus, List<String> sharedFacilities,
                        String website, String contactEmail, CampusAddress address) {
}
