package nl.labspace.solver.generate;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Unit;

/**
 * Units like the samples': 64% mixed, 19% office-only, 17% lab-only, in the sizes lab tenants rent (DOMAIN.md):
 * start-up modules of 25-300 m², scale-up suites of 300-3,000, a few corporate floors of 2,000-6,000; mixed units
 * 45-65% lab.
 */
final class UnitFactory {

    private final Draw draw;
    private final GeneratorSettings settings;

    UnitFactory(Draw draw, GeneratorSettings settings) {
        this.draw = draw;
        this.settings = settings;
    }

    Unit unit(String id, Campus campus) {
        int kind = draw.weighted(64, 19, 17);
        boolean hasLab = kind != 1;
        int total = switch (draw.weighted(60, 33, 7)) {
            case 0 -> draw.logNormal5(90, 0.6, 25, 300);
            case 1 -> draw.logNormal5(800, 0.6, 300, 3000);
            default -> draw.logNormal5(3500, 0.3, 2000, 6000);
        };
        int lab = switch (kind) {
            case 0 -> Draw.roundTo5(total * draw.between(0.45, 0.65));
            case 1 -> 0;
            default -> total;
        };
        int office = total - lab;
        Containment containment = hasLab ? Containment.values()[draw.weighted(8, 45, 40, 7)] : Containment.NONE;
        GmpGrade gmp = hasLab ? GmpGrade.values()[draw.weighted(86, 4, 8, 2, 1)] : GmpGrade.NONE;
        YearMonth from = settings.firstMonth().plusMonths(draw.between(-6, settings.months() * 3 / 4));
        YearMonth until = draw.chance(0.3) ? from.plusMonths(draw.between(24, 84)) : null;
        return new Unit(id, campus.id(), lab, office, containment, gmp, features(hasLab, containment), from, until,
                rent(campus, hasLab, containment, gmp));
    }

    private Set<String> features(boolean hasLab, Containment containment) {
        Set<String> f = new LinkedHashSet<>();
        if (hasLab) {
            add(f, "fume-hood", 0.75);
            add(f, "biosafety-cabinet", containment.covers(Containment.ML_II) ? 0.75 : 0.25);
            add(f, "lab-gases", 0.5);
            add(f, "cold-storage", 0.45);
            add(f, "high-floor-load", 0.17);
        }
        add(f, "24-7-access", 0.55);
        return f;
    }

    private void add(Set<String> features, String feature, double p) {
        if (draw.chance(p)) {
            features.add(feature);
        }
    }

    /** Around 150-330 per m2 a year for labs (Leiden ~325 in 2025), more in the Randstad and for classed space. */
    private double rent(Campus campus, boolean hasLab, Containment containment, GmpGrade gmp) {
        double rent = hasLab ? draw.between(160, 340) : draw.between(160, 300);
        if (CampusSites.RANDSTAD.contains(campus.province())) {
            rent *= 1.2;
        }
        if (containment.covers(Containment.ML_II)) {
            rent += 20;
        }
        if (gmp != GmpGrade.NONE) {
            rent += 40;
        }
        return Draw.roundTo5(Math.min(rent, 480));
    }
}
