package nl.labspace.solver.engine;

/** An existing lease on a unit for the months [first, end): a fixed fact the plan must work around. */
public record LeaseBlock(int unit, String unitId, int first, int end) {
}
