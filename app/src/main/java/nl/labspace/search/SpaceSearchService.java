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
    private final Freshness freshness;
    private final Today today;

    SpaceSearchService(SpaceSearchQuery query, RegionIndex regions, Freshness freshness, Today today) {
        this.query = query;
        this.regions = regions;
        this.freshness = freshness;
        this.today = today;
    }

    SpaceSearch parse(SearchParams params) {
        return SpaceSearch.from(params, regions, today.date().minusDays(freshness.freshDays()));
    }

    @Transactional(readOnly = true)
    Found<SpaceHitRow> search(SpaceSearch search) {
        List<SpaceHitRow> rows = query.page(search.filter(), search.sort(), search.paging().offset(), search.paging().size());
        Integer total = Found.totalFromPage(rows.size(), search.paging());
        return new Found<>(rows, total != null ? total : query.count(search.filter()), search.paging());
    }
}
