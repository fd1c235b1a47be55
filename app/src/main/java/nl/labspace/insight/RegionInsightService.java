package nl.labspace.insight;

import nl.labspace.web.NotFound;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.RegionBalanceQuery;
import nl.labspace.db.insight.RegionBalanceRow;
import nl.labspace.search.FreshListings;
import nl.labspace.web.BadInput;

/**
 * Aggregates only: no figure here names a company. Fund managers see the regions they follow. Supply is what
 * search shows: units confirmed within the freshness window.
 */
@Singleton
public class RegionInsightService {

    private static final List<String> KINDS = List.of("province", "corop", "rom");

    private final RegionBalanceQuery balances;
    private final FreshListings fresh;

    RegionInsightService(RegionBalanceQuery balances, FreshListings fresh) {
        this.balances = balances;
        this.fresh = fresh;
    }

    @Transactional(readOnly = true)
    public List<RegionBalanceRow> national() {
        return balances.ofKind("province", fresh.confirmedSince());
    }

    @Transactional(readOnly = true)
    List<RegionBalanceRow> followed(Viewer viewer, String kind) {
        if (!KINDS.contains(kind)) {
            throw new BadInput("kind", kind, "must be one of " + KINDS);
        }
        return balances.ofKind(kind, fresh.confirmedSince()).stream().filter(r -> follows(viewer, r)).toList();
    }

    @Transactional(readOnly = true)
    RegionBalanceRow one(Viewer viewer, String code) {
        return balances.one(code, fresh.confirmedSince()).filter(r -> follows(viewer, r))
                .orElseThrow(() -> new NotFound("region %s does not exist".formatted(code)));
    }

    /** Following a province or ROM area includes the COROP regions and provinces inside it. */
    private static boolean follows(Viewer viewer, RegionBalanceRow r) {
        return viewer.followsRegion(r.code())
                || r.provinceCode() != null && viewer.followsRegion(r.provinceCode())
                || r.romCode() != null && viewer.followsRegion(r.romCode());
    }
}
