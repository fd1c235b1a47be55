package nl.labspace.solver.engine;

import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

import nl.labspace.solver.domain.Need;

/**
 * The planning entity: one per need, its variable the chosen placement or null (left unassigned).
 * Mutable because OptaPlanner assigns the variable in place and clones the entity by reflection.
 */
@PlanningEntity
public class NeedAssignment {

    public static final String PLACEMENT = "placement";
    static final String HELD = "held";

    @PlanningId
    private String id;
    private Need need;
    private int index;
    /** Sorted by soft cost, cheapest first: the greedy moves take the first option that fits. */
    private List<Placement> options;
    @PlanningPin
    private boolean pinned;
    /** The options per campus index: where a need may land when space frees up on one campus. */
    private Map<Integer, List<Placement>> optionsByCampus;
    @PlanningVariable(valueRangeProviderRefs = "options", nullable = true)
    private Placement placement;
    /** A mirror of placement whose listener keeps the plan's unit occupancy current for the custom moves. */
    @ShadowVariable(variableListenerClass = OccupancyListener.class, sourceVariableName = PLACEMENT)
    private Placement held;

    NeedAssignment() {
    }

    public NeedAssignment(Need need, int index, List<Placement> options, boolean pinned, Placement placement) {
        this(need, index, options, Map.of(), pinned, placement);
    }

    NeedAssignment(Need need, int index, List<Placement> options, Map<Integer, List<Placement>> optionsByCampus,
                   boolean pinned, Placement placement) {
        this.id = need.id();
        this.need = need;
        this.index = index;
        this.options = List.copyOf(options);
        this.optionsByCampus = optionsByCampus;
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

    List<Placement> optionsOn(int campus) {
        return optionsByCampus.getOrDefault(campus, List.of());
    }

    Placement getHeld() {
        return held;
    }

    void setHeld(Placement held) {
        this.held = held;
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
