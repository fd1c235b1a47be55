package nl.labspace.solver.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.generate.GeneratorSettings;
import nl.labspace.solver.generate.InstanceGenerator;
import nl.labspace.solver.validate.SolutionValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Beyond the public samples: on our own generated instances, wherever CP-SAT proves the optimum, the engine
 * comes within 1 % of it within 30,000 search steps and breaks no rule.
 */
class EngineAgainstOracleTest {

    @ParameterizedTest(name = "seed {0}: {1} needs, {2} units, {3} campuses")
    @CsvSource({"11, 40, 30, 8", "23, 60, 45, 10", "37, 80, 60, 12"})
    void theEngineIsWithinOnePercentOfEveryProvenOptimum(long seed, int needs, int units, int campuses) {
        MatchingInstance instance = InstanceGenerator.generate(new GeneratorSettings(seed, needs, units, campuses));
        CpSatReference.Result exact = new CpSatReference().solve(instance, Duration.ofSeconds(60), 2, null);
        assumeTrue(exact.optimal(), "CP-SAT did not prove an optimum in 60 s (" + exact.status() + ")");

        // A step budget, not seconds, so that the verdict does not depend on the machine's load (see EngineQualityTest).
        MatchingSolution engine = new MatchingEngine().solveSteps(instance, 30_000, 42L);

        assertThat(new SolutionValidator(instance).validate(engine)).isEmpty();
        assertThat(engine.unservedM2()).isLessThanOrEqualTo(exact.unservedM2() + exact.unservedM2() / 100);
    }
}
