package nl.labspace.need;

import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.need.NeedRow;
import nl.labspace.web.Months;

/**
 * A need as a campus sees it. A confidential need shows only its anonymous requirement (areas, class, window,
 * region) until its company has accepted a match; then, like any other need, it names the company.
 */
@Serdeable
record DemandView(UUID id, boolean anonymous, @Nullable String companyName, @Nullable String title,
                  @Nullable String sector, int labM2, int officeM2, String containment, String gmp,
                  String moveInEarliest, String moveInLatest, int termMonths, @Nullable String region,
                  List<String> provinces) {

    static DemandView of(NeedRow n) {
        boolean anonymous = n.confidential() && !NeedStatus.MATCHED.is(n.status());
        return new DemandView(n.id(), anonymous, anonymous ? null : n.companyName(), anonymous ? null : n.title(),
                anonymous ? null : n.sector(), n.labM2(), n.officeM2(), n.containment(), n.gmp(),
                Months.format(n.moveInEarliest()), Months.format(n.moveInLatest()), n.termMonths(),
                n.homeProvinceCode(), n.provinces());
    }
}
