package nl.labspace.insight;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * Lost demand per region and month for the regions a fund manager follows (admins: all), read from the insight cube.
 * Without a period: the last 12 months, this one included. Only regions and months with lost demand are listed.
 */
@Singleton
class LostDemandService {

    static final int MAX_MONTHS = 120;

    private final InsightCube cubes;

    LostDemandService(InsightCube cubes) {
        this.cubes = cubes;
    }

    List<LostDemand> followed(Viewer viewer, @Nullable String kind, @Nullable String from, @Nullable String to) {
        RegionKind level = RegionInsightService.kind(kind == null ? RegionKind.PROVINCE.code() : kind);
        YearMonth last = to == null ? YearMonth.now(ZoneId.of(MarketDay.ZONE)) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        if (first.isAfter(last)) {
            throw new BadInput("from", from, Reason.NOT_AFTER, "to", last);
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw new BadInput("from", from, Reason.AT_LEAST, last.minusMonths(MAX_MONTHS - 1));
        }
        Cube cube = cubes.now();
        RegionScope scope = new RegionScope(cube.regions());
        List<LostDemand> rows = new ArrayList<>();
        for (String code : RegionInsightService.codesOf(cube, level)) {
            if (scope.follows(viewer, code)) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    if (LostDemand.any(cube, code, m.toString())) {
                        rows.add(LostDemand.of(cube, code, m.toString()));
                    }
                }
            }
        }
        return rows;
    }

    private static YearMonth month(String field, String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // answered below, as any other text that is no month
        }
        throw new BadInput(field, text, Reason.MONTH);
    }
}
