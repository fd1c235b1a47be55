package nl.labspace.solver.engine;

import static nl.labspace.solver.Facts.JAN_2027;
import static nl.labspace.solver.Facts.aNeed;
import static nl.labspace.solver.Facts.aUnit;
import static nl.labspace.solver.Facts.leiden;
import static nl.labspace.solver.engine.EngineFacts.NO_COST;
import static nl.labspace.solver.engine.EngineFacts.assigned;
import static nl.labspace.solver.engine.EngineFacts.cost;
import static nl.labspace.solver.engine.EngineFacts.placement;
import static nl.labspace.solver.engine.EngineFacts.unassigned;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/** One exact penalty and one near miss per rule of the rulebook. */
class MatchingConstraintsTest {

    private final ConstraintVerifier<MatchingConstraints, MatchingPlan> verifier = ConstraintVerifier
            .build(new MatchingConstraints(), MatchingPlan.class, NeedAssignment.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final Unit unit = aUnit("U-1", "leiden", 300, 100);
    private final Need first = aNeed("N-1", 300, 100);
    private final Need second = aNeed("N-2", 200, 0);

    @Test
    void twoNeedsOnOneUnitArePenalisedPerMonthOfOverlap() {
        // N-1 holds Jan-Dec 2027, N-2 from Oct 2027: three months overlap.
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        var b = assigned(second, 1, placement(second, 1, leiden(), unit, JAN_2027.plusMonths(9), NO_COST));
        verifier.verifyThat(MatchingConstraints::unitDoubleBooked).given(a, b).penalizesBy(3);
    }

    @Test
    void backToBackNeedsOnOneUnitAreNoDoubleBooking() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        var b = assigned(second, 1, placement(second, 1, leiden(), unit, JAN_2027.plusMonths(12), NO_COST));
        verifier.verifyThat(MatchingConstraints::unitDoubleBooked).given(a, b).penalizesBy(0);
    }

    @Test
    void aNeedInsideAnExistingLeaseIsPenalisedPerMonth() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        var lease = new LeaseBlock(0, "U-1", Months.index(JAN_2027.minusMonths(3)), Months.index(JAN_2027) + 2);
        verifier.verifyThat(MatchingConstraints::unitAlreadyLeased).given(a, lease).penalizesBy(2);
    }

    @Test
    void aLeaseEndingTheMonthBeforeTheStartIsNoClash() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        var lease = new LeaseBlock(0, "U-1", Months.index(JAN_2027.minusMonths(3)), Months.index(JAN_2027));
        verifier.verifyThat(MatchingConstraints::unitAlreadyLeased).given(a, lease).penalizesBy(0);
    }

    @Test
    void aPlacementOverTheNeedsMaximumAreaIsPenalisedPerM2Over() {
        // Units of 300 + 100 m2 for a need of 200 m2 allowed at most 350 m2: 50 m2 over.
        Need bounded = second.withMaxM2(350);
        var a = assigned(bounded, 0, placement(bounded, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::overMaxArea).given(a).penalizesBy(50);
    }

    @Test
    void aPlacementAtExactlyTheMaximumAreaIsNotPenalised() {
        Need bounded = second.withMaxM2(400);
        var a = assigned(bounded, 0, placement(bounded, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::overMaxArea).given(a, unassigned(first.withMaxM2(400), 1))
                .penalizesBy(0);
    }

    @Test
    void anUnservedNeedCostsItsWholeArea() {
        verifier.verifyThat(MatchingConstraints::needUnserved).given(unassigned(first, 0)).penalizesBy(400);
    }

    @Test
    void aServedNeedCostsNoUnservedArea() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::needUnserved).given(a).penalizesBy(0);
    }

    @Test
    void distanceCostsTenPointsPerKm() {
        Need near = withNear(first);
        var a = assigned(near, 0, placement(near, 0, leiden(), unit, JAN_2027, cost(12.34, 0, 0, false, false)));
        verifier.verifyThat(MatchingConstraints::distanceToPreferredPlace).given(a).penalizesBy(123);
    }

    @Test
    void aNeedWithoutPreferredPlacePaysNoDistance() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, cost(12.34, 0, 0, false, false)));
        verifier.verifyThat(MatchingConstraints::distanceToPreferredPlace).given(a).penalizesBy(0);
    }

    @Test
    void rentCostsOnePointPerThousandEurosAYear() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, cost(0, 120_000, 0, false, false)));
        verifier.verifyThat(MatchingConstraints::rent).given(a).penalizesBy(120);
    }

    @Test
    void rentOfAnUnservedNeedCostsNothing() {
        verifier.verifyThat(MatchingConstraints::rent).given(unassigned(first, 0)).penalizesBy(0);
    }

    @Test
    void wastedAreaCostsOnePointPerM2() {
        var a = assigned(second, 0, placement(second, 0, leiden(), unit, JAN_2027, cost(0, 0, 200, false, false)));
        verifier.verifyThat(MatchingConstraints::wastedArea).given(a).penalizesBy(200);
    }

    @Test
    void anExactFitWastesNothing() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::wastedArea).given(a).penalizesBy(0);
    }

    @Test
    void aCampusWithoutTheNeedsSectorAsFocusIsPenalised() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, cost(0, 0, 0, true, false)));
        verifier.verifyThat(MatchingConstraints::campusFocusMismatch).given(a)
                .penalizesBy(MatchingWeights.FOCUS_MISMATCH);
    }

    @Test
    void aCampusWithTheNeedsSectorIsNotPenalised() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::campusFocusMismatch).given(a).penalizesBy(0);
    }

    @Test
    void aCampusOutsideTheHomeProvinceIsPenalised() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, cost(0, 0, 0, false, true)));
        verifier.verifyThat(MatchingConstraints::outsideHomeProvince).given(a)
                .penalizesBy(MatchingWeights.OUTSIDE_HOME_PROVINCE);
    }

    @Test
    void aCampusInTheHomeProvinceIsNotPenalised() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::outsideHomeProvince).given(a).penalizesBy(0);
    }

    @Test
    void aCompanysShortageIsPenalisedSquared() {
        // Both needs belong to company C-1: (400 + 200)^2 / 1000 = 360.
        verifier.verifyThat(MatchingConstraints::companyShortage)
                .given(unassigned(first, 0), unassigned(second, 1)).penalizesBy(360);
    }

    @Test
    void aCompanyWithEverythingServedHasNoShortage() {
        var a = assigned(first, 0, placement(first, 0, leiden(), unit, JAN_2027, NO_COST));
        verifier.verifyThat(MatchingConstraints::companyShortage).given(a).penalizesBy(0);
    }

    @Test
    void aShortageSplitOverTwoCompaniesCostsLessThanOnOne() {
        Need other = new Need("N-3", "C-2", 200, 0, second.containment(), second.gmp(), second.features(),
                second.moveInEarliest(), second.moveInLatest(), second.termMonths(), null, 3, null, second.provinces(),
                null);
        // 400^2/1000 + 200^2/1000 = 160 + 40.
        verifier.verifyThat(MatchingConstraints::companyShortage)
                .given(unassigned(first, 0), unassigned(other, 1)).penalizesBy(200);
    }

    private static Need withNear(Need n) {
        return new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), n.maxRentPerM2Year(), n.maxUnits(),
                new nl.labspace.solver.domain.Near(52.1, 4.4, 50), n.provinces(), n.sector());
    }
}
