package nl.labspace.solver.engine;

/**
 * Which needs could ever touch a unit or a campus, by entity index: lets a move find the needs it may clash
 * with without scanning the whole plan. Built once per plan; never changes during solving.
 */
record PlanIndex(int unitCount, int[][] needsByUnit, int[][] needsByCampus, int[] campusOfUnit) {
}
