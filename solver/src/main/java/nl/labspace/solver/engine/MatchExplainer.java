package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

import nl.labspace.solver.domain.Need;
import nl.labspace.solver.engine.Justifications.CompanyShortage;
import nl.labspace.solver.engine.Justifications.Distance;
import nl.labspace.solver.engine.Justifications.DoubleBooking;
import nl.labspace.solver.engine.Justifications.FocusMismatch;
import nl.labspace.solver.engine.Justifications.LeaseClash;
import nl.labspace.solver.engine.Justifications.OutsideHomeProvince;
import nl.labspace.solver.engine.Justifications.Rent;
import nl.labspace.solver.engine.Justifications.WastedArea;
import nl.labspace.solver.engine.PlanExplanation.NeedExplanation;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * Explains a plan need by need. A matched need gets its cost terms as OptaPlanner justified them
 * (SolutionManager.explain) and why not a cheaper option; an unmatched need gets its binding reason from
 * {@link WhyNot}.
 */
final class MatchExplainer {

    private final OfferCatalog catalog;

    MatchExplainer(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    PlanExplanation explain(MatchingPlan plan) {
        SolverFactory<MatchingPlan> factory = SolverFactory.create(
                SolverConfigs.of(EngineSettings.DEFAULT, java.time.Duration.ofSeconds(1), 0L));
        SolutionManager<MatchingPlan, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> explanation = manager.explain(plan);
        Map<String, List<String>> terms = new HashMap<>();
        Map<String, Long> shortage = new HashMap<>();
        for (ConstraintJustification j : explanation.getJustificationList()) {
            if (j instanceof CompanyShortage s) {
                shortage.put(s.companyId(), s.unservedM2());
            } else {
                describe(j, terms);
            }
        }
        Sketch occupancy = new Sketch(Occupancy.of(plan));
        WhyNot whyNot = new WhyNot(catalog.instance(), occupancy);
        List<NeedExplanation> needs = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            List<String> details = new ArrayList<>(terms.getOrDefault(a.getId(), List.of()));
            if (a.getPlacement() != null) {
                details.addAll(satisfied(a));
                details.add(a.isPinned() ? "Accepted match: kept exactly as agreed." : alternative(a, occupancy));
                needs.add(new NeedExplanation(a.getId(), true, matchedHeadline(a), details));
            } else {
                Long companyShort = shortage.get(a.getNeed().companyId());
                if (companyShort != null && companyShort > a.getNeed().totalM2()) {
                    details.add("Company %s is short %,d m² in total in this plan.".formatted(a.getNeed().companyId(),
                            companyShort));
                }
                needs.add(whyNot.explain(a, details));
            }
        }
        return new PlanExplanation(plan.getInstanceName(), explanation.getScore().toString(), needs);
    }

    /** The preferences this placement meets, which carry no penalty and so have no justification of their own. */
    private static List<String> satisfied(NeedAssignment a) {
        Placement p = a.getPlacement();
        List<String> lines = new ArrayList<>();
        if (a.getNeed().sector() != null && !p.getCost().focusMismatch()) {
            lines.add("Campus focus: %s lists the sector '%s' (0 points).".formatted(p.getCampus().id(), a.getNeed().sector()));
        }
        if (p.getCost().homeProvince() != null && !p.getCost().outsideHome()) {
            lines.add("Region: %s lies in the home province %s (0 points).".formatted(p.getCampus().id(),
                    p.getCampus().province()));
        }
        return lines;
    }

    private static String matchedHeadline(NeedAssignment a) {
        Placement p = a.getPlacement();
        Need n = a.getNeed();
        return "%s (%s) gets %s at %s from %s for %d months: %,d m² for %,d m² asked.".formatted(n.id(),
                asked(n), String.join(" + ", p.unitIds()), p.getCampus().id(), p.getStart(), n.termMonths(),
                n.totalM2() + p.getCost().wastedM2(), n.totalM2());
    }

    static String asked(Need n) {
        return "lab %,d m², office %,d m²".formatted(n.labM2(), n.officeM2());
    }

    /** One line per justified cost term, filed under the need it concerns. */
    private static void describe(ConstraintJustification j, Map<String, List<String>> terms) {
        if (j instanceof Distance d) {
            add(terms, d.needId(), "Distance: %.1f km from the preferred place to %s (%d points).".formatted(d.km(),
                    d.campusId(), Math.round(d.km() * MatchingWeights.PER_KM)));
        } else if (j instanceof Rent r) {
            add(terms, r.needId(), "Rent: € %,.0f a year for %s (%d points).".formatted(r.eurosPerYear(),
                    String.join(" + ", r.unitIds()), Math.round(r.eurosPerYear() / 1000 * MatchingWeights.PER_THOUSAND_EURO_RENT)));
        } else if (j instanceof WastedArea w) {
            add(terms, w.needId(), "Wasted area: %,d m² more than asked (%d points).".formatted(w.m2(),
                    w.m2() * MatchingWeights.PER_WASTED_M2));
        } else if (j instanceof FocusMismatch f) {
            add(terms, f.needId(), "Campus focus: %s does not list the sector '%s' (%d points).".formatted(f.campusId(),
                    f.sector(), MatchingWeights.FOCUS_MISMATCH));
        } else if (j instanceof OutsideHomeProvince o) {
            add(terms, o.needId(), "Region: %s lies in %s, outside the home province %s (%d points).".formatted(
                    o.campusId(), o.campusProvince(), o.homeProvince(), MatchingWeights.OUTSIDE_HOME_PROVINCE));
        } else if (j instanceof DoubleBooking b) {
            String line = "Rule broken: unit %s is double booked with %s for %d months.";
            add(terms, b.needA(), line.formatted(b.unitId(), b.needB(), b.months()));
            add(terms, b.needB(), line.formatted(b.unitId(), b.needA(), b.months()));
        } else if (j instanceof LeaseClash l) {
            add(terms, l.needId(), "Rule broken: unit %s is under an existing lease for %d of these months."
                    .formatted(l.unitId(), l.months()));
        }
    }

    private static void add(Map<String, List<String>> terms, String needId, String line) {
        terms.computeIfAbsent(needId, k -> new ArrayList<>()).add(line);
    }

    /** Why not a cheaper option: the cheapest one is either this one, or held by other needs in those months. */
    private static String alternative(NeedAssignment a, Sketch occupancy) {
        Placement chosen = a.getPlacement();
        long chosenCost = MatchingWeights.placementSoft(chosen.getCost());
        Placement cheapest = a.getOptions().get(0);
        long cheapestCost = MatchingWeights.placementSoft(cheapest.getCost());
        if (cheapestCost >= chosenCost) {
            return "Why here: the least costly of its %d valid options (%d points in total).".formatted(
                    a.getOptions().size(), chosenCost);
        }
        List<Integer> clashing = occupancy.clashing(cheapest);
        if (clashing.isEmpty()) {
            return "Could be cheaper: %s at %s from %s is free and would cost %d points instead of %d; the search did not get there within its time budget."
                    .formatted(String.join(" + ", cheapest.unitIds()), cheapest.getCampus().id(), cheapest.getStart(),
                            cheapestCost, chosenCost);
        }
        List<String> holders = clashing.stream().map(occupancy::need).map(h -> h.getId()
                + (h.isPinned() ? " (accepted match)" : "")).toList();
        return ("Why not cheaper: %s at %s from %s would cost %d points instead of %d, but %s hold%s those units "
                + "then, and the engine found no way to move them that serves as much area at a lower total cost.").formatted(
                String.join(" + ", cheapest.unitIds()), cheapest.getCampus().id(), cheapest.getStart(), cheapestCost,
                chosenCost, String.join(", ", holders), holders.size() == 1 ? "s" : "");
    }
}
