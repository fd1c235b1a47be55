package nl.labspace.search;

import java.util.List;

/** Rows of one page and the number of matches over all pages. */
record Found<R>(List<R> rows, int total, Paging paging) {

    /**
     * The total, when the page itself already tells it: a page that is not full is the last one, so nothing
     * beyond it matches. Saves the count query for most narrow searches.
     */
    static Integer totalFromPage(int rowsOnPage, Paging paging) {
        boolean lastPage = rowsOnPage < paging.size() && (rowsOnPage > 0 || paging.offset() == 0);
        return lastPage ? paging.offset() + rowsOnPage : null;
    }
}
