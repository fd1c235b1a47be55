package nl.labspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** Searches are planned for their own values on every connection of the pool (application.yml, BENCHMARKS.md). */
@MicronautTest
class SearchPlanningTest {

    @Inject
    DSLContext dsl;

    @Test
    void everyConnectionPlansEachStatementForItsValues() {
        assertThat(dsl.fetchValue("SHOW plan_cache_mode")).isEqualTo("force_custom_plan");
    }
}
