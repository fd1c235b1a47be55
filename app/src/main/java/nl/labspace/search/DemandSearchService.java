package nl.labspace.search;

import java.util.List;
import java.util.Set;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.search.DemandHitRow;
import nl.labspace.db.search.DemandSearchQuery;

/**
 * Demand search over open needs. Campus managers and admins see all of it; a fund manager only the needs whose
 * home region (province, COROP region or ROM area) is one it follows, which takes in the COROP regions of a
 * followed province or ROM area, as in the regional aggregates.
 */
@Singleton
class DemandSearchService {

    private final DemandSearchQuery query;
    private final RegionIndex regions;
    private final Totals totals;

    DemandSearchService(DemandSearchQuery query, RegionIndex regions, Totals totals) {
        this.query = query;
        this.regions = regions;
        this.totals = totals;
    }

    DemandSearch parse(SearchParams params) {
        return DemandSearch.from(params, regions);
    }

    @Transactional(readOnly = true)
    Found<DemandHitRow> search(Viewer viewer, DemandSearch request) {
        DemandSearch search = request.within(followedRegions(viewer));
        List<DemandHitRow> rows = query.page(search.filter(), search.sort(), search.paging().offset(), search.paging().size());
        return Found.of(rows, search.paging(), totals, upTo -> query.count(search.filter(), upTo));
    }

    /** Null: every region. */
    private static Set<String> followedRegions(Viewer viewer) {
        boolean regional = Roles.FUND_MANAGER.equals(viewer.role()) && !viewer.wholeCountry();
        return regional ? viewer.regionCodes() : null;
    }
}
