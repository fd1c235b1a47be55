package nl.labspace.db.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a run proposes for one need: units (each with the version the run read) on one campus from a start month,
 * or, when campusId is null, nothing (the explanation says why). explanation is JSON.
 */
public record NewProposal(UUID needId, int needVersion, String campusId, LocalDate startMonth, Integer termMonths,
                          List<UnitVersion> units, String explanation) {

    public record UnitVersion(UUID unitId, int version) {
    }

    public NewProposal {
        units = List.copyOf(units);
    }

    public boolean matched() {
        return campusId != null;
    }
}
