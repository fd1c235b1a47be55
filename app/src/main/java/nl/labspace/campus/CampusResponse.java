package nl.labspace.campus;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.campus.CampusRow;

/** A campus's public profile. */
@Serdeable
record CampusResponse(String id, String name, String city, double lat, double lon, String province, String corop,
                      String rom, List<String> focus, List<String> sharedFacilities, String website,
                      String contactEmail) {

    static CampusResponse of(CampusRow c) {
        return new CampusResponse(c.id(), c.name(), c.city(), c.lat(), c.lon(), c.provinceCode(), c.coropCode(),
                c.romCode(), c.focus(), c.sharedFacilities(), c.website(), c.contactEmail());
    }
}
