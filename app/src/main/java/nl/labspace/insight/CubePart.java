package nl.labspace.insight;

/**
 * One contributor of cells to the insight cube (supply, demand, matching, lost demand, flows): it reads the live
 * market and adds its cells and their additive relations. Every part is built in the same read-only transaction and
 * suppressed together, so that no figure of one part can be subtracted from another to reveal a withheld cell.
 */
public interface CubePart {

    void addTo(CubeBuilder cube);
}
