package nl.labspace.db.demo;

import java.util.List;

// The kinds of company need, sized as in DOMAIN.md: startup modules 25-300 m², scale-ups 300-3,000 m² with a
// horizon of a year or more, a few corporate sites of 2,000-15,000 m², GMP pilot suites 200-2,000 m², and a
// few office-only needs. Terms: months for startups, 5-15 years for corporates.
enum NeedArchetype {
    STARTUP(0.53, 25, 300, 1.3, List.of(6, 9, 12, 18, 24, 36), 0, 6, 2, 6, 1, 2,
            List.of("Lab module for a seed-stage team", "First lab outside the incubator",
                    "Bench and desk space for a spin-off")),
    SCALE_UP(0.30, 300, 3000, 1.6, List.of(24, 36, 48, 60), 3, 18, 3, 9, 2, 4,
            List.of("Scale-up lab and office", "Room to grow: lab expansion", "Second site for a growing R&D team")),
    CORPORATE(0.04, 2000, 15000, 2.0, List.of(60, 84, 120, 144, 180), 9, 30, 6, 12, 3, 6,
            List.of("Corporate R&D site", "New Dutch R&D hub", "Consolidated lab and office site")),
    GMP(0.07, 200, 2000, 1.3, List.of(24, 36, 48, 60, 84), 3, 15, 3, 9, 1, 2,
            List.of("GMP pilot suite", "Clinical batch manufacturing suite", "Small-scale GMP production")),
    OFFICE(0.06, 40, 800, 1.5, List.of(12, 24, 36, 60), 0, 9, 3, 6, 1, 2,
            List.of("Office for a business development team", "Office for clinical and regulatory staff"));

    final double weight;
    final int smallest;
    final int largest;
    final double skew;
    final List<Integer> terms;
    final int earliestFrom;
    final int earliestTo;
    final int windowFrom;
    final int windowTo;
    final int fewestUnits;
    final int mostUnits;
    final List<String> titles;

    NeedArchetype(double weight, int smallest, int largest, double skew, List<Integer> terms, int earliestFrom,
                  int earliestTo, int windowFrom, int windowTo, int fewestUnits, int mostUnits, List<String> titles) {
        this.weight = weight;
        this.smallest = smallest;
        this.largest = largest;
        this.skew = skew;
        this.terms = terms;
        this.earliestFrom = earliestFrom;
        this.earliestTo = earliestTo;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.fewestUnits = fewestUnits;
        this.mostUnits = mostUnits;
        this.titles = titles;
    }

    static double[] weights() {
        return List.of(values()).stream().mapToDouble(k -> k.weight).toArray();
    }

    // Share of the area that is lab: mostly 50-60 %, GMP suites nearly all cleanroom, offices none.
    double labShare(Dice dice) {
        return switch (this) {
            case GMP -> dice.between(0.8, 0.9);
            case OFFICE -> 0.0;
            case STARTUP -> dice.chance(0.1) ? 1.0 : dice.between(0.5, 0.6);
            default -> dice.between(0.45, 0.6);
        };
    }
}
