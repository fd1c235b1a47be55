package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.serde.ObjectMapper;
import nl.labspace.solver.explain.NeedExplanation;
import org.junit.jupiter.api.Test;

/** Every kind of explanation a proposal stores reads back as the very records the engine gave. */
class StoredExplanationTest {

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final StoredExplanation stored = new StoredExplanation(json);

    @Test
    void everyKindReadsBackAsTheEnginesRecords() throws Exception {
        List<NeedExplanation> kinds = new ArrayList<>();
        List<String> others = List.of("need-of-another-company", "need-accepted-elsewhere");
        kinds.addAll(ExplanationKinds.matched("my-need", "campus-b", "unit-1", "unit-2", others));
        kinds.addAll(ExplanationKinds.unmatched("my-need", "campus-b", "unit-1", others));
        for (NeedExplanation kind : kinds) {
            String text = json.writeValueAsString(ExplanationJson.of(kind));
            assertThat(stored.read(text)).as(text).contains(kind);
        }
    }

    @Test
    void aProposalStoredWithoutAnExplanationHasNone() {
        assertThat(stored.read("{}")).isEmpty();
    }
}
