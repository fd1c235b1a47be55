package nl.labspace.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.insight.Disclosure;
import nl.labspace.db.insight.LostDemandRow;
import nl.labspace.web.Months;

/**
 * Lost demand homed in one region in one month: withdrawn needs that did not find space through Labspace. Withheld
 * (figures null) unless the disclosure rule lets them show; abroadShare is the part of lostM2 that went abroad.
 */
@Serdeable
public record LostDemand(String code, String kind, String name,
                         @Schema(description = "Month of withdrawal, YYYY-MM (Dutch time)") String month,
                         boolean withheld, @Nullable Integer needs,
                         @Schema(description = "Lab and office m² of the withdrawn needs") @Nullable Long lostM2,
                         @Nullable Long lostLabM2,
                         @Schema(description = "m² of the needs withdrawn because the company went abroad") @Nullable Long abroadM2,
                         @Schema(description = "abroadM2 / lostM2, 0 to 1, rounded to 3 decimals") @Nullable Double abroadShare) {

    static LostDemand of(LostDemandRow r) {
        String month = Months.format(r.month());
        if (!Disclosure.shows(r.companies())) {
            return new LostDemand(r.code(), r.kind(), r.name(), month, true, null, null, null, null, null);
        }
        double share = r.lostM2() == 0 ? 0 : Math.round(1000.0 * r.abroadM2() / r.lostM2()) / 1000.0;
        return new LostDemand(r.code(), r.kind(), r.name(), month, false, r.needs(), r.lostM2(), r.lostLabM2(),
                r.abroadM2(), share);
    }
}
