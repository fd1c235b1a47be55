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
import java.util.Collection;
import java.util.UUID;

import nl.labspace.db.alert.AlertMatches;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.web.BadInput;

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
    private final AlertMatches matches;
    private final Freshness freshness;

    StoredSearches(SpaceSearchService space, DemandSearchService demand, AlertMatches matches, Freshness freshness) {
        this.space = space;
        this.demand = demand;
        this.matches = matches;
        this.freshness = freshness;
    }

    /** The space search as it will be stored (parameters sorted, blanks dropped); a broken rule names "search.<parameter>". */
    public String space(String query) {
        spaceSearch(query);
        return canonical(query);
    }

    public String demand(String query) {
        demandSearch(query);
        return canonical(query);
    }

    /** Every unit the stored space search finds today among those changed by transactions in [from, to) (V24). */
    public List<SpaceHitRow> spaceChanged(String query, long from, long to) {
        SpaceSearch search = spaceSearch(query);
        return matches.units(search.filter(), search.sort(), from, to, freshness.freshDays());
    }

    /** Every need the stored demand search finds among those changed in [from, to), as demand search shows them. */
    public List<DemandItem> demandChanged(String query, long from, long to) {
        DemandSearch search = demandSearch(query);
        return matches.needs(search.filter(), search.sort(), from, to).stream().map(DemandItem::of).toList();
    }

    /** These needs as demand search shows them now; those no longer open are not among them. */
    public List<DemandItem> openNeeds(Collection<UUID> ids) {
        DemandSearch search = demandSearch("");
        return matches.needs(search.filter(), search.sort(), ids).stream().map(DemandItem::of).toList();
    }

    public int freshDays() {
        return freshness.freshDays();
    }

    private SpaceSearch spaceSearch(String query) {
        try {
            return space.parse(new SearchParams(parameters(query), SPACE));
        } catch (BadInput e) {
            throw atSearch(e);
        }
    }

    private DemandSearch demandSearch(String query) {
        try {
            return demand.parse(new SearchParams(parameters(query), DEMAND));
        } catch (BadInput e) {
            throw atSearch(e);
        }
    }

    /** A broken rule of a stored search is named under search.: search.withinKm. */
    private static BadInput atSearch(BadInput e) {
        return new BadInput(e.violations().stream().map(v -> v.at("search." + v.field())).toList());
    }

    private static SimpleHttpParameters parameters(String query) {
        return new SimpleHttpParameters(decode(query), ConversionService.SHARED);
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
