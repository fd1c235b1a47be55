package nl.labspace.insight;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** Supply against demand per region: per province for everyone, in detail for fund managers. */
@Controller("/api/insight")
class RegionInsightController {

    private final RegionInsightService insight;
    private final Viewers viewers;

    RegionInsightController(RegionInsightService insight, Viewers viewers) {
        this.insight = insight;
        this.viewers = viewers;
    }

    @Get("/national")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<RegionBalance> national() {
        return insight.national().stream().map(RegionBalance::of).toList();
    }

    @Get("/regions{?kind}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    List<RegionBalance> followed(@Nullable @QueryValue String kind, Authentication auth) {
        return insight.followed(viewers.of(auth), kind == null ? "province" : kind).stream().map(RegionBalance::of).toList();
    }

    @Get("/regions/{code}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    RegionBalance one(String code, Authentication auth) {
        return RegionBalance.of(insight.one(viewers.of(auth), code));
    }
}
