package nl.labspace.solver.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Need N takes these units from this start month; also the shape of an accepted ("fixed") match. */
public record Assignment(String needId, List<String> unitIds, YearMonth start) {

    public Assignment {
        Objects.requireNonNull(needId, "need of assignment");
        Objects.requireNonNull(start, "start of assignment for need " + needId);
        unitIds = List.copyOf(unitIds);
    }
}
