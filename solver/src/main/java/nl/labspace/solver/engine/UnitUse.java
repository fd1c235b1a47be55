package nl.labspace.solver.engine;

/**
 * One unit taken by one need for the months [first, end): a placement flattened per unit, so that double
 * booking is an indexed join on (unit, overlapping months) instead of a filter over all pairs of needs.
 */
public record UnitUse(int unit, String unitId, int first, int end, int needIndex, String needId) {

    int overlapMonths(int otherFirst, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(first, otherFirst));
    }
}
