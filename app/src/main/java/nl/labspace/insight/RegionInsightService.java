package nl.labspace.insight;

import nl.labspace.web.NotFound;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.RegionBalanceQuery;
import nl.labspace.db.insight.RegionBalanceRow;
import nl.labspace.search.FreshListings;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * Aggregates only: no figure here names a company. Fund managers see the regions they follow. Supply is what
 * search shows: units confirmed within the freshness window.
 */
@Singleton
public class RegionInsightService {

    private final RegionBalanceQuery balances;
    private final FreshListings fresh;

    RegionInsightService(RegionBalanceQuery balances, FreshListings fresh) {
        this.balances = balances;
        this.fresh = fresh;
    }

    @Transactional(readOnly = true)
    public List<RegionBalanceRow> national() {
        return balances.ofKind(RegionKind.PROVINCE, fresh.confirmedSince());
    }

    @Transactional(readOnly = true)
    List<RegionBalanceRow> followed(Viewer viewer, String kind) {
        return balances.ofKind(kind(kind), fresh.confirmedSince()).stream().filter(r -> follows(viewer, r)).toList();
    }

    @Transactional(readOnly = true)
    RegionBalanceRow one(Viewer viewer, String code) {
        return balances.one(code, fresh.confirmedSince()).filter(r -> follows(viewer, r))
                .orElseThrow(() -> new NotFound("region %s does not exist".formatted(code)));
    }

    /** A region level as a caller names it; any other word is bad input. */
    static RegionKind kind(String kind) {
        return RegionKind.of(kind).orElseThrow(() -> new BadInput("kind", kind, Reason.ONE_OF, String.join(", ", RegionKind.CODES)));
    }

    private static boolean follows(Viewer viewer, RegionBalanceRow r) {
        return FollowedRegions.follows(viewer, r.code(), r.provinceCode(), r.romCode());
    }
}
