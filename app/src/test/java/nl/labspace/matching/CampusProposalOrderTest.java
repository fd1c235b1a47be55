package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The campus console lists the proposals waiting for its confirmation first, the rest in the service's order. */
class CampusProposalOrderTest {

    @Test
    void acceptedProposalsComeFirstAndTheRestKeepTheirOrder() {
        List<CampusConsoleController.ProposalLine> lines = List.of(line("open", 1), line("confirmed", 2), line("accepted", 3),
                line("open", 4), line("accepted", 5));

        assertThat(CampusConsoleController.waitingFirst(lines)).extracting(l -> l.id().getLeastSignificantBits())
                .containsExactly(3L, 5L, 1L, 2L, 4L);
    }

    private static CampusConsoleController.ProposalLine line(String status, long n) {
        return new CampusConsoleController.ProposalLine(new UUID(0, n), status, "need " + n, null, "Campus", List.of());
    }
}
