package nl.labspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** How search SQL reaches PostgreSQL: planned for its own values on every connection, names without the schema. */
@MicronautTest
class SearchPlanningTest {

    @Inject
    DSLContext dsl;

    @Test
    void everyConnectionPlansEachStatementForItsValues() {
        assertThat(dsl.fetchValue("SHOW plan_cache_mode")).isEqualTo("force_custom_plan");
    }

    @Test
    void tableNamesAreRenderedWithoutTheSchema() {
        assertThat(dsl.selectCount().from(nl.labspace.db.generated.Tables.UNIT).getSQL()).doesNotContain("public");
    }
}
