package nl.labspace.db.demo;

import java.util.List;

// The kinds of unit a campus lists, with the sizes of DOMAIN.md: incubator modules for startups, suites for
// scale-ups, a few whole buildings; some lab-only (open-access labs) and office-only units.
enum UnitKind {
    MODULE(0.50, 25, 300, 1.2, "Incubator"),
    SUITE(0.32, 300, 3000, 1.7, "Lab Building"),
    BUILDING(0.04, 2000, 6000, 1.5, "R&D Building"),
    LAB_ONLY(0.07, 25, 600, 1.5, "Open-Access Lab"),
    OFFICE_ONLY(0.07, 50, 1200, 1.5, "Office Wing");

    final double weight;
    final int smallest;
    final int largest;
    final double skew;
    final String building;

    UnitKind(double weight, int smallest, int largest, double skew, String building) {
        this.weight = weight;
        this.smallest = smallest;
        this.largest = largest;
        this.skew = skew;
        this.building = building;
    }

    static double[] weights() {
        return List.of(values()).stream().mapToDouble(k -> k.weight).toArray();
    }

    // {minimum term, maximum term or 0 for none} in months: incubators rent by the month up to three years,
    // larger space is let for years.
    int[] terms(Dice dice) {
        return switch (this) {
            case MODULE -> new int[] {dice.pick(List.of(1, 1, 3, 6)), dice.chance(0.6) ? 36 : 0};
            case LAB_ONLY -> new int[] {dice.pick(List.of(1, 3, 6)), dice.pick(List.of(24, 36, 0))};
            case SUITE -> new int[] {dice.pick(List.of(12, 24, 36)), 0};
            case BUILDING -> new int[] {60, 0};
            case OFFICE_ONLY -> new int[] {12, 0};
        };
    }
}
