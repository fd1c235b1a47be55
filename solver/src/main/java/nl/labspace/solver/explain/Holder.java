package nl.labspace.solver.explain;

/**
 * A need that holds some units in the months in question; its id may be confidential to other companies.
 *
 * @param accepted its match is accepted (fixed): it cannot be moved
 */
public record Holder(String needId, int m2, boolean accepted) {
}
