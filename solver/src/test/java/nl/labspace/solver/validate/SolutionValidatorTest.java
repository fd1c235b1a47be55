package nl.labspace.solver.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.io.SolutionDocument;
import nl.labspace.solver.io.SolutionJson;

/** One hand-made solution per broken rule, on a market where the baseline solution keeps them all. */
class SolutionValidatorTest {

    private static final YearMonth M01 = YearMonth.of(2027, 1);
    private static final YearMonth M03 = YearMonth.of(2027, 3);
    private static final Set<String> HOOD = Set.of("fume-hood");

    private static Unit unit(String id, String campus, int lab, int office, Containment c, GmpGrade g,
                             Set<String> features, YearMonth from, YearMonth until, double rent) {
        return new Unit(id, campus, lab, office, c, g, features, from, until, rent);
    }

    private static final List<Unit> UNITS = List.of(
            unit("U1", "leiden", 100, 50, Containment.ML_II, GmpGrade.C, HOOD, M01, YearMonth.of(2028, 12), 300),
            unit("U2", "leiden", 0, 100, Containment.NONE, GmpGrade.NONE, Set.of(), M03, null, 200),
            unit("U3", "groningen", 200, 100, Containment.ML_II, GmpGrade.C, HOOD, M01, null, 300),
            unit("U4", "leiden", 120, 60, Containment.ML_I, GmpGrade.NONE, Set.of(), M01, null, 300),
            unit("U5", "leiden", 100, 50, Containment.ML_II, GmpGrade.C, HOOD, M01, null, 400));

    private static final List<Need> NEEDS = List.of(
            new Need("N1", "C1", 100, 50, Containment.ML_II, GmpGrade.D, HOOD, M01, YearMonth.of(2027, 6), 12, 350.0,
                    2, new Near(52.16, 4.49, 50), Set.of(), null),
            // Office-only: its features are ignored (rule 3).
            new Need("N2", "C2", 0, 80, Containment.NONE, GmpGrade.NONE, Set.of("autoclave"), M01,
                    YearMonth.of(2027, 6), 6, null, 2, null, Set.of(), null),
            new Need("N3", "C3", 150, 0, Containment.ML_I, GmpGrade.NONE, Set.of(), M01, YearMonth.of(2027, 12), 12,
                    null, 3, null, Set.of("PV20"), null));

    private static final List<Campus> CAMPUSES = List.of(Facts.leiden(), Facts.groningen());
    // Two leases that overlap each other: instance data, not a violation (MATCHING.md, rule 7).
    private static final List<Lease> LEASES = List.of(
            new Lease("U3", new MonthRange(YearMonth.of(2028, 1), YearMonth.of(2028, 3))),
            new Lease("U3", new MonthRange(YearMonth.of(2028, 2), YearMonth.of(2028, 5))));

    private static MatchingInstance market(List<Assignment> fixed) {
        return new MatchingInstance("market", CAMPUSES, UNITS, NEEDS, LEASES, fixed);
    }

    private static Assignment a(String need, String start, String... units) {
        return new Assignment(need, List.of(units), YearMonth.parse(start));
    }

    /** A solution with these assignments, the other needs unassigned and unservedM2 computed right. */
    private static MatchingSolution solution(Assignment... assignments) {
        List<String> unassigned = new ArrayList<>();
        long unserved = 0;
        for (Need n : NEEDS) {
            if (List.of(assignments).stream().noneMatch(x -> x.needId().equals(n.id()))) {
                unassigned.add(n.id());
                unserved += n.totalM2();
            }
        }
        return new MatchingSolution("market", List.of(assignments), unassigned, unserved);
    }

    private static List<String> violations(MatchingSolution s) {
        return new SolutionValidator(market(List.of())).validate(s);
    }

    @Test
    void theBaselineSolutionKeepsEveryRule() {
        MatchingSolution s = solution(a("N1", "2027-01", "U1"), a("N2", "2027-03", "U2"), a("N3", "2027-01", "U3"));
        assertThat(violations(s)).isEmpty();
        assertThat(SolutionValidator.check(market(List.of()), new SolutionDocument(SolutionJson.FORMAT, s))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rule 1: more units than maxUnits     | N2 | 2027-03 | U2 U4 U1",
        "rule 1: units on two campuses        | N2 | 2027-03 | U2 U3",
        "rule 2: too little lab area          | N1 | 2027-03 | U2",
        "rule 3: lab below the needs class    | N1 | 2027-01 | U4",
        "rule 4: rent above the maximum       | N1 | 2027-01 | U5",
        "rule 5: campus outside the provinces | N3 | 2027-01 | U1 U4",
        "rule 5: campus beyond near.maxKm     | N1 | 2027-01 | U3",
        "rule 6: start after moveInLatest     | N1 | 2027-07 | U1",
        "rule 6: unit not yet available       | N2 | 2027-01 | U2",
        "rule 7: overlaps an existing lease   | N3 | 2027-06 | U3"})
    void eachBrokenRuleIsReportedAndNothingElse(String rule, String need, String start, String units) {
        List<String> v = violations(solution(a(need, start, units.split(" "))));
        String prefix = rule.substring(0, rule.indexOf(':') + 1);
        assertThat(v).isNotEmpty().allMatch(x -> x.startsWith(prefix), "all start with " + prefix);
    }

    @Test
    void rule6TermEndingAfterAvailableUntil() {
        Need late = new Need("N4", "C4", 100, 0, Containment.NONE, GmpGrade.NONE, Set.of(), YearMonth.of(2028, 6),
                YearMonth.of(2028, 6), 12, null, 3, null, Set.of(), null);
        MatchingInstance inst = new MatchingInstance("late", CAMPUSES, UNITS, List.of(late), List.of(), List.of());
        List<String> v = new SolutionValidator(inst).validate(new MatchingSolution("late",
                List.of(a("N4", "2028-06", "U1")), List.of(), 0));
        assertThat(v).containsExactly(
                "rule 6: need N4 on [U1] from 2028-06: unit U1 is available only until 2028-12, the term ends 2029-05");
    }

    @Test
    void rule2bUnitsOverTheNeedsMaximumArea() {
        // N1 asks 100 lab + 50 office; U1 + U2 give 100 lab + 150 office, 250 m2 in total.
        MatchingSolution s = new MatchingSolution("bounded", List.of(a("N1", "2027-03", "U1", "U2")), List.of(), 0);

        assertThat(new SolutionValidator(bounded(249)).validate(s)).containsExactly(
                "rule 2b: need N1 on [U1, U2] from 2027-03 gives 250 m2 in total, the need allows at most 249");
        assertThat(new SolutionValidator(bounded(250)).validate(s)).isEmpty();
    }

    private static MatchingInstance bounded(int maxM2) {
        return new MatchingInstance("bounded", CAMPUSES, UNITS, List.of(NEEDS.get(0).withMaxM2(maxM2)), List.of(),
                List.of());
    }

    @Test
    void rule7TwoNeedsOnOneUnit() {
        List<String> v = violations(solution(a("N1", "2027-01", "U1"), a("N2", "2027-03", "U1", "U4")));
        assertThat(v).containsExactly("rule 7: unit U1 is double booked by needs N1 (2027-01..2027-12) and N2"
                + " (2027-03..2027-08)");
    }

    @Test
    void rule8FixedMatchMovedOrDropped() {
        MatchingInstance inst = market(List.of(a("N2", "2027-03", "U2")));
        assertThat(new SolutionValidator(inst).validate(solution(a("N2", "2027-04", "U2"))))
                .containsExactly("rule 8: fixed need N2 must keep [U2] from 2027-03, has [U2] from 2027-04");
        assertThat(new SolutionValidator(inst).validate(solution()))
                .containsExactly("rule 8: fixed need N2 is not assigned");
        assertThat(new SolutionValidator(inst).validate(solution(a("N2", "2027-03", "U2")))).isEmpty();
    }

    @Test
    void solutionClarifications() {
        MatchingSolution good = solution(a("N2", "2027-03", "U2"));
        var validator = new SolutionValidator(market(List.of()));

        assertThat(validator.validate(new SolutionDocument("labspace-matching/1", good))).containsExactly(
                "format must be 'labspace-matching-solution/1', was 'labspace-matching/1'");
        assertThat(validator.validate(new MatchingSolution("other", good.assignments(), good.unassigned(),
                good.unservedM2()))).containsExactly("instance must be 'market', was 'other'");
        assertThat(validator.validate(new MatchingSolution("market", good.assignments(), List.of("N1"), 250)))
                .containsExactly("need N3 appears neither in assignments nor in unassigned", "unservedM2 is 250, recomputed 300");
        assertThat(validator.validate(new MatchingSolution("market", good.assignments(), List.of("N1", "N3", "N2"),
                300))).containsExactly("need N2 is both assigned and unassigned");
        assertThat(validator.validate(new MatchingSolution("market", good.assignments(), good.unassigned(), 0)))
                .containsExactly("unservedM2 is 0, recomputed 300");
        assertThat(validator.validate(new MatchingSolution("market", List.of(a("N2", "2027-03", "U2"),
                a("N2", "2027-03", "U2")), good.unassigned(), 300))).containsExactly("need N2 is assigned more than once");
        assertThat(validator.validate(new MatchingSolution("market", List.of(a("N9", "2027-03", "U2")),
                List.of("N1", "N2", "N3"), 380))).containsExactly("assignment of unknown need 'N9'");
    }

    @ParameterizedTest
    @CsvSource({"sample-tiny,4770", "sample-small,16345", "sample-medium,34185"})
    void theSharedOptimalSolutionsAreValid(String name, long unserved) {
        MatchingInstance inst = Facts.sample(name);
        SolutionDocument doc = SolutionJson.readString(Facts.resourceText("/instances/" + name + "-optimal.solution.json"));

        assertThat(SolutionValidator.check(inst, doc)).isEmpty();
        assertThat(doc.solution().unservedM2()).isEqualTo(unserved);
    }
}
