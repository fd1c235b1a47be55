package nl.labspace.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.simple.SimpleHttpParameters;
import io.micronaut.http.uri.QueryStringDecoder;
import jakarta.inject.Singleton;
import nl.labspace.db.search.DemandSearchQuery;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.db.search.SpaceSearchQuery;
import nl.labspace.web.BadInput;
import org.jooq.Condition;

/**
 * Searches kept as query strings (saved searches and their alerts): the parameters of GET /api/search/space and
 * GET /api/search/demand, judged by the search's own SearchParams and run by its own query, so an alert finds
 * exactly what the search finds, freshness included (a stored search is parsed again on each run, with that day's
 * cut-off). Paging and format are not part of a stored search: an alert lists every match.
 */
@Singleton
public class StoredSearches {

    static final Set<String> NOT_STORED = Set.of("page", "size", "format");
    static final Set<String> SPACE = without(SpaceSearch.PARAMETERS);
    static final Set<String> DEMAND = without(DemandSearch.PARAMETERS);

    private final SpaceSearchService space;
    private final DemandSearchService demand;
    private final SpaceSearchQuery spaceQuery;
    private final DemandSearchQuery demandQuery;
    private final Freshness freshness;

    StoredSearches(SpaceSearchService space, DemandSearchService demand, SpaceSearchQuery spaceQuery,
                   DemandSearchQuery demandQuery, Freshness freshness) {
        this.space = space;
        this.demand = demand;
        this.spaceQuery = spaceQuery;
        this.demandQuery = demandQuery;
        this.freshness = freshness;
    }

    /** The space search as it will be stored (parameters sorted, blanks dropped); a broken rule names "search.<parameter>". */
    public String space(String query) {
        space.parse(params(query, SPACE));
        return canonical(query);
    }

    public String demand(String query) {
        demand.parse(params(query, DEMAND));
        return canonical(query);
    }

    /** Every unit the stored space search finds today among those the condition picks. */
    public List<SpaceHitRow> spaceAmong(String query, Condition units) {
        SpaceSearch search = space.parse(params(query, SPACE));
        return spaceQuery.among(search.filter(), search.sort(), units);
    }

    /** Every need the stored demand search finds among those the condition picks, as demand search shows them. */
    public List<DemandItem> demandAmong(String query, Condition needs) {
        DemandSearch search = demand.parse(params(query, DEMAND));
        return demandQuery.among(search.filter(), search.sort(), needs).stream().map(DemandItem::of).toList();
    }

    public int freshDays() {
        return freshness.freshDays();
    }

    private static SearchParams params(String query, Set<String> known) {
        try {
            return new SearchParams(new SimpleHttpParameters(decode(query), ConversionService.SHARED), known);
        } catch (BadInput e) {
            throw new BadInput(e.violations().stream().map(v -> v.at("search." + v.field())).toList());
        }
    }

    private static Map<CharSequence, List<String>> decode(String query) {
        Map<CharSequence, List<String>> values = new LinkedHashMap<>();
        new QueryStringDecoder(query == null ? "" : query, false).parameters().forEach(values::put);
        return values;
    }

    private static String canonical(String query) {
        Map<String, List<String>> sorted = new TreeMap<>();
        new QueryStringDecoder(query == null ? "" : query, false).parameters().forEach((name, values) -> {
            List<String> given = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
            if (!given.isEmpty()) {
                sorted.put(name, given);
            }
        });
        return sorted.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Set<String> without(Set<String> parameters) {
        return parameters.stream().filter(p -> !NOT_STORED.contains(p)).collect(Collectors.toUnmodifiableSet());
    }
}
