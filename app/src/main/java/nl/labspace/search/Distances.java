package nl.labspace.search;

/** Distances travel in km, rounded to a step: 0.01 km for listings, coarser where a point must stay vague. */
final class Distances {

    private Distances() {
    }

    static Double km(Double metres, double stepKm) {
        return metres == null ? null : Math.round(metres / 1000 / stepKm) * stepKm;
    }

    static double degrees(double value, double step) {
        return Math.round(value / step) * step;
    }
}
