package nl.labspace.insight.whatif;

import java.math.BigDecimal;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.whatif.BuildingRow;
import nl.labspace.web.Months;

/** A saved building, with the regions it lies in. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ScenarioBuilding")
record BuildingResponse(int position, String name, @Nullable String campus, @Nullable String town, @Nullable Double lat,
                        @Nullable Double lon, String province, String corop, String rom, int labM2, int officeM2,
                        int suites, String containment, String gmp, List<String> features, BigDecimal rentPerM2Year,
                        String deliveryMonth, int minTermMonths) {

    static BuildingResponse of(BuildingRow b) {
        var v = b.values();
        return new BuildingResponse(v.position(), v.name(), v.campusId(), v.town(), v.lat(), v.lon(), b.provinceCode(),
                b.coropCode(), b.romCode(), v.labM2(), v.officeM2(), v.suites(), v.containment(), v.gmp(), v.features(),
                v.rentPerM2Year(), Months.format(v.deliveryMonth()), v.minTermMonths());
    }
}
