package nl.labspace.solver.explain;

/**
 * A hard rule (rule 7) the explained plan breaks for this need; an engine plan has none, a plan from elsewhere may.
 *
 * @param otherNeedId the need sharing the unit (DOUBLE_BOOKED), null for a lease
 * @param months      months of overlap
 */
public record Violation(Code code, String unitId, String otherNeedId, int months) {

    public enum Code { DOUBLE_BOOKED, ALREADY_LEASED }
}
