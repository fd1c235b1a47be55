package nl.labspace.solver.engine;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import nl.labspace.solver.domain.Need;

/**
 * The planning entity: one per need, its variable the chosen placement or null (left unassigned).
 * Mutable because OptaPlanner assigns the variable in place and clones the entity by reflection.
 */
@PlanningEntity
public class NeedAssignment {

    public static final String PLACEMENT = "placement";

    @PlanningId
    private String id;
    private Need need;
    private int index;
    /** Sorted by soft cost, cheapest first: the greedy moves take the first option that fits. */
    private List<Placement> options;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "options", nullable = true)
    private Placement placement;

    NeedAssignment() {
    }

    public NeedAssignment(Need need, int index, List<Placement> options, boolean pinned, Placement placement) {
        this.id = need.id();
        this.need = need;
        this.index = index;
        this.options = List.copyOf(options);
        this.pinned = pinned;
        this.placement = placement;
    }

    @ValueRangeProvider(id = "options")
    public List<Placement> getOptions() {
        return options;
    }

    public String getId() {
        return id;
    }

    public Need getNeed() {
        return need;
    }

    public int getIndex() {
        return index;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public boolean isAssigned() {
        return placement != null;
    }

    public List<UnitUse> uses() {
        return placement == null ? List.of() : placement.getUses();
    }

    @Override
    public String toString() {
        return id + "->" + placement;
    }
}
