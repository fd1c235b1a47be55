package nl.labspace.insight;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.LostDemandQuery;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * Lost demand per region and month for the regions a fund manager follows (admins: all), aggregates only under the
 * disclosure rule. Without a period: the last 12 months, this one included.
 */
@Singleton
class LostDemandService {

    static final int MAX_MONTHS = 120;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final LostDemandQuery lost;

    LostDemandService(LostDemandQuery lost) {
        this.lost = lost;
    }

    @Transactional(readOnly = true)
    List<LostDemand> followed(Viewer viewer, @Nullable String kind, @Nullable String from, @Nullable String to) {
        RegionKind level = RegionInsightService.kind(kind == null ? RegionKind.PROVINCE.code() : kind);
        YearMonth last = to == null ? YearMonth.now(NL) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        if (first.isAfter(last)) {
            throw new BadInput("from", from, Reason.NOT_AFTER, "to", last);
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw new BadInput("from", from, Reason.AT_LEAST, last.minusMonths(MAX_MONTHS - 1));
        }
        return lost.perMonth(level, first.atDay(1), last.atDay(1)).stream()
                .filter(r -> FollowedRegions.follows(viewer, r.code(), r.provinceCode(), r.romCode()))
                .map(LostDemand::of).toList();
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
