package nl.labspace.solver.engine;

/**
 * Which needs could ever touch a unit or a campus, by entity index: lets a move find the needs it may clash
 * with without scanning the whole plan. Built once per plan; never changes during solving.
 *
 * @param scanLimit how many options a move tries per need before leaving it unassigned (see {@link #scanLimitFor})
 */
record PlanIndex(int unitCount, int[][] needsByUnit, int[][] needsByCampus, int[] campusOfUnit, int scanLimit) {

    /**
     * Keeps the work of one move roughly constant as the market grows, so that a large market still gets enough
     * moves: 1,000 options on the samples (100 needs), 200 on a national market (2,000 needs). On the national
     * market at 60 s, 200 served most (326k m² unserved against 329k unlimited and 352k at 60); a cap of 200 on
     * the medium sample served less.
     */
    static int scanLimitFor(int needCount) {
        return Math.max(200, 100_000 / Math.max(1, needCount));
    }
}
