package nl.labspace.solver.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;

/**
 * Needs like the samples': three in four near a Randstad campus, 17% office-only, terms of 6 months to 5 years.
 * Sizes follow DOMAIN.md's tenants: start-ups 25-300 m², scale-ups 300-3,000, a few corporate R&D sites of
 * 2,000-6,000; four in five bound the total area they will rent (rule 2b) at 1.2-1.6 times what they ask, at least
 * 50 m² more.
 */
final class NeedFactory {

    private static final int[] TERMS = {6, 9, 12, 18, 24, 36, 48, 60};
    private static final double[] TERM_WEIGHTS = {10, 8, 25, 14, 18, 5, 10, 10};
    private static final String[] FEATURES = {"fume-hood", "biosafety-cabinet", "24-7-access", "lab-gases",
        "cold-storage", "high-floor-load"};
    private static final double[] FEATURE_WEIGHTS = {27, 18, 17, 15, 14, 1};

    private final Draw draw;
    private final GeneratorSettings settings;
    private final List<Campus> randstad;
    private final List<Campus> elsewhere;

    /** Needs gather around any real campus, also one without supply in this instance: demand is not supply. */
    NeedFactory(Draw draw, GeneratorSettings settings, List<Campus> allCampuses) {
        this.draw = draw;
        this.settings = settings;
        this.randstad = allCampuses.stream().filter(c -> CampusSites.RANDSTAD.contains(c.province())).toList();
        this.elsewhere = allCampuses.stream().filter(c -> !CampusSites.RANDSTAD.contains(c.province())).toList();
    }

    Need need(String id, int needCount) {
        Campus home = draw.chance(0.75) ? draw.pick(randstad) : draw.pick(elsewhere);
        boolean officeOnly = draw.chance(0.17);
        int total = switch (draw.weighted(55, 37, 8)) {
            case 0 -> draw.logNormal5(120, 0.6, 25, 300);
            case 1 -> draw.logNormal5(800, 0.6, 300, 3000);
            default -> draw.logNormal5(3500, 0.3, 2000, 6000);
        };
        int lab = officeOnly ? 0 : Draw.roundTo5(total * draw.between(0.45, 0.65));
        int office = officeOnly ? total : Math.max(15, total - lab);
        Containment containment = officeOnly ? Containment.NONE : Containment.values()[draw.weighted(25, 28, 41, 6)];
        GmpGrade gmp = officeOnly ? GmpGrade.NONE : GmpGrade.values()[draw.weighted(87, 1, 5, 6, 1)];
        YearMonth earliest = settings.firstMonth().plusMonths(draw.between(0, settings.months() * 3 / 4));
        YearMonth last = settings.firstMonth().plusMonths(settings.months() - 1L);
        YearMonth latest = earliest.plusMonths(draw.between(0, 9));
        latest = latest.isAfter(last) ? last : latest;
        int term = TERMS[draw.weighted(TERM_WEIGHTS)];
        Double maxRent = draw.chance(0.79) ? (double) Draw.roundTo5(draw.between(215, 480)) : null;
        int maxUnits = 1 + draw.weighted(29, 33, 38);
        Near near = draw.chance(0.92) ? near(home) : null;
        String company = "C-%03d".formatted(draw.between(1, Math.max(3, needCount * 3 / 5)));
        Integer maxM2 = draw.chance(0.8)
                ? Draw.roundTo5(Math.max((lab + office) * draw.between(1.2, 1.6), lab + office + 50)) : null;
        return new Need(id, company, lab, office, containment, gmp, features(officeOnly, containment), earliest, latest,
                term, maxRent, maxUnits, near, provinces(home), draw.pick(home.focus()), maxM2);
    }

    private Near near(Campus home) {
        double km = draw.between(0, 5);
        double bearing = draw.between(0, 2 * Math.PI);
        double lat = home.lat() + km / 111.2 * Math.cos(bearing);
        double lon = home.lon() + km / (111.2 * Math.cos(Math.toRadians(home.lat()))) * Math.sin(bearing);
        return new Near(Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, draw.logNormal5(65, 0.55, 25, 150));
    }

    /** About one need in four restricts provinces: its own, sometimes with a Randstad neighbour. */
    private Set<String> provinces(Campus home) {
        Set<String> p = new LinkedHashSet<>();
        if (draw.chance(0.27)) {
            p.add(home.province());
            if (draw.chance(0.45)) {
                p.add(draw.pick(List.copyOf(CampusSites.RANDSTAD.stream().sorted().toList())));
            }
        }
        return p;
    }

    /** Office-only needs sometimes list features too; rule 3 ignores them, as in the samples. */
    private Set<String> features(boolean officeOnly, Containment containment) {
        int count = draw.weighted(45, 30, 15, 8, 2);
        List<String> f = new ArrayList<>();
        if (containment.covers(Containment.ML_II) && count > 0) {
            f.add("biosafety-cabinet");
        }
        while (f.size() < count) {
            String feature = FEATURES[draw.weighted(FEATURE_WEIGHTS)];
            if (!f.contains(feature)) {
                f.add(feature);
            }
        }
        return new LinkedHashSet<>(officeOnly && draw.chance(0.5) ? List.of() : f);
    }
}
