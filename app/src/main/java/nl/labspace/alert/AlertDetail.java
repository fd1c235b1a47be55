package nl.labspace.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.alert.AlertUnitLine;
import nl.labspace.search.DemandItem;
import nl.labspace.web.Months;

/**
 * Everything one alert listed, in the mail's order, however many: units for a space alert (as they are now; status
 * tells when one has been withdrawn since), needs for a demand alert (as demand search shows them now: anonymised
 * when confidential, and only while still open).
 */
@Serdeable
record AlertDetail(UUID id, UUID savedSearchId, String kind, String sentAt, int total,
                   @JsonInclude(JsonInclude.Include.ALWAYS) List<UnitLine> units,
                   @JsonInclude(JsonInclude.Include.ALWAYS) List<NeedLine> needs) {

    /** change: new, back (offered again or back from stale) or changed. */
    @Serdeable
    record UnitLine(int position, String change, UUID unitId, String name, String campusId, String campusName,
                    String city, int labM2, int officeM2, BigDecimal rentPerM2Year, String availableFrom, String status,
                    String link) {

        static UnitLine of(AlertUnitLine u) {
            return new UnitLine(u.position(), u.change(), u.unitId(), u.name(), u.campusId(), u.campusName(), u.city(),
                    u.labM2(), u.officeM2(), u.rentPerM2Year(), Months.format(u.availableFrom()), u.status(),
                    "/units/" + u.unitId());
        }
    }

    @Serdeable
    record NeedLine(int position, String change, DemandItem need) {
    }
}
