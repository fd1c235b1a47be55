package nl.labspace.solver.offer;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import nl.labspace.solver.domain.MonthRange;

/**
 * A set of units on one campus that together may host one need (rules 1-6), with the start months at which it
 * may. Every month in {@code starts} keeps rule 6 for every unit and overlaps no existing lease on them; when
 * leases cut a window in pieces, the same unit set appears as one offer per piece.
 *
 * @param unitIds sorted ascending
 * @param wasteM2 area of the units beyond what the need asks (lab and office together)
 */
public record Offer(String needId, String campusId, List<String> unitIds, int labM2, int officeM2, int wasteM2,
                    double maxRentPerM2Year, MonthRange starts) {

    public Offer {
        Objects.requireNonNull(needId, "need of offer");
        Objects.requireNonNull(campusId, "campus of offer for need " + needId);
        Objects.requireNonNull(starts, "starts of offer for need " + needId);
        unitIds = List.copyOf(unitIds);
        if (unitIds.isEmpty()) {
            throw new IllegalArgumentException("offer for need %s has no units".formatted(needId));
        }
    }

    public boolean canStart(YearMonth start) {
        return !start.isBefore(starts.first()) && !start.isAfter(starts.last());
    }

    public boolean sharesUnitWith(Offer other) {
        for (String id : unitIds) {
            if (other.unitIds.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
