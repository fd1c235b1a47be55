package nl.labspace.search;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Rows of one page and the number of matches over all pages: exact, or (totalExact false) a lower bound when
 * there are more matches than the search counts (Totals).
 */
record Found<R>(List<R> rows, int total, boolean totalExact, Paging paging) {

    /** countUpTo(n) counts the matches, stopping at n. */
    static <R> Found<R> of(List<R> rows, Paging paging, Totals totals, IntUnaryOperator countUpTo) {
        Integer fromPage = totalFromPage(rows.size(), paging);
        if (fromPage != null) {
            return new Found<>(rows, fromPage, true, paging);
        }
        int limit = totals.countLimit(paging);
        int counted = countUpTo.applyAsInt(limit);
        return counted < limit ? new Found<>(rows, counted, true, paging)
                : new Found<>(rows, totals.lowerBound(paging), false, paging);
    }

    /**
     * The total, when the page itself already tells it: a page that is not full is the last one, so nothing
     * beyond it matches. Saves the count query for most narrow searches.
     */
    static Integer totalFromPage(int rowsOnPage, Paging paging) {
        boolean lastPage = rowsOnPage < paging.size() && (rowsOnPage > 0 || paging.offset() == 0);
        return lastPage ? paging.offset() + rowsOnPage : null;
    }
}
