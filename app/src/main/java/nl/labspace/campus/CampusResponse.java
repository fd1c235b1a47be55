package nl.labspace.campus;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.campus.CampusAddress;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.search.RegionIndex;

/**
 * A campus's public profile. The address parts may be missing; addressIsDemo says the address is the demo data's
 * (the town only). routeUrl opens OpenStreetMap's route planner with the campus as destination. regionNames names the
 * regions whose codes are province, corop and rom.
 */
@Serdeable
record CampusResponse(String id, String name, String city, double lat, double lon, String province, String corop,
                      String rom, List<String> focus, List<String> sharedFacilities, String website,
                      String contactEmail, @Nullable String streetAddress, @Nullable String postcode,
                      @Nullable String town, boolean addressIsDemo,
                      @Schema(description = "OpenStreetMap directions to the campus point") String routeUrl,
                      RegionNames regionNames) {

    /** The names of a campus's province, COROP region and ROM area ("Zuid-Holland"). */
    @Serdeable
    record RegionNames(String province, String corop, String rom) {
    }

    static CampusResponse of(CampusRow c, RegionIndex names) {
        CampusAddress a = c.address();
        return new CampusResponse(c.id(), c.name(), c.city(), c.lat(), c.lon(), c.provinceCode(), c.coropCode(),
                c.romCode(), c.focus(), c.sharedFacilities(), c.website(), c.contactEmail(), a.street(), a.postcode(),
                a.town(), a.demo(), RouteLink.to(c.lat(), c.lon()),
                new RegionNames(names.name(c.provinceCode()), names.name(c.coropCode()), names.name(c.romCode())));
    }
}
