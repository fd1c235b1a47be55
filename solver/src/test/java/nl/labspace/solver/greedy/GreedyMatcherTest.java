package nl.labspace.solver.greedy;

import static nl.labspace.solver.Facts.JAN_2027;
import static nl.labspace.solver.Facts.aNeed;
import static nl.labspace.solver.Facts.aUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.validate.SolutionValidator;

class GreedyMatcherTest {

    private static MatchingSolution greedy(MatchingInstance instance) {
        return new GreedyMatcher().solve(instance, Duration.ZERO, 0);
    }

    @ParameterizedTest
    @CsvSource({"sample-tiny,5155,7", "sample-small,27030,15", "sample-medium,52610,48"})
    void reproducesTheReadmeFiguresAndIsValid(String name, long unserved, int assigned) {
        MatchingInstance instance = Facts.sample(name);
        MatchingSolution solution = greedy(instance);

        assertThat(solution.unservedM2()).isEqualTo(unserved);
        assertThat(solution.assignments()).hasSize(assigned);
        assertThat(new SolutionValidator(instance).validate(solution)).isEmpty();
    }

    @Test
    void firstComeFirstServedTakesTheNearestCampusAndTheCheapestUnits() {
        Need near = new Need("N1", "C", 100, 0, null, null, null, JAN_2027, JAN_2027, 12, null, 3,
                new Near(53.2, 6.5, 300), null, null);
        var units = List.of(Facts.withRent(aUnit("L1", "leiden", 100, 0), 200),
                Facts.withRent(aUnit("G1", "groningen", 60, 0), 250), Facts.withRent(aUnit("G2", "groningen", 60, 0), 150),
                Facts.withRent(aUnit("G3", "groningen", 100, 0), 400));
        MatchingInstance inst = Facts.instance(List.of(Facts.leiden(), Facts.groningen()), units,
                List.of(near, aNeed("N2", 100, 0)));

        MatchingSolution s = greedy(inst);

        // N1: Groningen is nearer; its two cheapest units cover. N2 then goes to the first campus with room.
        assertThat(s.assignments()).containsExactly(new Assignment("N1", List.of("G2", "G1"), JAN_2027),
                new Assignment("N2", List.of("L1"), JAN_2027));
    }

    @Test
    void skipsUnitsThatWouldTakeTheTotalOverTheNeedsMaximum() {
        // Cheapest first would take the 300 m2 unit; at most 200 m2 it takes the two dearer 60 m2 ones instead.
        var units = List.of(Facts.withRent(aUnit("U1", "leiden", 300, 0), 100),
                Facts.withRent(aUnit("U2", "leiden", 60, 0), 200), Facts.withRent(aUnit("U3", "leiden", 60, 0), 250));
        MatchingInstance inst = Facts.instance(List.of(Facts.leiden()), units, List.of(aNeed("N1", 100, 0)
                .withMaxM2(200)));

        MatchingSolution s = greedy(inst);

        assertThat(s.assignments()).containsExactly(new Assignment("N1", List.of("U2", "U3"), JAN_2027));
        assertThat(new SolutionValidator(inst).validate(s)).isEmpty();
    }

    @Test
    void waitsForTheEarliestFreeMonthAndKeepsFixedMatches() {
        Need first = Facts.withWindow(aNeed("N1", 100, 0), JAN_2027, JAN_2027.plusMonths(5), 3);
        Need second = Facts.withWindow(aNeed("N2", 100, 0), JAN_2027, JAN_2027.plusMonths(5), 3);
        MatchingInstance inst = Facts.instance(List.of(Facts.leiden()), List.of(aUnit("U1", "leiden", 100, 0)),
                List.of(first, second), List.of(), List.of(new Assignment("N2", List.of("U1"), JAN_2027)));

        MatchingSolution s = greedy(inst);

        assertThat(s.assignments()).containsExactly(new Assignment("N1", List.of("U1"), JAN_2027.plusMonths(3)),
                new Assignment("N2", List.of("U1"), JAN_2027));
        assertThat(s.unservedM2()).isZero();
    }
}
