package nl.labspace.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search as the visitor wrote it (to fill the form again) and the addresses of its other pages. Values are
 * kept as sent: SearchParams judges them.
 */
public record SearchForm(Map<String, List<String>> values) {

    /** A link to one page of the results; current marks the page shown. */
    public record PageLink(int number, String href, boolean current) {
    }

    /** The query string's values by name (the search's own parameters only). */
    static SearchForm of(Map<String, List<String>> params) {
        Map<String, List<String>> values = new TreeMap<>();
        params.forEach((name, list) -> {
            if (SearchPageController.PARAMETERS.contains(name)) {
                values.put(name, List.copyOf(list));
            }
        });
        return new SearchForm(values);
    }

    public String value(String name) {
        List<String> all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? "" : all.get(0);
    }

    public boolean has(String name, String value) {
        return values.getOrDefault(name, List.of()).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).anyMatch(v -> v.trim().equals(value));
    }

    /** What is not a filter of the drawer: the order, the page, the campus kept to (shown above the results). */
    private static final java.util.Set<String> NOT_FILTERS = java.util.Set.of("sort", "page", "size", "campus", "format");

    /** How many filters are set (each chosen feature counts), for the filters drawer's summary. */
    public int activeFilters() {
        int active = 0;
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!NOT_FILTERS.contains(e.getKey())) {
                active += (int) e.getValue().stream().flatMap(v -> List.of(v.split(",")).stream()).filter(v -> !v.isBlank()).count();
            }
        }
        return active;
    }

    /** This search with another page (and anything else the same). */
    public String withPage(int page) {
        return with("page", Integer.toString(page));
    }

    /** This search kept to one campus (a map marker's or a result's "only this campus"), from its first page. */
    public String withCampus(String campusId) {
        return with("campus", campusId);
    }

    /** This search over every campus again, from its first page. */
    public String withoutCampus() {
        return with("campus", "");
    }

    /**
     * The console's form to save this search as an alert, filled with it: its parameters without the page, and
     * without the radius and distance order the form sends when no place is chosen (the page ignores them too).
     */
    public String saveAsAlert() {
        boolean noPlace = value("near").isBlank();
        StringBuilder query = new StringBuilder();
        values.forEach((name, list) -> {
            boolean placeOnly = noPlace && (name.equals("withinKm") || name.equals("sort") && list.contains("distance"));
            if (!name.equals("page") && !placeOnly) {
                list.forEach(v -> append(query, name, v));
            }
        });
        return "/console/alerts?search=" + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8) + "#new";
    }

    /** This search with one value replaced (blank: left out); a new filter starts again at page 1. */
    private String with(String field, String value) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, list) -> {
            if (!name.equals(field) && !name.equals("page")) {
                list.forEach(v -> append(query, name, v));
            }
        });
        append(query, field, value);
        return "/search" + (query.length() == 0 ? "" : "?" + query);
    }

    /**
     * The pager under the results: the pages around this one, previous and next, the first page when it is not
     * among the numbers, and the last one when the total is exact (a lower bound does not know it). A page past
     * the last one (an old bookmark, a hand-written address) gets a link back to the last page with results.
     */
    Pager pages(Found<?> found) {
        int current = found.paging().page();
        int size = found.paging().size();
        int last = Math.max(1, (found.total() + size - 1) / size);
        if (current > last) {
            return new Pager(List.of(), null, null, null, null, new PageLink(last, withPage(last), false));
        }
        List<PageLink> links = new ArrayList<>();
        int from = Math.max(1, current - 2);
        int to = Math.min(last, current + 2);
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(p, withPage(p), p == current));
        }
        PageLink first = from > 1 ? new PageLink(1, withPage(1), false) : null;
        PageLink previous = current > 1 ? new PageLink(current - 1, withPage(current - 1), false) : null;
        PageLink next = current < last ? new PageLink(current + 1, withPage(current + 1), false) : null;
        PageLink lastLink = found.totalExact() && to < last ? new PageLink(last, withPage(last), false) : null;
        return new Pager(links, first, previous, next, lastLink, null);
    }

    /**
     * The result pages' links: numbers around the page shown, and each of first, previous, next, last and back
     * (to the last page, from a page past it) when it applies, else null.
     */
    public record Pager(List<PageLink> links, PageLink first, PageLink previous, PageLink next, PageLink last, PageLink back) {

        public boolean several() {
            return links.size() > 1;
        }
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value.isBlank()) {
            return;
        }
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
