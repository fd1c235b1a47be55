package nl.labspace.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.search.StaleUnitRow;

/** A campus's units hidden from space search until reconfirmed (POST /api/units/{id}/reconfirm). */
@Serdeable
record StaleUnits(String campusId, String asOf, int freshDays, @JsonInclude(JsonInclude.Include.ALWAYS) List<Unit> units) {

    @Serdeable
    record Unit(UUID id, String name, String status, String lastConfirmed, int daysSinceConfirmed) {

        static Unit of(StaleUnitRow r) {
            return new Unit(r.id(), r.name(), r.status(), r.lastConfirmed().toString(), r.daysSinceConfirmed());
        }
    }
}
