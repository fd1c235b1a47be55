package nl.labspace.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * On every public sample the engine comes within 1 % of the proven optimum (instances/README.md) within its
 * budget, and the independent validator finds no broken rule. Budgets are the solver's own termination.
 */
class EngineQualityTest {

    private final MatchingEngine engine = new MatchingEngine();

    @ParameterizedTest(name = "{0}: within 1% of {1} m2 in {2} s")
    @CsvSource({"sample-tiny, 4770, 2", "sample-small, 16345, 5", "sample-medium, 34185, 30"})
    void servesWithinOnePercentOfTheOptimum(String name, long optimum, int seconds) {
        MatchingInstance instance = Facts.sample(name);

        MatchingSolution solution = engine.solve(instance, Duration.ofSeconds(seconds), 42L);

        assertThat(new SolutionValidator(instance).validate(solution)).isEmpty();
        assertThat(solution.unservedM2()).isLessThanOrEqualTo(optimum + optimum / 100);
    }
}
