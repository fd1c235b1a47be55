package nl.labspace.insight.whatif;

/** The size bands of demand (issue 18 point 2), by a need's lab + office m². */
final class SizeBand {

    private SizeBand() {
    }

    static String of(int totalM2) {
        if (totalM2 < 300) {
            return "under-300";
        }
        if (totalM2 < 1000) {
            return "300-1000";
        }
        return totalM2 < 3000 ? "1000-3000" : "over-3000";
    }
}
