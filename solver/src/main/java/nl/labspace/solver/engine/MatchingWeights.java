package nl.labspace.solver.engine;

/**
 * Every weight of the matching score in one place. Hard and medium weights are fixed by the contract
 * (MATCHING.md): a broken rule or an unserved m² is never traded for comfort. The soft weights only rank
 * plans that serve the same area; one soft point is the price of one wasted m².
 */
public final class MatchingWeights {

    /** Soft points per km between the need's preferred place and the campus. */
    public static final long PER_KM = 10;
    /** Soft points per 1,000 euros of yearly rent. */
    public static final long PER_THOUSAND_EURO_RENT = 1;
    /** Soft points per m² of the chosen units that the need did not ask for. */
    public static final long PER_WASTED_M2 = 1;
    /** Soft points when the campus focus does not include the need's sector. */
    public static final long FOCUS_MISMATCH = 250;
    /** Soft points when the campus lies outside the need's home province. */
    public static final long OUTSIDE_HOME_PROVINCE = 500;
    /** A company's unserved m² is squared and divided by this: leaving one company empty-handed costs more
     *  than sharing the shortage between companies. */
    public static final long FAIRNESS_DIVISOR = 1_000;

    private MatchingWeights() {
    }

    static long distance(SoftCost cost) {
        return Math.round(cost.distanceKm() * PER_KM);
    }

    static long rent(SoftCost cost) {
        return Math.round(cost.rentPerYear() / 1_000.0 * PER_THOUSAND_EURO_RENT);
    }

    static long wasted(SoftCost cost) {
        return cost.wastedM2() * PER_WASTED_M2;
    }

    static long fairness(long unservedM2) {
        return unservedM2 * unservedM2 / FAIRNESS_DIVISOR;
    }

    /** The soft cost of one placement alone (without fairness), used to rank a need's options. */
    static long placementSoft(SoftCost cost) {
        return distance(cost) + rent(cost) + wasted(cost) + (cost.focusMismatch() ? FOCUS_MISMATCH : 0)
                + (cost.outsideHome() ? OUTSIDE_HOME_PROVINCE : 0);
    }
}
