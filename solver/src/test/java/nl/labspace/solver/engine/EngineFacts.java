package nl.labspace.solver.engine;

import java.time.YearMonth;
import java.util.List;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/** Planning objects for constraint tests, built straight from facts; valid and cost-free by default. */
final class EngineFacts {

    static final SoftCost NO_COST = new SoftCost(0, 0, 0, false, List.of(), false);

    private EngineFacts() {
    }

    /** A placement of the need on these units (unit index = position in {@code allUnits}) from this start. */
    static Placement placement(Need need, int needIndex, Campus campus, List<Unit> units, List<Unit> allUnits,
                               YearMonth start, SoftCost cost) {
        int[] indexes = units.stream().mapToInt(allUnits::indexOf).toArray();
        return new Placement(need, needIndex, campus, units, indexes, start, cost);
    }

    static Placement placement(Need need, int needIndex, Campus campus, Unit unit, YearMonth start, SoftCost cost) {
        return new Placement(need, needIndex, campus, List.of(unit), new int[] {0}, start, cost);
    }

    static NeedAssignment assigned(Need need, int needIndex, Placement placement) {
        return new NeedAssignment(need, needIndex, List.of(placement), false, placement);
    }

    static NeedAssignment unassigned(Need need, int needIndex) {
        return new NeedAssignment(need, needIndex, List.of(), false, null);
    }

    static SoftCost cost(double km, double rent, int wasted, boolean focusMismatch, boolean outsideHome) {
        return new SoftCost(km, rent, wasted, focusMismatch, outsideHome ? List.of("PV27") : List.of(), outsideHome);
    }
}
