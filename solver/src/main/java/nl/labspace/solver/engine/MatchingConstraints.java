package nl.labspace.solver.engine;

import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

import nl.labspace.solver.engine.Justifications.CompanyShortage;
import nl.labspace.solver.engine.Justifications.Distance;
import nl.labspace.solver.engine.Justifications.DoubleBooking;
import nl.labspace.solver.engine.Justifications.FocusMismatch;
import nl.labspace.solver.engine.Justifications.LeaseClash;
import nl.labspace.solver.engine.Justifications.OutsideHomeProvince;
import nl.labspace.solver.engine.Justifications.OverMaxArea;
import nl.labspace.solver.engine.Justifications.Rent;
import nl.labspace.solver.engine.Justifications.Unserved;
import nl.labspace.solver.engine.Justifications.WastedArea;

/**
 * The matching rulebook. Rules 1-6 and 8 of MATCHING.md hold by construction (a need can only take one of its
 * own placements; accepted matches are pinned), so hard constraints cover rule 7, plus a guard for rule 2b. Medium is the primary
 * objective, unserved m². Soft terms rank plans that serve the same area. Weights: {@link MatchingWeights}.
 */
public class MatchingConstraints implements ConstraintProvider {

    public static final String UNIT_DOUBLE_BOOKED = "Unit double booked";
    public static final String UNIT_ALREADY_LEASED = "Unit already leased";
    public static final String OVER_MAX_AREA = "Over the need's maximum area";
    public static final String NEED_UNSERVED = "Need unserved";
    public static final String DISTANCE_TO_PREFERRED_PLACE = "Distance to preferred place";
    public static final String RENT = "Rent";
    public static final String WASTED_AREA = "Wasted area";
    public static final String CAMPUS_FOCUS_MISMATCH = "Campus focus mismatch";
    public static final String OUTSIDE_HOME_PROVINCE = "Outside home province";
    public static final String COMPANY_SHORTAGE = "Company shortage (fairness)";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                unitDoubleBooked(f), unitAlreadyLeased(f), overMaxArea(f),
                needUnserved(f),
                distanceToPreferredPlace(f), rent(f), wastedArea(f), campusFocusMismatch(f), outsideHomeProvince(f),
                companyShortage(f)
        };
    }

    private static UniConstraintStream<UnitUse> unitUses(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class).flattenLast(NeedAssignment::uses);
    }

    // Rule 7: a unit hosts at most one need in any month. Penalised per month of overlap.
    Constraint unitDoubleBooked(ConstraintFactory f) {
        return unitUses(f)
                .join(unitUses(f), equal(UnitUse::unit), overlapping(UnitUse::first, UnitUse::end))
                .filter((a, b) -> a.needIndex() < b.needIndex())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> a.overlapMonths(b.first(), b.end()))
                .justifyWith((a, b, score) -> new DoubleBooking(a.unitId(), a.needId(), b.needId(),
                        a.overlapMonths(b.first(), b.end())))
                .asConstraint(UNIT_DOUBLE_BOOKED);
    }

    // Rule 7: an existing lease keeps its unit. Placements are built lease-free; this guards warm starts and pins.
    Constraint unitAlreadyLeased(ConstraintFactory f) {
        return unitUses(f)
                .join(LeaseBlock.class, equal(UnitUse::unit, LeaseBlock::unit),
                        overlapping(UnitUse::first, UnitUse::end, LeaseBlock::first, LeaseBlock::end))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (u, l) -> u.overlapMonths(l.first(), l.end()))
                .justifyWith((u, l, score) -> new LeaseClash(u.unitId(), u.needId(), u.overlapMonths(l.first(), l.end())))
                .asConstraint(UNIT_ALREADY_LEASED);
    }

    // Rule 2b: a tenant will not sign for far more space than it asked. Placements are built within the bound;
    // this guards warm starts and pins. Penalised per m² over the need's maximum.
    Constraint overMaxArea(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class)
                .filter(a -> !a.getNeed().fitsSize(totalM2(a.getPlacement())))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, a -> totalM2(a.getPlacement()) - a.getNeed().maxM2())
                .justifyWith((a, score) -> new OverMaxArea(a.getId(), a.getPlacement().unitIds(),
                        totalM2(a.getPlacement()), a.getNeed().maxM2()))
                .asConstraint(OVER_MAX_AREA);
    }

    private static int totalM2(Placement p) {
        return p.getUnits().stream().mapToInt(u -> u.labM2() + u.officeM2()).sum();
    }

    // Primary objective: every m² a need asked for and did not get.
    Constraint needUnserved(ConstraintFactory f) {
        return f.forEachIncludingNullVars(NeedAssignment.class)
                .filter(a -> a.getPlacement() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, a -> a.getNeed().totalM2())
                .justifyWith((a, score) -> new Unserved(a.getId(), a.getNeed().companyId(), a.getNeed().totalM2()))
                .asConstraint(NEED_UNSERVED);
    }

    // A company prefers a campus close to the place it named.
    Constraint distanceToPreferredPlace(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class)
                .filter(a -> a.getNeed().near() != null)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> MatchingWeights.distance(a.getPlacement().getCost()))
                .justifyWith((a, score) -> new Distance(a.getId(), a.getPlacement().getCampus().id(),
                        a.getPlacement().getCost().distanceKm()))
                .asConstraint(DISTANCE_TO_PREFERRED_PLACE);
    }

    // Cheaper space is better for the tenant, within its maximum rent.
    Constraint rent(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> MatchingWeights.rent(a.getPlacement().getCost()))
                .justifyWith((a, score) -> new Rent(a.getId(), a.getPlacement().unitIds(),
                        a.getPlacement().getCost().rentPerYear()))
                .asConstraint(RENT);
    }

    // Area a need does not use is area another need could have had.
    Constraint wastedArea(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class)
                .filter(a -> a.getPlacement().getCost().wastedM2() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> MatchingWeights.wasted(a.getPlacement().getCost()))
                .justifyWith((a, score) -> new WastedArea(a.getId(), a.getPlacement().unitIds(),
                        a.getPlacement().getCost().wastedM2()))
                .asConstraint(WASTED_AREA);
    }

    // A campus whose focus matches the company's sector offers neighbours, services and equipment that fit.
    Constraint campusFocusMismatch(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class)
                .filter(a -> a.getPlacement().getCost().focusMismatch())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> MatchingWeights.FOCUS_MISMATCH)
                .justifyWith((a, score) -> new FocusMismatch(a.getId(), a.getPlacement().getCampus().id(),
                        a.getNeed().sector()))
                .asConstraint(CAMPUS_FOCUS_MISMATCH);
    }

    // Staff and partners live in the home region: a campus in another province is a move, not a relocation.
    Constraint outsideHomeProvince(ConstraintFactory f) {
        return f.forEach(NeedAssignment.class)
                .filter(a -> a.getPlacement().getCost().outsideHome())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> MatchingWeights.OUTSIDE_HOME_PROVINCE)
                .justifyWith((a, score) -> new OutsideHomeProvince(a.getId(), a.getPlacement().getCampus().id(),
                        a.getPlacement().getCampus().province(), a.getPlacement().getCost().homeProvinces()))
                .asConstraint(OUTSIDE_HOME_PROVINCE);
    }

    // Fairness: with the same unserved total, share the shortage between companies rather than leave one empty-handed.
    Constraint companyShortage(ConstraintFactory f) {
        return f.forEachIncludingNullVars(NeedAssignment.class)
                .filter(a -> a.getPlacement() == null)
                .groupBy(MatchingConstraints::company, ConstraintCollectors.sumLong(a -> a.getNeed().totalM2()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (company, m2) -> MatchingWeights.fairness(m2))
                .justifyWith((company, m2, score) -> new CompanyShortage(company, m2))
                .asConstraint(COMPANY_SHORTAGE);
    }

    /** A need without a company stands alone. */
    static String company(NeedAssignment a) {
        return a.getNeed().companyId() == null ? a.getId() : a.getNeed().companyId();
    }
}
