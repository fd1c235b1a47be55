package nl.labspace.search;

import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.db.search.SpaceSearchQuery;

/** Space search over public listings; units not confirmed within the freshness window are not shown. */
@Singleton
class SpaceSearchService {

    private final SpaceSearchQuery query;
    private final RegionIndex regions;
    private final FreshListings fresh;
    private final Totals totals;

    SpaceSearchService(SpaceSearchQuery query, RegionIndex regions, FreshListings fresh, Totals totals) {
        this.query = query;
        this.regions = regions;
        this.fresh = fresh;
        this.totals = totals;
    }

    SpaceSearch parse(SearchParams params) {
        return SpaceSearch.from(params, regions, fresh.confirmedSince());
    }

    @Transactional(readOnly = true)
    Found<SpaceHitRow> search(SpaceSearch search) {
        List<SpaceHitRow> rows = query.page(search.filter(), search.sort(), search.paging().offset(), search.paging().size());
        return Found.of(rows, search.paging(), totals, upTo -> query.count(search.filter(), upTo));
    }
}
