package nl.labspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The search pager: numbers around the page, previous and next, first and (when the total is exact) last, and a way back. */
class SearchPagerTest {

    private static final SearchForm FORM = new SearchForm(Map.of("containment", List.of("ML-II")));

    @Test
    void aMiddlePageLinksFirstPreviousNextAndTheExactLast() {
        SearchForm.Pager pager = FORM.pages(new Found<>(List.of(), 277, true, new Paging(7, 20)));

        assertThat(pager.links()).extracting(SearchForm.PageLink::number).containsExactly(5, 6, 7, 8, 9);
        assertThat(pager.first().href()).isEqualTo("/search?containment=ML-II&page=1");
        assertThat(pager.previous().number()).isEqualTo(6);
        assertThat(pager.next().number()).isEqualTo(8);
        assertThat(pager.last().number()).isEqualTo(14);
        assertThat(pager.back()).isNull();
    }

    @Test
    void aLowerBoundHasNoLastAndTheEndsHaveNoStepBeyond() {
        SearchForm.Pager atLeast = FORM.pages(new Found<>(List.of(), 1000, false, new Paging(1, 20)));
        assertThat(atLeast.last()).isNull();
        assertThat(atLeast.first()).isNull();
        assertThat(atLeast.previous()).isNull();
        assertThat(atLeast.next().number()).isEqualTo(2);

        SearchForm.Pager end = FORM.pages(new Found<>(List.of(), 277, true, new Paging(14, 20)));
        assertThat(end.next()).isNull();
        assertThat(end.last()).isNull();
        assertThat(end.links()).extracting(SearchForm.PageLink::number).containsExactly(12, 13, 14);
    }

    @Test
    void aPagePastTheLastLinksBackToTheLast() {
        SearchForm.Pager past = FORM.pages(new Found<>(List.of(), 277, true, new Paging(99, 20)));

        assertThat(past.several()).isFalse();
        assertThat(past.back().number()).isEqualTo(14);
        assertThat(past.back().href()).isEqualTo("/search?containment=ML-II&page=14");
    }
}
