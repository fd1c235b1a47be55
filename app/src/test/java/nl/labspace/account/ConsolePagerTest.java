package nl.labspace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The console pager's numbers: first, last and those near the page shown, with a gap marked where pages are left out. */
class ConsolePagerTest {

    @Test
    void aGapIsMarkedBetweenNumbersThatAreNotAdjacent() {
        ConsolePages pages = ConsolePages.of(3, 50, 50 * 9, n -> "/p?page=" + n);

        assertThat(pages.links()).extracting(ConsolePages.Link::number, ConsolePages.Link::gapBefore, ConsolePages.Link::current)
                .containsExactly(tuple(1, false, false), tuple(2, false, false), tuple(3, false, true), tuple(4, false, false),
                        tuple(5, false, false), tuple(9, true, false));
        assertThat(ConsolePages.of(5, 50, 50 * 9, n -> "").links()).extracting(ConsolePages.Link::number, ConsolePages.Link::gapBefore)
                .containsExactly(tuple(1, false), tuple(3, true), tuple(4, false), tuple(5, false), tuple(6, false),
                        tuple(7, false), tuple(9, true));
        assertThat(ConsolePages.of(1, 50, 120, n -> "").links()).noneMatch(ConsolePages.Link::gapBefore);
    }
}
