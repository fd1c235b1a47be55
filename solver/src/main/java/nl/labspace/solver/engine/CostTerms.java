package nl.labspace.solver.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.explain.Area;
import nl.labspace.solver.explain.CostTerm;
import nl.labspace.solver.explain.PlacementDetail;

/**
 * A placement's soft terms as data, with the points of {@link MatchingWeights}: the same numbers the soft
 * constraints penalise, so a plan's soft score is the sum of its needs' points plus fairness.
 */
final class CostTerms {

    private CostTerms() {
    }

    static PlacementDetail detail(Placement p) {
        return detail(p.getNeed(), p.getCampus(), p.getUnits(), p.getStart(), p.getCost());
    }

    static PlacementDetail detail(Need need, Campus campus, List<Unit> units, YearMonth start, SoftCost cost) {
        Area served = new Area(units.stream().mapToInt(Unit::labM2).sum(), units.stream().mapToInt(Unit::officeM2).sum());
        return new PlacementDetail(campus.id(), units.stream().map(Unit::id).sorted().toList(), start,
                need.termMonths(), served, asked(need), terms(need, campus, cost), MatchingWeights.placementSoft(cost));
    }

    static Area asked(Need need) {
        return new Area(need.labM2(), need.officeM2());
    }

    /** Every term that applies to this need, the free ones included (a focus campus, the home region). */
    private static List<CostTerm> terms(Need need, Campus campus, SoftCost cost) {
        List<CostTerm> terms = new ArrayList<>();
        if (need.near() != null) {
            terms.add(new CostTerm.Distance(cost.distanceKm(), MatchingWeights.distance(cost)));
        }
        terms.add(new CostTerm.Rent(cost.rentPerYear(), MatchingWeights.rent(cost)));
        if (cost.wastedM2() > 0) {
            terms.add(new CostTerm.WastedArea(cost.wastedM2(), MatchingWeights.wasted(cost)));
        }
        if (need.sector() != null) {
            terms.add(new CostTerm.CampusFocus(need.sector(), !cost.focusMismatch(),
                    cost.focusMismatch() ? MatchingWeights.FOCUS_MISMATCH : 0));
        }
        if (!cost.homeProvinces().isEmpty()) {
            terms.add(new CostTerm.HomeRegion(campus.province(), cost.homeProvinces(), cost.outsideHome(),
                    cost.outsideHome() ? MatchingWeights.OUTSIDE_HOME_PROVINCE : 0));
        }
        return terms;
    }
}
