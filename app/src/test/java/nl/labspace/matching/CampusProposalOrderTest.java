package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The campus console lists the proposals waiting for its confirmation first, then the others grouped by status and,
 * within a status, by the units they offer.
 */
class CampusProposalOrderTest {

    @Test
    void acceptedProposalsComeFirstAndTheRestKeepTheirOrder() {
        List<CampusConsoleController.ProposalLine> lines = List.of(line("open", 1), line("confirmed", 2), line("accepted", 3),
                line("open", 4), line("accepted", 5));

        assertThat(CampusConsoleController.waitingFirst(lines)).extracting(l -> l.id().getLeastSignificantBits())
                .containsExactly(3L, 5L, 1L, 2L, 4L);
    }

    @Test
    void theOthersAreGroupedByStatusOpenFirstAndWithinAStatusByUnits() {
        List<CampusConsoleController.ProposalLine> lines = List.of(line("declined", 1, "B2"), line("open", 2, "B2"),
                line("accepted", 3, "A1"), line("open", 4, "A1"), line("confirmed", 5, "C3"), line("open", 6, "B2"),
                line("superseded", 7, "A1"));

        List<CampusConsoleController.StatusGroup> groups = CampusConsoleController.grouped(lines);

        assertThat(groups).extracting(CampusConsoleController.StatusGroup::status)
                .as("accepted ones wait above, not in a group").containsExactly("open", "confirmed", "declined", "superseded");
        CampusConsoleController.StatusGroup open = groups.get(0);
        assertThat(open.count()).isEqualTo(3);
        assertThat(open.byUnits().keySet()).containsExactly("A1", "B2");
        assertThat(open.byUnits().get("B2")).extracting(l -> l.id().getLeastSignificantBits()).containsExactly(2L, 6L);
    }

    private static CampusConsoleController.ProposalLine line(String status, long n, String units) {
        return new CampusConsoleController.ProposalLine(new UUID(0, n), status, "need " + n, null, "Campus", List.of(), units);
    }

    private static CampusConsoleController.ProposalLine line(String status, long n) {
        return new CampusConsoleController.ProposalLine(new UUID(0, n), status, "need " + n, null, "Campus", List.of());
    }
}
