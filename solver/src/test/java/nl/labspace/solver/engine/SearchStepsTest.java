package nl.labspace.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.validate.SolutionValidator;
import org.junit.jupiter.api.Test;

/** The step-limited search with progress and a stop that what-if scenarios use (MatchingEngine.searchSteps). */
class SearchStepsTest {

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void theSameSeedAndStepsGiveTheSamePlanAndReportProgress() {
        MatchingInstance instance = Facts.sample("sample-medium");
        List<Progress> seen = new ArrayList<>();

        MatchingSolution a = solve(instance, 7L, seen::add, new StopSignal());
        MatchingSolution b = solve(instance, 7L, p -> { }, new StopSignal());

        assertThat(a).isEqualTo(b);
        assertThat(new SolutionValidator(instance).validate(a)).isEmpty();
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).unservedM2()).isEqualTo(a.unservedM2());
    }

    @Test
    void aStopBeforeTheSearchKeepsTheConstructionOnly() {
        MatchingInstance instance = Facts.sample("sample-medium");
        StopSignal stop = new StopSignal();
        stop.stop();

        MatchingSolution stopped = solve(instance, 7L, p -> { }, stop);
        MatchingSolution greedy = engine.solve(instance, java.time.Duration.ZERO, 7L);

        assertThat(stopped.unservedM2()).isEqualTo(greedy.unservedM2());
        assertThat(solve(instance, 7L, p -> { }, new StopSignal()).unservedM2()).isLessThanOrEqualTo(greedy.unservedM2());
    }

    private MatchingSolution solve(MatchingInstance instance, long seed, java.util.function.Consumer<Progress> listener,
                                   StopSignal stop) {
        return MatchingEngine.toSolution(engine.searchSteps(engine.prepare(instance, null), 3_000, seed, listener, stop));
    }
}
