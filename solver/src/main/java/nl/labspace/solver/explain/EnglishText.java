package nl.labspace.solver.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;

/**
 * Explanations in English for a campus manager, as the command line prints them: one headline per need, then one
 * line per cost term, broken rule or alternative. Shows every id; an app that must hide some renders the records
 * itself. Numbers are formatted the same in every locale.
 */
public final class EnglishText {

    private EnglishText() {
    }

    /** The whole plan: per need its headline, then its details indented as "  - ". */
    public static String of(PlanExplanation plan) {
        StringBuilder text = new StringBuilder();
        for (NeedExplanation need : plan.needs()) {
            text.append(headline(need)).append('\n');
            details(need).forEach(line -> text.append("  - ").append(line).append('\n'));
        }
        return text.toString();
    }

    /** A need's instant options, best first, or why it has none. */
    public static String of(NeedOptions options) {
        if (options.options().isEmpty()) {
            return f("%s (%s) has no option: %s%n", options.needId(), asked(options.asked()), reason(options.reason()));
        }
        StringBuilder text = new StringBuilder(f("%s (%s) has %d option%s:%n", options.needId(), asked(options.asked()),
                options.options().size(), options.options().size() == 1 ? "" : "s"));
        for (InstantOption option : options.options()) {
            PlacementDetail p = option.placement();
            text.append(f("%s at %s, start %s to %s for %d months: %,d m² for %,d m² asked, %d points.%n", units(p.unitIds()),
                    p.campusId(), p.start(), option.latestStart(), p.termMonths(), p.served().totalM2(),
                    p.asked().totalM2(), p.points()));
            p.terms().forEach(t -> text.append("  - ").append(term(t, p)).append('\n'));
        }
        return text.toString();
    }

    public static String headline(NeedExplanation need) {
        if (need instanceof MatchedNeed m) {
            PlacementDetail p = m.placement();
            return f("%s (%s) gets %s at %s from %s for %d months: %,d m² for %,d m² asked.", m.needId(), asked(m.asked()),
                    units(p.unitIds()), p.campusId(), p.start(), p.termMonths(), p.served().totalM2(), p.asked().totalM2());
        }
        UnmatchedNeed u = (UnmatchedNeed) need;
        return f("%s (%s) is not served: %s", u.needId(), asked(u.asked()), reason(u.reason()));
    }

    public static List<String> details(NeedExplanation need) {
        List<String> lines = new ArrayList<>();
        if (need instanceof MatchedNeed m) {
            m.placement().terms().forEach(t -> lines.add(term(t, m.placement())));
            m.violations().forEach(v -> lines.add(violation(v)));
            lines.add(whyHere(m.whyHere()));
        } else {
            UnmatchedNeed u = (UnmatchedNeed) need;
            if (u.companyUnservedM2() > u.asked().totalM2()) {
                lines.add(f("Its company is short %,d m² in total in this plan.", u.companyUnservedM2()));
            }
            u.alternatives().forEach(a -> lines.add(alternative(a, u.asked())));
        }
        return lines;
    }

    static String term(CostTerm term, PlacementDetail p) {
        if (term instanceof CostTerm.Distance d) {
            return f("Distance: %.1f km from the preferred place to %s (%d points).", d.km(), p.campusId(), d.points());
        }
        if (term instanceof CostTerm.Rent r) {
            return f("Rent: € %,.0f a year for %s (%d points).", r.eurosPerYear(), units(p.unitIds()), r.points());
        }
        if (term instanceof CostTerm.WastedArea w) {
            return f("Wasted area: %,d m² more than asked (%d points).", w.m2(), w.points());
        }
        if (term instanceof CostTerm.CampusFocus c) {
            return f("Campus focus: %s %s the sector '%s' (%d points).", p.campusId(),
                    c.listed() ? "lists" : "does not list", c.sector(), c.points());
        }
        CostTerm.HomeRegion h = (CostTerm.HomeRegion) term;
        return h.outside()
                ? f("Region: %s lies in %s, outside the home province %s (%d points).", p.campusId(), h.campusProvince(),
                        String.join(",", h.homeProvinces()), h.points())
                : f("Region: %s lies in the home province %s (%d points).", p.campusId(), h.campusProvince(), h.points());
    }

    static String violation(Violation v) {
        return switch (v.code()) {
            case DOUBLE_BOOKED -> f("Rule broken: unit %s is double booked with %s for %d months.", v.unitId(),
                    v.otherNeedId(), v.months());
            case ALREADY_LEASED -> f("Rule broken: unit %s is under an existing lease for %d of these months.", v.unitId(),
                    v.months());
        };
    }

    static String whyHere(WhyHere why) {
        WhyHere.Cheaper c = why.cheaper();
        return switch (why.code()) {
            case ACCEPTED_MATCH -> "Accepted match: kept exactly as agreed.";
            case CHEAPEST -> f("Why here: the least costly of its %d valid options (%d points in total).",
                    why.validOptions(), why.chosenPoints());
            case CHEAPER_FREE -> f("Could be cheaper: %s at %s from %s is free and would cost %d points instead of %d; "
                    + "the search did not get there within its time budget.", units(c.unitIds()), c.campusId(), c.start(),
                    c.points(), why.chosenPoints());
            case CHEAPER_TAKEN -> f("Why not cheaper: %s at %s from %s would cost %d points instead of %d, but %s hold%s "
                    + "those units then, and the engine found no way to move them that serves as much area at a lower "
                    + "total cost.", units(c.unitIds()), c.campusId(), c.start(), c.points(), why.chosenPoints(),
                    c.heldBy().stream().map(h -> h.needId() + (h.accepted() ? " (accepted match)" : ""))
                            .collect(Collectors.joining(", ")), c.heldBy().size() == 1 ? "s" : "");
        };
    }

    static String alternative(Alternative a, Area asked) {
        String holders = a.displaced().isEmpty() ? "nobody" : a.displaced().stream()
                .map(h -> f("%s (%,d m²%s)", h.needId(), h.m2(), h.accepted() ? ", accepted" : ""))
                .collect(Collectors.joining(", "));
        String verdict = a.breaksAcceptedMatch() ? "not possible without breaking an accepted match"
                : a.displacedM2() < asked.totalM2()
                ? f("net %+,d m² unserved, a gain the search did not reach within its budget", a.netUnservedM2())
                : f("net %+,d m² unserved", a.netUnservedM2());
        return f("Alternative: %s at %s from %s would displace %s: %s; %d soft points.", units(a.unitIds()), a.campusId(),
                a.start(), holders, verdict, a.points());
    }

    public static String reason(Reason reason) {
        if (reason instanceof Reason.NoCampusInReach r) {
            return r.maxKm() == null ? f("no campus in the provinces %s.", r.provinces())
                    : f("no campus within %.0f km of the preferred place%s (nearest: %s at %.0f km).", r.maxKm(),
                            r.provinces().isEmpty() ? "" : " in " + r.provinces(), r.nearestCampusId(), r.nearestKm());
        }
        if (reason instanceof Reason.NoLabClass r) {
            return f("no lab %s on the %s within reach.", labClass(r.containment(), r.gmp()), campuses(r.campusesInReach()));
        }
        if (reason instanceof Reason.MissingFeatures r) {
            return f("no lab with features %s on the %s within reach.", String.join(", ", r.features()),
                    campuses(r.campusesInReach()));
        }
        if (reason instanceof Reason.RentAboveMax r) {
            return f("over budget: the cheapest suitable unit within reach costs € %,.0f per m² a year, the maximum is "
                    + "€ %,.0f.", r.cheapestPerM2Year(), r.maxPerM2Year());
        }
        if (reason instanceof Reason.AreaAboveMax r) {
            return f("too large: the smallest %s within reach is %,d m², over the maximum of %,d m².",
                    space(r.containment(), r.gmp()), r.smallestM2(), r.maxM2());
        }
        if (reason instanceof Reason.NoTiming r) {
            return r.together()
                    ? f("timing: the suitable units that together are large enough are not free at the same time for "
                            + "%d months from a start between %s and %s (availability, existing leases or accepted "
                            + "matches).", r.termMonths(), r.moveInEarliest(), r.moveInLatest())
                    : f("timing: no suitable unit is free for %d months from a start between %s and %s.",
                            r.termMonths(), r.moveInEarliest(), r.moveInLatest());
        }
        if (reason instanceof Reason.NotEnoughArea r) {
            return f("too little space: at most %d suitable units on one campus give at most %,d m² lab and %,d m² "
                    + "office.", r.maxUnits(), r.mostLabM2(), r.mostOfficeM2());
        }
        if (reason instanceof Reason.AllOptionsTaken r) {
            return f("every one of its %d valid options on %s is taken by other needs in those months.",
                    r.validOptions(), campuses(r.campuses()));
        }
        Reason.FreeOptionUnused r = (Reason.FreeOptionUnused) reason;
        return f("one of its %d valid options on %s is free in those months; the search did not get there within its "
                + "time budget.", r.validOptions(), campuses(r.campuses()));
    }

    /** "with containment ML-II and GMP grade D", or "at all" for a need that asks no class. */
    private static String labClass(Containment containment, GmpGrade gmp) {
        List<String> parts = new ArrayList<>();
        if (containment != Containment.NONE) {
            parts.add("containment " + containment.code());
        }
        if (gmp != GmpGrade.NONE) {
            parts.add("GMP grade " + gmp.code());
        }
        return parts.isEmpty() ? "at all" : "with " + String.join(" and ", parts);
    }

    /** "ML-II space", "ML-II GMP-D space", or "suitable space" for a need that asks no class. */
    private static String space(Containment containment, GmpGrade gmp) {
        List<String> parts = new ArrayList<>();
        if (containment != Containment.NONE) {
            parts.add(containment.code());
        }
        if (gmp != GmpGrade.NONE) {
            parts.add("GMP-" + gmp.code());
        }
        return parts.isEmpty() ? "suitable space" : String.join(" ", parts) + " space";
    }

    private static String asked(Area a) {
        return f("lab %,d m², office %,d m²", a.labM2(), a.officeM2());
    }

    private static String units(List<String> unitIds) {
        return String.join(" + ", unitIds);
    }

    private static String campuses(int n) {
        return n == 1 ? "1 campus" : n + " campuses";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ENGLISH, format, args);
    }
}
