package nl.labspace.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links under a long admin table: pages count from 1; the links are the first, the last and those near the
 * page shown (marked current), with previous and next.
 */
record ConsolePages(int page, int size, int total, List<ConsolePages.Link> links, Link previous, Link next) {

    /**
     * One page's link: its number, where it goes, whether it is the page shown, and whether pages are left out
     * between it and the link before (the pager shows an ellipsis there).
     */
    public record Link(int number, String href, boolean current, boolean gapBefore) {

        Link(int number, String href, boolean current) {
            this(number, href, current, false);
        }
    }

    static int pageOf(Integer requested) {
        return requested == null || requested < 1 ? 1 : requested;
    }

    static int offset(Integer requested, int size) {
        return (pageOf(requested) - 1) * size;
    }

    static ConsolePages of(Integer requested, int size, int total, IntFunction<String> href) {
        int page = pageOf(requested);
        int last = Math.max(1, (total + size - 1) / size);
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 2) {
                boolean gap = !links.isEmpty() && links.get(links.size() - 1).number() < n - 1;
                links.add(new Link(n, href.apply(n), n == page, gap));
            }
        }
        Link previous = page > 1 && page <= last ? new Link(page - 1, href.apply(page - 1), false) : null;
        Link next = page < last ? new Link(page + 1, href.apply(page + 1), false) : null;
        return new ConsolePages(page, size, total, links, previous, next);
    }

    /** The first and last place shown, counted from 1 (0 and 0 for an empty page). */
    public int first() {
        return Math.min(total, (page - 1) * size + 1);
    }

    public int last() {
        return Math.min(total, page * size);
    }

    public boolean several() {
        return links.size() > 1;
    }
}
