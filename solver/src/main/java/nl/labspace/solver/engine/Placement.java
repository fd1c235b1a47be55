package nl.labspace.solver.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/**
 * A planning value: one offer (units on one campus that satisfy rules 1-6 for the need) with one start month.
 * A final class rather than a record because OptaPlanner needs a {@link PlanningId} on values to rebase moves.
 */
public final class Placement {

    private String id;
    private final Need need;
    private final int needIndex;
    private final Campus campus;
    private final List<Unit> units;
    private final int[] unitIndexes;
    private final YearMonth start;
    private final int first;
    private final int end;
    private List<UnitUse> uses;
    private final SoftCost cost;

    Placement(Need need, int needIndex, Campus campus, List<Unit> units, int[] unitIndexes, YearMonth start,
              SoftCost cost) {
        this.need = Objects.requireNonNull(need);
        this.needIndex = needIndex;
        this.campus = Objects.requireNonNull(campus);
        this.units = List.copyOf(units);
        this.unitIndexes = unitIndexes.clone();
        this.start = Objects.requireNonNull(start);
        this.first = Months.index(start);
        this.end = first + need.termMonths();
        this.cost = Objects.requireNonNull(cost);
    }

    /** The identity of an assignment in the exchange format: need, unit set (sorted) and start. */
    static String key(String needId, List<String> sortedUnitIds, YearMonth start) {
        return needId + "|" + String.join(",", sortedUnitIds) + "|" + start;
    }

    /** Two placements clash when they share a unit in an overlapping month (rule 7). */
    boolean clashesWith(Placement other) {
        if (other.first >= end || first >= other.end) {
            return false;
        }
        for (int a : unitIndexes) {
            for (int b : other.unitIndexes) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Built on first use: a national plan has millions of placements, and most are never looked up by id. */
    @PlanningId
    public String getId() {
        if (id == null) {
            id = key(need.id(), units.stream().map(Unit::id).sorted().toList(), start);
        }
        return id;
    }

    public Need getNeed() {
        return need;
    }

    public Campus getCampus() {
        return campus;
    }

    public List<Unit> getUnits() {
        return units;
    }

    int needIndex() {
        return needIndex;
    }

    int[] unitIndexes() {
        return unitIndexes;
    }

    public YearMonth getStart() {
        return start;
    }

    int first() {
        return first;
    }

    int end() {
        return end;
    }

    /** Built on first use: only placements that get assigned are ever flattened for the double-booking join. */
    public List<UnitUse> getUses() {
        if (uses == null) {
            List<UnitUse> flat = new ArrayList<>(units.size());
            for (int i = 0; i < units.size(); i++) {
                flat.add(new UnitUse(unitIndexes[i], units.get(i).id(), first, end, needIndex, need.id()));
            }
            uses = List.copyOf(flat);
        }
        return uses;
    }

    public SoftCost getCost() {
        return cost;
    }

    public List<String> unitIds() {
        return units.stream().map(Unit::id).toList();
    }

    @Override
    public String toString() {
        return getId();
    }
}
