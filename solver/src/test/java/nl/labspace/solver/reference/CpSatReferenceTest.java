package nl.labspace.solver.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.greedy.GreedyMatcher;
import nl.labspace.solver.offer.OfferLimits;
import nl.labspace.solver.validate.SolutionValidator;

class CpSatReferenceTest {

    @ParameterizedTest
    @CsvSource({"sample-tiny,4770", "sample-small,16345", "sample-medium,34185",
        // Rule 2b: the samples with the marketplace's default size bound on every need (BENCHMARKS.md).
        "bounded:sample-small,26060", "bounded:sample-medium,50575"})
    void provesTheDocumentedOptimum(String name, long optimum) {
        MatchingInstance instance = name.startsWith("bounded:") ? Facts.bounded(Facts.sample(name.substring(8)))
                : Facts.sample(name);
        var hint = new GreedyMatcher().solve(instance, Duration.ZERO, 0);

        for (var formulation : CpSatReference.Formulation.values()) {
            CpSatReference.Result r = new CpSatReference(OfferLimits.COMPLETE, formulation)
                    .solve(instance, Duration.ofSeconds(120), 2, hint);

            assertThat(r.status()).as(formulation.name()).isEqualTo("OPTIMAL");
            assertThat(r.unservedM2()).isEqualTo(optimum);
            assertThat(r.boundM2()).isEqualTo(optimum);
            assertThat(r.solution().unservedM2()).isEqualTo(optimum);
            assertThat(new SolutionValidator(instance).validate(r.solution())).isEmpty();
        }
    }
}
