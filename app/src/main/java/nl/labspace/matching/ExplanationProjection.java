package nl.labspace.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import nl.labspace.matching.ExplanationView.AnonymousCheaper;
import nl.labspace.matching.ExplanationView.AnonymousPlacement;
import nl.labspace.matching.ExplanationView.AnonymousWhyHere;
import nl.labspace.matching.ExplanationView.Cheaper;
import nl.labspace.matching.ExplanationView.Holder;
import nl.labspace.matching.ExplanationView.NeutralTerm;
import nl.labspace.matching.ExplanationView.Placement;
import nl.labspace.matching.ExplanationView.RuleBroken;
import nl.labspace.matching.ExplanationView.Term;
import nl.labspace.solver.explain.Alternative;
import nl.labspace.solver.explain.Area;
import nl.labspace.solver.explain.CostTerm;
import nl.labspace.solver.explain.MatchedNeed;
import nl.labspace.solver.explain.NeedExplanation;
import nl.labspace.solver.explain.NeedOptions;
import nl.labspace.solver.explain.PlacementDetail;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.explain.UnmatchedNeed;
import nl.labspace.solver.explain.Violation;
import nl.labspace.solver.explain.WhyHere;

/**
 * The one place that decides what of an engine explanation each reader sees, by building the view types of
 * {@link ExplanationView}: {@link #named} for the need's company, admins and a campus once the need is open, and
 * {@link #anonymous} for a campus reading a confidential need. Other needs become {@link Holder}s (area, accepted),
 * so no view can carry their ids.
 */
final class ExplanationProjection {

    private ExplanationProjection() {
    }

    static ExplanationView named(NeedExplanation need) {
        if (need instanceof MatchedNeed m) {
            return new ExplanationView.Matched(placement(m.placement()), violations(m.violations()), whyHere(m.whyHere()));
        }
        UnmatchedNeed u = (UnmatchedNeed) need;
        return new ExplanationView.Unmatched(area(u.asked()), reason(u.reason()),
                u.alternatives().stream().map(ExplanationProjection::alternative).toList(), u.companyUnservedM2());
    }

    /** A confidential need as a campus reads it: no distance, sector or points; an unmatched one by its area only. */
    static ExplanationView anonymous(NeedExplanation need) {
        if (need instanceof MatchedNeed m) {
            return new ExplanationView.AnonymousMatched(anonymousPlacement(m.placement()), violations(m.violations()),
                    anonymousWhyHere(m.whyHere()));
        }
        return new ExplanationView.AnonymousUnmatched(area(need.asked()));
    }

    static NeedOptionsView options(NeedOptions options) {
        return new NeedOptionsView(options.needId(), area(options.asked()), options.options().stream()
                .map(o -> new NeedOptionsView.Option(placement(o.placement()), month(o.latestStart()))).toList(),
                options.reason() == null ? null : reason(options.reason()));
    }

    static Placement placement(PlacementDetail p) {
        return new Placement(p.campusId(), p.unitIds(), month(p.start()), p.termMonths(), area(p.served()), area(p.asked()),
                p.terms().stream().map(ExplanationProjection::term).toList(), p.points(), rentPerYear(p), rentPerM2Year(p));
    }

    private static AnonymousPlacement anonymousPlacement(PlacementDetail p) {
        List<NeutralTerm> neutral = p.terms().stream().map(ExplanationProjection::term)
                .filter(NeutralTerm.class::isInstance).map(NeutralTerm.class::cast).toList();
        return new AnonymousPlacement(p.campusId(), p.unitIds(), month(p.start()), p.termMonths(), area(p.served()),
                area(p.asked()), neutral, rentPerYear(p), rentPerM2Year(p));
    }

    private static Term term(CostTerm term) {
        return switch (term.code()) {
            case DISTANCE -> {
                var d = (CostTerm.Distance) term;
                yield new ExplanationView.Distance(d.km(), d.points());
            }
            case RENT -> new ExplanationView.Rent(((CostTerm.Rent) term).eurosPerYear(), term.points());
            case WASTED_AREA -> new ExplanationView.WastedArea(((CostTerm.WastedArea) term).m2(), term.points());
            case CAMPUS_FOCUS -> {
                var c = (CostTerm.CampusFocus) term;
                yield new ExplanationView.CampusFocus(c.sector(), c.listed(), c.points());
            }
            case HOME_REGION -> {
                var h = (CostTerm.HomeRegion) term;
                yield new ExplanationView.HomeRegion(h.campusProvince(), h.homeProvinces(), h.outside(), h.points());
            }
        };
    }

    /** The Rent term's yearly total; every engine placement has one. */
    private static long rentPerYear(PlacementDetail p) {
        return Math.round(p.terms().stream().filter(CostTerm.Rent.class::isInstance).map(CostTerm.Rent.class::cast)
                .mapToDouble(CostTerm.Rent::eurosPerYear).sum());
    }

    private static BigDecimal rentPerM2Year(PlacementDetail p) {
        int m2 = p.served().totalM2();
        if (m2 == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal perM2 = BigDecimal.valueOf(rentPerYear(p)).divide(BigDecimal.valueOf(m2), 2, RoundingMode.HALF_EVEN);
        // whole euros as 325, not 325.00; cents as 337.50
        return perM2.stripTrailingZeros().scale() <= 0 ? perM2.setScale(0, RoundingMode.UNNECESSARY) : perM2;
    }

    private static List<RuleBroken> violations(List<Violation> violations) {
        return violations.stream().map(v -> new RuleBroken(v.code(), v.unitId(), v.months())).toList();
    }

    private static ExplanationView.WhyHere whyHere(WhyHere why) {
        WhyHere.Cheaper c = why.cheaper();
        return new ExplanationView.WhyHere(why.code(), why.validOptions(), why.chosenPoints(), c == null ? null
                : new Cheaper(c.campusId(), c.unitIds(), month(c.start()), c.points(), holders(c.heldBy())));
    }

    private static AnonymousWhyHere anonymousWhyHere(WhyHere why) {
        WhyHere.Cheaper c = why.cheaper();
        return new AnonymousWhyHere(why.code(), why.validOptions(), c == null ? null
                : new AnonymousCheaper(c.campusId(), c.unitIds(), month(c.start()), holders(c.heldBy())));
    }

    private static ExplanationView.Alternative alternative(Alternative a) {
        return new ExplanationView.Alternative(a.campusId(), a.unitIds(), month(a.start()), holders(a.displaced()),
                a.displacedM2(), a.netUnservedM2(), a.breaksAcceptedMatch(), a.points());
    }

    private static List<Holder> holders(List<nl.labspace.solver.explain.Holder> holders) {
        return holders.stream().map(h -> new Holder(h.m2(), h.accepted())).toList();
    }

    /** A switch over the engine's codes: a new rule in the engine does not compile until it is projected here. */
    static ReasonView reason(Reason reason) {
        return switch (reason.code()) {
            case NO_CAMPUS_IN_REACH -> {
                var r = (Reason.NoCampusInReach) reason;
                yield new ReasonView.NoCampusInReach(r.maxKm(), r.provinces(), r.nearestCampusId(), r.nearestKm());
            }
            case NO_LAB_CLASS -> {
                var r = (Reason.NoLabClass) reason;
                yield new ReasonView.NoLabClass(r.containment().code(), r.gmp().code(), r.campusesInReach());
            }
            case MISSING_FEATURES -> {
                var r = (Reason.MissingFeatures) reason;
                yield new ReasonView.MissingFeatures(r.features(), r.campusesInReach());
            }
            case RENT_ABOVE_MAX -> {
                var r = (Reason.RentAboveMax) reason;
                yield new ReasonView.RentAboveMax(r.cheapestPerM2Year(), r.maxPerM2Year());
            }
            case AREA_ABOVE_MAX -> {
                var r = (Reason.AreaAboveMax) reason;
                yield new ReasonView.AreaAboveMax(r.smallestM2(), r.maxM2(), r.containment().code(), r.gmp().code());
            }
            case NO_TIMING -> {
                var r = (Reason.NoTiming) reason;
                yield new ReasonView.NoTiming(month(r.moveInEarliest()), month(r.moveInLatest()), r.termMonths(), r.together());
            }
            case NOT_ENOUGH_AREA -> {
                var r = (Reason.NotEnoughArea) reason;
                yield new ReasonView.NotEnoughArea(r.maxUnits(), r.mostLabM2(), r.mostOfficeM2());
            }
            case ALL_OPTIONS_TAKEN -> {
                var r = (Reason.AllOptionsTaken) reason;
                yield new ReasonView.AllOptionsTaken(r.validOptions(), r.campuses());
            }
            case FREE_OPTION_UNUSED -> {
                var r = (Reason.FreeOptionUnused) reason;
                yield new ReasonView.FreeOptionUnused(r.validOptions(), r.campuses());
            }
        };
    }

    private static ExplanationView.Area area(Area a) {
        return new ExplanationView.Area(a.labM2(), a.officeM2());
    }

    private static String month(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
