package nl.labspace.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.insight.Disclosure;
import nl.labspace.db.insight.RegionBalanceRow;

/**
 * Supply against open demand in one region. Demand figures are withheld (null) unless the disclosure rule
 * (Disclosure: at least three distinct companies) lets them show, because they could point at a company.
 */
@Serdeable
public record RegionBalance(String code, String kind, String name, int availableUnits, long availableLabM2,
                     long availableOfficeM2, int plannedUnits, long plannedLabM2, @Nullable Integer openNeeds,
                     @Nullable Long neededLabM2, @Nullable Long neededOfficeM2, boolean demandWithheld) {

    public static RegionBalance of(RegionBalanceRow r) {
        boolean withheld = !Disclosure.shows(r.openCompanies());
        return new RegionBalance(r.code(), r.kind(), r.name(), r.availableUnits(), r.availableLabM2(),
                r.availableOfficeM2(), r.plannedUnits(), r.plannedLabM2(), withheld ? null : r.openNeeds(),
                withheld ? null : r.neededLabM2(), withheld ? null : r.neededOfficeM2(), withheld);
    }
}
