package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.db.Vocabulary;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import org.junit.jupiter.api.Test;

/**
 * The containment and GMP ladders live three times: as SQL rank functions (search and the database's checks), as
 * the app's vocabulary (validation) and as the solver's enums (matching). A rung added or reordered in one of them
 * alone would make search and matching disagree on what "at least ML-II" means.
 */
@MicronautTest(transactional = false)
class LaddersAgreeTest extends TestMarketTest {

    @Test
    void containmentIsTheSameLadderInSqlTheVocabularyAndTheSolver() {
        List<String> solver = Arrays.stream(Containment.values()).map(Containment::code).toList();
        assertThat(Vocabulary.CONTAINMENT).containsExactlyElementsOf(solver);
        assertThat(bySqlRank("containment_rank", Vocabulary.CONTAINMENT)).containsExactlyElementsOf(solver);
        assertThat(sql.column("SELECT containment_rank('BSL-2')")).containsExactly((String) null);
    }

    @Test
    void gmpIsTheSameLadderInSqlTheVocabularyAndTheSolver() {
        List<String> solver = Arrays.stream(GmpGrade.values()).map(GmpGrade::code).toList();
        assertThat(Vocabulary.GMP).containsExactlyElementsOf(solver);
        assertThat(bySqlRank("gmp_rank", Vocabulary.GMP)).containsExactlyElementsOf(solver);
        assertThat(sql.column("SELECT gmp_rank('E')")).containsExactly((String) null);
    }

    /** The values ordered by the SQL rank function, each rank checked to be its position (0, 1, 2 ...). */
    private List<String> bySqlRank(String function, List<String> values) {
        String list = String.join(",", values.stream().map(v -> "('" + v + "')").toList());
        List<String> ranked = sql.column("SELECT v || ':' || " + function + "(v) FROM (VALUES " + list + ") t(v) ORDER BY "
                + function + "(v)");
        for (int i = 0; i < ranked.size(); i++) {
            assertThat(ranked.get(i)).endsWith(":" + i);
        }
        return ranked.stream().map(r -> r.substring(0, r.lastIndexOf(':'))).toList();
    }
}
