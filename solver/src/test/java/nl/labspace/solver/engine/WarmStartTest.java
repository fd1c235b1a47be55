package nl.labspace.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.validate.SolutionValidator;

/** Re-solving after one market event starts from the previous plan and keeps it valid. */
class WarmStartTest {

    private final MatchingInstance market = Facts.sample("sample-small");
    private final MatchingSession session = new MatchingSession(new MatchingEngine());
    private MatchingSolution before;

    @BeforeEach
    void solveOnce() {
        before = session.solve(market, Duration.ofSeconds(3), 42L).solution();
    }

    @Test
    void aNewNeedIsFittedInWithoutLosingServedArea() {
        Need first = market.needs().get(2);
        Need newcomer = new Need("N-NEW", "C-NEW", first.labM2(), first.officeM2(), first.containment(), first.gmp(),
                first.features(), first.moveInEarliest(), first.moveInLatest(), first.termMonths(),
                first.maxRentPerM2Year(), first.maxUnits(), first.near(), first.provinces(), first.sector());
        List<Need> needs = new ArrayList<>(market.needs());
        needs.add(newcomer);
        MatchingInstance after = withNeedsAndFixed(needs, market.fixed());

        MatchingSolution resolved = session.solve(after, Duration.ofSeconds(1), 42L).solution();

        assertThat(new SolutionValidator(after).validate(resolved)).isEmpty();
        assertThat(resolved.unservedM2()).isLessThanOrEqualTo(before.unservedM2() + newcomer.totalM2());
    }

    @Test
    void anAcceptedMatchIsKeptExactly() {
        Assignment accepted = before.assignments().get(before.assignments().size() / 2);
        List<Assignment> fixed = new ArrayList<>(market.fixed());
        fixed.add(accepted);
        MatchingInstance after = withNeedsAndFixed(market.needs(), fixed);

        MatchingSolution resolved = session.solve(after, Duration.ofSeconds(1), 42L).solution();

        assertThat(new SolutionValidator(after).validate(resolved)).isEmpty();
        assertThat(resolved.assignments()).contains(accepted);
    }

    @Test
    void aPreviousPlanThatNoLongerFitsIsRepairedBeforeTheSearch() {
        // N-1 held U-1; then N-2's match on U-1 for the same months is accepted: N-1 must give way.
        var unit = Facts.aUnit("U-1", "leiden", 300, 100);
        var n1 = Facts.aNeed("N-1", 200, 50);
        var n2 = Facts.aNeed("N-2", 250, 50);
        Assignment held = new Assignment("N-1", List.of("U-1"), Facts.JAN_2027);
        Assignment accepted = new Assignment("N-2", List.of("U-1"), Facts.JAN_2027.plusMonths(1));
        MatchingInstance after = Facts.instance(List.of(Facts.leiden()), List.of(unit), List.of(n1, n2), List.of(),
                List.of(accepted));
        MatchingSolution previous = new MatchingSolution("test", List.of(held), List.of("N-2"), 300);

        MatchingSolution repaired = new MatchingEngine().resolve(after, previous, Duration.ZERO, 42L);

        assertThat(new SolutionValidator(after).validate(repaired)).isEmpty();
        assertThat(repaired.assignments()).containsExactly(accepted);
        assertThat(repaired.unassigned()).containsExactly("N-1");
    }

    private MatchingInstance withNeedsAndFixed(List<Need> needs, List<Assignment> fixed) {
        return new MatchingInstance(market.name(), market.campuses(), market.units(), needs, market.leases(), fixed);
    }
}
